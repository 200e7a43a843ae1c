import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';
import { SAMPLE_DOCUMENTS, TEXT } from './sample-records.ts';

/**
 * The store must work with Debian's sqlite-utils (and so with Datasette, which detects FTS the same way).
 * CI installs it (.ci/run); there a missing sqlite-utils FAILS this file. On a developer's machine
 * without it the tests are skipped, and vitest lists them as skipped.
 */
const hasSqliteUtils = spawnSync('sqlite-utils', ['--version']).status === 0;
const inCi = Boolean(process.env.CI);

describe('sqlite-utils on the decision-trail database', () => {
  if (!hasSqliteUtils && inCi) {
    it('needs sqlite-utils installed (apt-get install sqlite-utils)', () => {
      throw new Error('sqlite-utils is not installed but CI is set: install it with `apt-get install sqlite-utils` (see .ci/run)');
    });
    return;
  }

  let fixture: FixtureDb;
  beforeAll(() => {
    fixture = createFixtureDb(SAMPLE_DOCUMENTS);
    fixture.db.pragma('wal_checkpoint(TRUNCATE)');
  });
  afterAll(() => fixture?.cleanup());

  const sqliteUtils = (...args: string[]): unknown => JSON.parse(execFileSync('sqlite-utils', args, { encoding: 'utf8' }));

  it.skipIf(!hasSqliteUtils)('detects records_fts as the FTS5 table', () => {
    expect(sqliteUtils('tables', fixture.path, '--fts5')).toEqual([{ table: 'records_fts' }]);
  });

  it.skipIf(!hasSqliteUtils)('finds records with `sqlite-utils search`, stemming included', () => {
    const rows = sqliteUtils('search', fixture.path, 'records', 'decide', '-c', 'text') as { text: string }[];
    expect(rows.map((r) => r.text).sort()).toEqual([TEXT.deferred, TEXT.cafe, TEXT.highways].sort());
    const phrase = sqliteUtils('search', fixture.path, 'records', '"parking charges"', '-c', 'text') as { text: string }[];
    expect(phrase).toEqual([{ text: TEXT.parking }]);
  });

  it.skipIf(!hasSqliteUtils)('lists the views and reads them', () => {
    const views = (sqliteUtils('views', fixture.path) as { view: string }[]).map((v) => v.view);
    expect(views).toEqual(expect.arrayContaining(['records_with_documents', 'decisions_by_body', 'decisions_by_month', 'actions_with_parents', 'document_summary', 'current_documents']));
    const byBody = sqliteUtils('query', fixture.path, "select body, kind, records from decisions_by_body where body = 'Planning Committee' order by kind");
    expect(byBody).toEqual([
      { body: 'Planning Committee', kind: 'decision', records: 2 },
      { body: 'Planning Committee', kind: 'recommendation', records: 1 },
    ]);
  });
});
