import type Database from 'better-sqlite3';
import { bm25Idf, bm25TermPart } from '../store/bm25.ts';
import { indexTokenizer, indexTotals } from '../store/fts-figures.ts';
import { leaderState, unpackLeaders } from '../store/search-leaders.ts';
import type { RecordFilters } from './filters.ts';
import { passingRowids } from './passing.ts';
import { rowidLiteral } from './rowid-literal.ts';

/** A ranked match: rowid and bm25 score as FTS5 gives it (negative, lower is better). */
export interface LeaderHit {
  rowid: number;
  rank: number;
}

/** A record that may rank: its score so far (positive, higher is better) and the words whose part is not yet known. */
interface Candidate {
  rowid: number;
  tokens: number;
  known: number;
  unknown: number[];
  /** The most it can score: `known` plus, for each unknown word, the most a record not among its leaders can get. */
  most: number;
}

/**
 * The best `limit` records for a search of one or more plain words (all required; exclusions and
 * filters allowed), from the words' leaders (pipeline/store/search-leaders.ts), or null when the
 * leaders cannot give the exact answer (a word without leaders, or too few candidates pass the
 * filters): the caller then asks FTS5.
 *
 * Why it is exact. bm25 sums a part per word, idf × t(f, D), and idf is the same for every record.
 * A record that is not among a word's leaders had t no more than the word's stored `cut` when the
 * leaders were chosen; the average length has moved since by a factor r, and t can grow with it by no
 * more than r (it falls as the length part 1 − b + b·D/avgdl rises, and that part shrinks by at most
 * 1/r), so that word adds at most idf × cut × max(1, r) to its score: the word's ceiling. So a record
 * among no word's leaders scores at most the sum of the ceilings, and a leader of some words at most
 * its known parts plus the other words' ceilings. Candidates (the leaders of any word) are taken in
 * order of that most; the parts they lack are read from the index (a lookup each), until the last hit
 * kept scores more than any candidate left and more than the sum of the ceilings. Records added since
 * the leaders were chosen are scored by FTS5 itself (a rowid range it seeks). The answer is then the
 * same as FTS5 ranking every match, with scores equal to FTS5's to rounding.
 */
export function rankByLeaders(db: Database.Database, words: readonly string[], exclude: string | null, filters: RecordFilters, limit: number): LeaderHit[] | null {
  const state = leaderState(db);
  if (state === null || words.length === 0) return null;
  const terms = wordTerms(db, words);
  if (terms === null) return null;
  const stored = terms.map((term) => db.prepare<[string], { documents: number; cut: number }>('SELECT documents, cut FROM search_leader_terms WHERE term = ?').get(term));
  if (stored.some((entry) => entry === undefined)) return null;

  const totals = indexTotals(db);
  const match = words.join(' AND ');
  const added = addedSince(db, words, match, exclude, state.maxRowid);
  const idf = stored.map((entry, i) => bm25Idf(totals.rows, entry!.documents + added.holding[i]!));
  const growth = Math.max(1, totals.averageTokens / state.averageTokens);
  const ceilings = stored.map((entry, i) => idf[i]! * entry!.cut * growth);
  const excluded = exclude === null ? new Set<number>() : rowidsMatching(db, `(${match}) AND (${exclude})`, state.maxRowid);
  const candidates = leaderCandidates(db, terms, idf, ceilings, totals.averageTokens, excluded);
  const outside = ceilings.reduce((sum, ceiling) => sum + ceiling, 0);
  if (words.length > 1 && !wordsMeetInLeaders(candidates, outside, limit)) return null;

  const hits = bestOf(db, candidates, added.hits, words, idf, totals.averageTokens, filters, limit);
  if (hits === null || hits.length < limit) return null;
  // A relative margin for rounding: the ceilings and the scores are computed by different hands (FTS5
  // in C when the leaders were chosen, here in JavaScript).
  return -hits[hits.length - 1]!.rank > outside * (1 + 1e-9) ? hits : null;
}

/**
 * Whether at least `limit` records are leaders of every word and score more than any record outside
 * the leaders can: the sign that the words' best records are the same ones (children, services). When
 * they are not (parking, charges), finding a page of records holding both would take more lookups than
 * FTS5 takes to rank them, so the leaders are not tried.
 */
