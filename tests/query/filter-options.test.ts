import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filtersFromOptions } from '../../pipeline/query/filter-options.ts';
import { openForReading, UnreadableDatabaseError } from '../../pipeline/query/open.ts';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';

describe('filtersFromOptions', () => {
  it('turns the option strings into filters', () => {
    expect(
      filtersFromOptions({
        kind: ['decision,Resolution', 'action'], body: ' Cabinet ', status: 'approved', from: '2024', to: '2024-02',
        keyDecision: 'yes', callIn: 'no', procedural: 'n', doc: ['a,b'], allVersions: true,
      }),
    ).toEqual({
      kinds: ['decision', 'resolution', 'action'], body: 'Cabinet', status: 'approved', from: '2024-01-01', to: '2024-02-29',
      keyDecision: true, callIn: false, procedural: false, docs: ['a', 'b'], allVersions: true,
    });
    expect(filtersFromOptions({})).toEqual({});
  });

  it.each([
    [{ keyDecision: 'maybe' }, '--key-decision takes yes or no, not "maybe"'],
    [{ callIn: '' }, '--call-in takes yes or no'],
    [{ kind: ['motion'] }, '--kind takes decision, recommendation, resolution, action, not "motion"'],
    [{ from: '30/01/2025' }, '--from takes a date as YYYY-MM-DD'],
    [{ to: '2025-02-30' }, '--to takes a date'],
    [{ to: '2025-13' }, '--to takes a date'],
    [{ from: '2025-02-01', to: '2025-01-01' }, '--from 2025-02-01 is after --to 2025-01-01'],
  ])('rejects %j with a message naming the option', (values, message) => {
    expect(() => filtersFromOptions(values)).toThrow(message);
  });
});

describe('openForReading', () => {
  let fixture: FixtureDb;
  beforeAll(() => {
    fixture = createFixtureDb([]);
  });
  afterAll(() => fixture.cleanup());

  it('opens a decision-trail database read-only', () => {
    const db = openForReading(fixture.path);
    expect(() => db.exec('DELETE FROM records')).toThrow(/readonly/);
    db.close();
  });

  it('maps the file for a search and not for an export (whose resident memory it would swell)', () => {
    const mapped = openForReading(fixture.path, { mapped: true });
    const plain = openForReading(fixture.path);
    expect(mapped.pragma('mmap_size', { simple: true })).toBeGreaterThan(0);
    expect(plain.pragma('mmap_size', { simple: true })).toBe(0);
    mapped.close();
    plain.close();
  });

  it('names the file and the reason when it cannot be read', () => {
    const notDb = path.join(fixture.dir, 'notes.sqlite');
    writeFileSync(notDb, 'this is not a database at all, just some text long enough to have a header');
    expect(() => openForReading(notDb)).toThrow(UnreadableDatabaseError);
    expect(() => openForReading(notDb)).toThrow(notDb);
    expect(() => openForReading(path.join(fixture.dir, 'missing.sqlite'))).toThrow(/no database at .*missing\.sqlite/);
    expect(() => openForReading(fixture.dir)).toThrow(/is not a file/);
  });
});
