import type { DB } from './db.ts';

/**
 * How many segments (b-trees) the full-text index is split into. FTS5 writes each transaction's new
 * terms as a segment of its own and merges them only now and then (automerge), so an import that
 * stores every file in its own transaction leaves the index in many segments.
 */
export function searchIndexSegments(db: DB): number {
  return db.prepare<[], number>('SELECT count(DISTINCT segid) FROM records_fts_idx').pluck().get() ?? 0;
}

/**
 * Merges the full-text index into a single segment (FTS5's 'optimize') when it is in more than one.
 * Every query reads each segment's b-tree for each of its words, so a fragmented index is slower to
 * search: measured on a million records in 15 segments, a ranked search took 1.6 times as long and a
 * snippet (a lookup by rowid) 5 times as long as in one. The merge rewrites the index (about 4 s
 * for a million records), so an import does it once at the end of a run that stored something, not
 * per file; a run that finds the index already in one segment costs a single small query.
 * The merge is one transaction: a process killed during it leaves the index as it was.
 */
export function compactSearchIndex(db: DB): { segmentsBefore: number; merged: boolean } {
  const segmentsBefore = searchIndexSegments(db);
  if (segmentsBefore <= 1) return { segmentsBefore, merged: false };
  db.prepare("INSERT INTO records_fts (records_fts) VALUES ('optimize')").run();
  return { segmentsBefore, merged: true };
}