function wordsMeetInLeaders(candidates: readonly Candidate[], outside: number, limit: number): boolean {
  let meeting = 0;
  for (const candidate of candidates) if (candidate.unknown.length === 0 && candidate.known > outside && ++meeting >= limit) return true;
  return false;
}

/** Each word's one token, or null when a word is not one token or two words are the same token (FTS5 then scores it twice). */
function wordTerms(db: Database.Database, words: readonly string[]): string[] | null {
  const tokenize = indexTokenizer(db);
  const terms: string[] = [];
  for (const word of words) {
    const tokens = tokenize(word);
    if (tokens.length !== 1 || terms.includes(tokens[0]!)) return null;
    terms.push(tokens[0]!);
  }
  return terms;
}

/** Every word's leaders, merged by record, in order of the most each can score. */
function leaderCandidates(
  db: Database.Database, terms: readonly string[], idf: readonly number[], ceilings: readonly number[], averageTokens: number, excluded: ReadonlySet<number>,
): Candidate[] {
  const parts = new Map<number, { tokens: number; parts: (number | undefined)[] }>();
  const read = db.prepare<[string], Buffer>('SELECT leaders FROM search_leader_terms WHERE term = ?').pluck();
  terms.forEach((term, i) => {
    for (const { rowid, hits, tokens } of unpackLeaders(read.get(term) ?? Buffer.alloc(0))) {
      if (excluded.has(rowid)) continue;
      let entry = parts.get(rowid);
      if (entry === undefined) parts.set(rowid, (entry = { tokens, parts: new Array<number | undefined>(terms.length) }));
      entry.parts[i] = idf[i]! * bm25TermPart(hits, tokens, averageTokens);
    }
  });
  const candidates: Candidate[] = [];
  for (const [rowid, entry] of parts) {
    let known = 0;
    let most = 0;
    const unknown: number[] = [];
    for (let i = 0; i < terms.length; i++) {
      const part = entry.parts[i];
      if (part === undefined) {
        unknown.push(i);
        most += ceilings[i]!;
      } else {
        known += part;
        most += part;
      }
    }
    candidates.push({ rowid, tokens: entry.tokens, known, unknown, most });
  }
  return candidates.sort((a, b) => b.most - a.most || a.rowid - b.rowid);
}

/** Candidates checked against the filters in the first round (per hit wanted); each later round checks four times as many. */
const FIRST_ROUND_PER_HIT = 2;

/**
 * Lookups of a word in a record allowed before the leaders give up (and FTS5 ranks every match): each
 * costs FTS5 a seek and a highlight, some 20-40 µs, so past this the leaders would be no quicker.
 */
const MOST_LOOKUPS = 128;

/**
 * Candidates checked against the filters, for several words, before the leaders give up: a filter that
 * passes few of them, with lookups on top, costs more than FTS5 ranking the matches (measured: 66 ms
 * against 25 for two words and a body). One word needs no lookups and checks all its leaders.
 */
const MOST_CHECKED_OF_SEVERAL = 1_000;

/**
 * The best `limit` of the candidates and the records added since the build, among those that pass the
 * filters and hold every word, or null when that would need more than MOST_LOOKUPS lookups or (for
 * several words) more than MOST_CHECKED_OF_SEVERAL candidates checked. Candidates
 * are taken in rounds, in order of the most they can score; a round is checked against the filters
 * first (one query), and only those passing and still able to rank have their unknown parts read.
 * Rounds stop when the last hit kept scores more than the next candidate can.
 */
