import type Database from 'better-sqlite3';
import { bm25Idf, bm25TermPart } from '../store/bm25.ts';
import { indexTokenizer, indexTotals } from '../store/fts-figures.ts';
import { leaderState } from '../store/search-leaders.ts';
import type { RecordFilters } from './filters.ts';
import { firstPassing } from './passing.ts';
import { rowidLiteral } from './rowid-literal.ts';

/** A ranked match: rowid and bm25 score as FTS5 gives it (negative, lower is better). */
export interface LeaderHit {
  rowid: number;
  rank: number;
}

/**
 * The best `limit` records for a one-word search (with exclusions and filters), from the word's
 * leaders (pipeline/store/search-leaders.ts), or null when the leaders cannot give the exact answer
 * (no leaders for the word, or too few of them pass the filters): the caller then asks FTS5.
 *
 * Why it is exact. A one-word score is idf × t(f, D), and idf is the same for every record, so the
 * order is t's. Every record holding the word that is not a leader had t no more than the stored
 * `cut` when the leaders were chosen; the average length has moved since by a factor r, and t can
 * grow with it by no more than r (it falls as the length part 1 − b + b·D/avgdl rises, and that part
 * shrinks by at most 1/r), so such a record's t is now at most cut × max(1, r). Records added since
 * the leaders were chosen are scored by FTS5 itself (a rowid range it seeks). So when the last hit
 * taken scores above that bound, no record left out could rank above it: the answer is the same as
 * FTS5 ranking every match, with scores equal to FTS5's to rounding.
 */
export function rankOneWordByLeaders(db: Database.Database, word: string, exclude: string | null, filters: RecordFilters, limit: number): LeaderHit[] | null {
  const state = leaderState(db);
  if (state === null) return null;
  const tokens = indexTokenizer(db)(word);
  if (tokens.length !== 1) return null;
  const term = tokens[0]!;
  const stored = db.prepare<[string], { documents: number; cut: number }>('SELECT documents, cut FROM search_leader_terms WHERE term = ?').get(term);
  if (stored === undefined) return null;

  const totals = indexTotals(db);
  const added = addedSince(db, word, exclude, state.maxRowid);
  const idf = bm25Idf(totals.rows, stored.documents + added.holding);
  const excluded = exclude === null ? new Set<number>() : rowidsMatching(db, `(${word}) AND (${exclude})`, state.maxRowid);
  // Rows as arrays: two thousand of them, and objects cost twice the time.
  const leaders = db
    .prepare<[string], [rowid: number, hits: number, tokens: number]>('SELECT record_rowid, hits, tokens FROM search_leaders WHERE term = ?')
    .raw()
    .all(term);
  const candidates: LeaderHit[] = [];
  for (const [rowid, hits, tokens] of leaders) {
    if (!excluded.has(rowid)) candidates.push({ rowid, rank: -idf * bm25TermPart(hits, tokens, totals.averageTokens) });
  }
  candidates.push(...added.hits);
  candidates.sort((a, b) => a.rank - b.rank || a.rowid - b.rowid);

  const passing = firstPassing(db, candidates, filters, limit);
  if (passing.length < limit) return null;
  const bound = stored.cut * Math.max(1, totals.averageTokens / state.averageTokens);
  // A relative margin for rounding: the bound and the scores are computed by different hands (FTS5 in C
  // when the leaders were chosen, here in JavaScript).
  const last = -passing[passing.length - 1]!.rank / idf;
  return last > bound * (1 + 1e-9) ? passing : null;
}

/**
 * Records added since the leaders were chosen that hold the word: how many (for the idf), and those
 * that match the whole query, scored by FTS5. The rowid bound is written into the SQL: FTS5 seeks a
 * rowid range only when its bounds are constants (rowid-literal.ts).
 */
function addedSince(db: Database.Database, word: string, exclude: string | null, maxRowid: number): { holding: number; hits: LeaderHit[] } {
  const newest = db.prepare<[], number | null>('SELECT max(rowid) FROM records').pluck().get() ?? 0;
  if (newest <= maxRowid) return { holding: 0, hits: [] };
  const holding = db
    .prepare<[string], number>(`SELECT count(*) FROM records_fts WHERE records_fts MATCH ? AND rowid > ${rowidLiteral(maxRowid)}`)
    .pluck()
    .get(word) ?? 0;
  const match = exclude === null ? word : `(${word}) NOT (${exclude})`;
  const hits = db
    .prepare<[string], LeaderHit>(`SELECT rowid, bm25(records_fts) AS rank FROM records_fts WHERE records_fts MATCH ? AND rowid > ${rowidLiteral(maxRowid)}`)
    .all(match);
  return { holding, hits };
}

/** Rowids up to `maxRowid` matching an expression: the doclists only, no scoring. */
function rowidsMatching(db: Database.Database, match: string, maxRowid: number): Set<number> {
  return new Set(
    db.prepare<[string], number>(`SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid <= ${rowidLiteral(maxRowid)}`).pluck().all(match),
  );
}
