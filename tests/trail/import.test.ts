import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../pipeline/import/run-import.ts';
import { openDatabase } from '../../pipeline/store/db.ts';
import { rebuildTrail, trailIsStale } from '../../pipeline/trail/store.ts';
import { compareLinks, expectedLinks, freshDb, REPO, storedLinkEnds } from './helpers.ts';

const FILES = [
  'fixtures/seeds/000_e517eec2c6d71521.txt',
  'fixtures/seeds/001_3ebf38f88b4eea50.txt',
  'fixtures/trail/riverside-report.txt',
  'fixtures/trail/riverside-decision.txt',
  'fixtures/trail/riverside-minutes.txt',
].map((f) => path.join(REPO, f));

describe('golden links through the real import (reader, extraction, writer)', () => {
  it('finds exactly the expected cross-document links', async () => {
    const { db: first, dbPath } = freshDb();
    first.close();
    const report = await runImport({ inputs: FILES, dbPath, jobs: 1, reportsDir: null });
    expect(report.counts.failed).toBe(0);
    const db = openDatabase(dbPath);
    try {
      if (trailIsStale(db)) rebuildTrail(db);
      expect(compareLinks(storedLinkEnds(db), expectedLinks())).toEqual({ missing: [], unexpected: [] });
    } finally {
      db.close();
    }
  });
});
