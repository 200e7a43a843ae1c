import type Database from 'better-sqlite3';
import { filterConditions, type RecordFilters } from './filters.ts';

/** Candidates checked against the filters in the first round (per hit wanted); each later round checks four times as many. */
const FIRST_CHECK_PER_HIT = 2;

/**
 * The first `limit` candidates (in their order) that pass the filters. Checking costs a lookup per
 * candidate, so they are checked in rounds (limit × 2, then four times more each round) rather than
 * all at once: without selective filters the first round is enough.
 */
export function firstPassing<T extends { rowid: number }>(db: Database.Database, candidates: readonly T[], filters: RecordFilters, limit: number): T[] {
  const best: T[] = [];
  let from = 0;
  let size = limit * FIRST_CHECK_PER_HIT;
  while (best.length < limit && from < candidates.length) {
    const round = candidates.slice(from, from + size);
    const passing = passingRowids(db, filters, round.map((c) => c.rowid));
    for (const candidate of round) if (passing.has(candidate.rowid) && best.length < limit) best.push(candidate);
    from += round.length;
    size *= 4;
  }
  return best;
}

/** Which of the rowids pass the filters: one query. */
export function passingRowids(db: Database.Database, filters: RecordFilters, rowids: readonly number[]): Set<number> {
  if (rowids.length === 0) return new Set();
  const where = filterConditions(filters);
  const passes = db
    .prepare<unknown[], number>(
      `SELECT r.rowid FROM records r JOIN documents d ON d.id = r.document_id
        WHERE r.rowid IN (SELECT value FROM json_each(?)) AND ${where.sql}`,
    )
    .pluck();
  return new Set(passes.all(JSON.stringify(rowids), ...where.params));
}