function bestOf(
  db: Database.Database, candidates: readonly Candidate[], added: readonly LeaderHit[], words: readonly string[], idf: readonly number[],
  averageTokens: number, filters: RecordFilters, limit: number,
): LeaderHit[] | null {
  const addedPassing = passingRowids(db, filters, added.map((hit) => hit.rowid));
  let best: LeaderHit[] = added.filter((hit) => addedPassing.has(hit.rowid));
  const lastKept = (): number => (best.length < limit ? -Infinity : -best[limit - 1]!.rank);
  let lookups = 0;
  let from = 0;
  let size = limit * FIRST_ROUND_PER_HIT;
  while (from < candidates.length && candidates[from]!.most >= lastKept()) {
    if (words.length > 1 && from >= MOST_CHECKED_OF_SEVERAL) return null;
    const threshold = lastKept();
    const round = candidates.slice(from, from + size);
    from += round.length;
    size *= 4;
    const passing = passingRowids(db, filters, round.map((candidate) => candidate.rowid));
    const scoring = round.filter((candidate) => passing.has(candidate.rowid) && candidate.most >= threshold);
    const asked = scoring.map((candidate) => candidate.unknown.map((i) => [i, candidate.rowid] as const)).flat();
    lookups += asked.length;
    if (lookups > MOST_LOOKUPS) return null;
    const occurrences = occurrencesIn(db, words, asked);
    for (const candidate of scoring) {
      let score = candidate.known;
      for (const i of candidate.unknown) {
        const hits = occurrences[i]!.get(candidate.rowid) ?? 0;
        if (hits === 0) {
          score = Number.NaN;
          break;
        }
        score += idf[i]! * bm25TermPart(hits, candidate.tokens, averageTokens);
      }
      if (!Number.isNaN(score)) best.push({ rowid: candidate.rowid, rank: -score });
    }
    best = best.sort((a, b) => a.rank - b.rank || a.rowid - b.rowid).slice(0, limit);
    }
  return best;
}

/**
 * Each word's occurrences (text and body, as FTS5 counts them for bm25) in the records asked for it:
 * one query a word, the records looked up in its doclist, its matches marked by highlight() and
 * counted. A record that does not hold the word is absent. Asking bm25() instead would make FTS5 count
 * the word's documents again for every record looked up (a pass over the whole doclist). The rowids
 * are written into the SQL: with a bound rowid FTS5 does not seek (rowid-literal.ts).
 */
function occurrencesIn(db: Database.Database, words: readonly string[], asked: readonly (readonly [word: number, rowid: number])[]): Map<number, number>[] {
  const found = words.map(() => new Map<number, number>());
  words.forEach((word, i) => {
    const rowids = asked.filter(([w]) => w === i).map(([, rowid]) => rowidLiteral(rowid));
    if (rowids.length === 0) return;
    const rows = db
      .prepare<[string], [rowid: number, markedText: string | null, markedBody: string | null, text: string | null, body: string | null]>(
        `SELECT rowid, highlight(records_fts, 0, char(1), ''), highlight(records_fts, 1, char(1), ''), text, body
           FROM records_fts WHERE records_fts MATCH ? AND rowid IN (${rowids.join(', ')})`,
      )
      .raw()
      .all(word);
    // A mark already in the record's own text is not a match.
    for (const [rowid, markedText, markedBody, text, body] of rows) found[i]!.set(rowid, marks(markedText) + marks(markedBody) - marks(text) - marks(body));
  });
  return found;
}

function marks(text: string | null): number {
  return text === null ? 0 : text.split('\u0001').length - 1;
}

/**
 * Records added since the leaders were chosen: how many hold each word (for the idf), and those that
 * match the whole query, scored by FTS5. The rowid bound is written into the SQL: FTS5 seeks a rowid
 * range only when its bounds are constants (rowid-literal.ts).
 */
function addedSince(
  db: Database.Database, words: readonly string[], match: string, exclude: string | null, maxRowid: number,
): { holding: number[]; hits: LeaderHit[] } {
  const newest = db.prepare<[], number | null>('SELECT max(rowid) FROM records').pluck().get() ?? 0;
  if (newest <= maxRowid) return { holding: words.map(() => 0), hits: [] };
  const count = db.prepare<[string], number>(`SELECT count(*) FROM records_fts WHERE records_fts MATCH ? AND rowid > ${rowidLiteral(maxRowid)}`).pluck();
  const holding = words.map((word) => count.get(word) ?? 0);
  const query = exclude === null ? match : `(${match}) NOT (${exclude})`;
  const hits = db
    .prepare<[string], LeaderHit>(`SELECT rowid, bm25(records_fts) AS rank FROM records_fts WHERE records_fts MATCH ? AND rowid > ${rowidLiteral(maxRowid)}`)
    .all(query);
  return { holding, hits };
}

/** Rowids up to `maxRowid` matching an expression: the doclists only, no scoring. */
function rowidsMatching(db: Database.Database, match: string, maxRowid: number): Set<number> {
  return new Set(
    db.prepare<[string], number>(`SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid <= ${rowidLiteral(maxRowid)}`).pluck().all(match),
  );
}
