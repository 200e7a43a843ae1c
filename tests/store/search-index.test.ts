import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runImport } from '../../pipeline/import/run-import.ts';
import { openForReading } from '../../pipeline/query/open.ts';
import { searchRecords } from '../../pipeline/query/search.ts';
import { compactSearchIndex, searchIndexSegments } from '../../pipeline/store/search-index.ts';
import { councilMinutes, tempDir } from '../import/helpers.ts';
import { createFixtureDb, insertDocuments, type FixtureDb } from '../query/fixture-db.ts';

let fixture: FixtureDb | null = null;
afterEach(() => {
  fixture?.cleanup();
  fixture = null;
});

/** Each call is its own transaction, as an import stores each file: each leaves a segment of its own. */
function documentsInSeparateTransactions(count: number): FixtureDb {
  const db = createFixtureDb([]);
  for (let i = 0; i < count; i++) {
    insertDocuments(db.db, [{ name: `minutes-${i}`, body: 'Cabinet', date: '2024-03-01', records: [{ kind: 'resolution', text: `The library budget for ward ${i} be approved${' with thanks'.repeat(i % 4)}.` }] }]);
  }
  return db;
}

describe('the full-text index kept in one segment', () => {
  it('merges an index written in many transactions into one, with the same search results', () => {
    fixture = documentsInSeparateTransactions(6);
    expect(searchIndexSegments(fixture.db)).toBeGreaterThan(1);
    const before = searchRecords(fixture.db, 'library budget', { limit: 50 }).hits;
    expect(before).toHaveLength(6);
    expect(compactSearchIndex(fixture.db).merged).toBe(true);
    expect(searchIndexSegments(fixture.db)).toBe(1);
    expect(searchRecords(fixture.db, 'library budget', { limit: 50 }).hits).toEqual(before);
  });

  it('leaves an index already in one segment alone', () => {
    fixture = documentsInSeparateTransactions(3);
    compactSearchIndex(fixture.db);
    expect(compactSearchIndex(fixture.db)).toEqual({ segmentsBefore: 1, merged: false });
  });

  // Six files: FTS5 merges four equal segments by itself (automerge), so fewer would prove nothing.
  it('is how an import run leaves the index, though it stores each file in its own transaction', async () => {
    const dir = tempDir();
    const files = [0, 1, 2, 3, 4, 5].map((n) => {
      const file = path.join(dir, `minutes-${n}.txt`);
      writeFileSync(file, councilMinutes(n));
      return file;
    });
    const dbPath = path.join(dir, 'decisions.sqlite');
    const report = await runImport({ inputs: files, dbPath, jobs: 1, reportsDir: null });
    expect(report.counts.new).toBe(6);
    const db = openForReading(dbPath);
    try {
      expect(searchIndexSegments(db)).toBe(1);
    } finally {
      db.close();
    }
  });
});
