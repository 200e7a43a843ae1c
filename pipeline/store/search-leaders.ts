import type Database from 'better-sqlite3';
import { bm25HitsFromTermPart, bm25Idf } from './bm25.ts';
import { indexTokenizer, indexTotals, rowTokens } from './fts-figures.ts';

/**
 * Builds the search leaders (migration 040): for every token held by many records, the records in
 * which it scores best, so that a one-word search need not score every record that holds the word
 * (pipeline/query/search-leaders.ts, where the answer is checked to be exact).
 *
 * FTS5 scores every match of a query before it can sort them, about a microsecond and a half a match:
 * 50 to 300 ms for a common word among a million records. Leaders are chosen with FTS5's own bm25,
 * once, when an import has grown the collection; a search then weighs a couple of thousand rows.
 */
export interface LeaderSettings {
  /** Tokens held by at least this many records get leaders (scoring fewer matches is quick anyway). */
  minDocuments: number;
  /** Leaders kept per token: enough that filters passing one record in forty still find a page of hits. */
  perTerm: number;
  /** Rebuilt when records added since the last build exceed this share of the records then. */
  rebuildAfterGrowth: number;
}

export const LEADER_SETTINGS: LeaderSettings = { minDocuments: 5_000, perTerm: 2_000, rebuildAfterGrowth: 0.02 };

export interface LeaderState {
  maxRowid: number;
  records: number;
  averageTokens: number;
}

/**
 * The state of the last build, or null when there is none: never built, forgotten by a trigger, or a
 * database made before migration 041 and read without migrating (search and export never migrate).
 */
export function leaderState(db: Database.Database): LeaderState | null {
  // The packed leaders came with migration 041: a database made before it has none a search could read.
  if (db.prepare("SELECT 1 FROM pragma_table_info('search_leader_terms') WHERE name = 'leaders'").get() === undefined) return null;
  const row = db
    .prepare<[], { max_rowid: number; records: number; average_tokens: number }>('SELECT max_rowid, records, average_tokens FROM search_leader_state WHERE id = 1')
    .get();
  return row === undefined ? null : { maxRowid: row.max_rowid, records: row.records, averageTokens: row.average_tokens };
}

/** Whether the leaders should be built again: never built (in a collection big enough), forgotten, or outgrown. */
export function leadersAreStale(db: Database.Database, settings: LeaderSettings = LEADER_SETTINGS): boolean {
  const state = leaderState(db);
  if (state === null) return indexTotals(db).rows >= settings.minDocuments;
  const added = db.prepare<[number], number>('SELECT count(*) FROM records WHERE rowid > ?').pluck().get(state.maxRowid) ?? 0;
  return added > settings.rebuildAfterGrowth * state.records;
}

export interface LeaderBuild {
  terms: number;
  leaders: number;
  /** Frequent tokens left without leaders, and why (a test or a note can say so). */
  skipped: { term: string; reason: string }[];
}

/** Builds the leaders when they are stale (see leadersAreStale); null when they were current. */
export function refreshSearchLeaders(db: Database.Database, settings: LeaderSettings = LEADER_SETTINGS): LeaderBuild | null {
  return leadersAreStale(db, settings) ? buildSearchLeaders(db, settings) : null;
}

/**
 * Replaces the leaders, in one transaction. For each token held by at least `minDocuments` records
 * (and by fewer than half of them: above that FTS5's idf is a constant 1e-6 and the word ranks nothing),
 * FTS5 ranks the records holding it; the best `perTerm` are kept, less any that tie with the best one
 * left out, so that every record not kept scored strictly less than the last one kept, and no more
 * than `cut`. For each leader the two figures its score is made of are stored: its length (FTS5's
 * docsize) and the token's occurrences in it (solved from the score, and checked to be a whole number).
 */
export function buildSearchLeaders(db: Database.Database, settings: LeaderSettings = LEADER_SETTINGS): LeaderBuild {
  const build = db.transaction((): LeaderBuild => {
    db.exec('DELETE FROM search_leader_terms; DELETE FROM search_leader_state;');
    const totals = indexTotals(db);
    const result: LeaderBuild = { terms: 0, leaders: 0, skipped: [] };
    const maxRowid = db.prepare<[], number | null>('SELECT max(rowid) FROM records').pluck().get() ?? 0;
    if (totals.rows > 0) {
      for (const { term, documents } of frequentTerms(db, settings.minDocuments, totals.rows)) {
        const chosen = chooseLeaders(db, term, documents, totals, settings.perTerm);
        if ('reason' in chosen) {
          result.skipped.push({ term, reason: chosen.reason });
          continue;
        }
        storeLeaders(db, term, documents, chosen);
        result.terms++;
        result.leaders += chosen.leaders.length;
      }
    }
    db.prepare('INSERT INTO search_leader_state (id, max_rowid, records, average_tokens, built_at) VALUES (1, ?, ?, ?, ?)').run(
      maxRowid, totals.rows, totals.averageTokens, new Date().toISOString(),
    );
    return result;
  });
  return build.immediate();
}

/** Tokens held by at least `minDocuments` records and fewer than half of all (where idf is positive). */
function frequentTerms(db: Database.Database, minDocuments: number, rows: number): { term: string; documents: number }[] {
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.decision_trail_index_terms USING fts5vocab(main, 'records_fts', 'row')");
  return db
    .prepare<[number], { term: string; documents: number }>('SELECT term, doc AS documents FROM temp.decision_trail_index_terms WHERE doc >= ?')
    .all(minDocuments)
    .filter(({ documents }) => bm25Idf(rows, documents) > 1e-6);
}

/** The packed leaders' layout (migration 041): three fields of four bytes a leader. */
const FIELDS = 3;
const WIDTH = 4;
const LARGEST_PACKED = 0xffff_ffff;

interface ChosenLeaders {
  leaders: Leader[];
  cut: number;
}

function chooseLeaders(
  db: Database.Database, term: string, documents: number, totals: { rows: number; averageTokens: number }, perTerm: number,
): ChosenLeaders | { reason: string } {
  const word = wordFor(db, term);
  if (word === null) return { reason: 'no word found that the tokenizer turns into it' };
  const ranked = db
    .prepare<[string, number], { rowid: number; score: number }>(
      'SELECT rowid, -bm25(records_fts) AS score FROM records_fts WHERE records_fts MATCH ? ORDER BY bm25(records_fts), rowid LIMIT ?',
    )
    .all(`"${word}"`, perTerm + 1);
  if (ranked.length <= perTerm) return { reason: 'fewer matches than leaders' };
  const cutScore = ranked[perTerm]!.score;
  const kept = ranked.slice(0, perTerm).filter((row) => row.score > cutScore);
  if (kept.length === 0) return { reason: 'the best records all tie' };
  const idf = bm25Idf(totals.rows, documents);
  const tokensOf = rowTokens(db);
  const leaders: ChosenLeaders['leaders'] = [];
  for (const { rowid, score } of kept) {
    const tokens = tokensOf(rowid);
    if (tokens === null) return { reason: `no length for row ${rowid}` };
    if (rowid > LARGEST_PACKED || tokens > LARGEST_PACKED) return { reason: `row ${rowid} does not fit the packed leaders (32 bits)` };
    const exactHits = bm25HitsFromTermPart(score / idf, tokens, totals.averageTokens);
    const hits = Math.round(exactHits);
    if (!(hits >= 1) || Math.abs(exactHits - hits) > 1e-6 * hits) return { reason: `score of row ${rowid} is not bm25 of a whole number of hits` };
    leaders.push({ rowid, hits, tokens });
  }
  return { leaders, cut: cutScore / idf };
}

/**
 * A word that the tokenizer turns into exactly `term`, for a MATCH that finds the records holding it:
 * the term itself mostly, but porter stemming is not idempotent ("housing" gives "hous", and "hous"
 * gives "hou"), so otherwise a word of a record that holds the term, found through FTS5's list of
 * the term's occurrences.
 */
function wordFor(db: Database.Database, term: string): string | null {
  const tokenize = indexTokenizer(db);
  if (tokenize(term).join(' ') === term) return term;
  db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.decision_trail_index_instances USING fts5vocab(main, 'records_fts', 'instance')");
  const at = db.prepare<[string], { doc: number; col: string }>('SELECT doc, col FROM temp.decision_trail_index_instances WHERE term = ? LIMIT 1').get(term);
  if (at === undefined || (at.col !== 'text' && at.col !== 'body')) return null;
  const text = db.prepare<[number], string | null>(`SELECT ${at.col} FROM records WHERE rowid = ?`).pluck().get(at.doc);
  for (const word of new Set(text?.match(/[\p{L}\p{N}\p{M}\p{Co}]+/gu) ?? [])) {
    if (tokenize(word).join(' ') === term) return word;
  }
  return null;
}

function storeLeaders(db: Database.Database, term: string, documents: number, chosen: ChosenLeaders): void {
  db.prepare('INSERT INTO search_leader_terms (term, documents, cut, leaders) VALUES (?, ?, ?, ?)').run(term, documents, chosen.cut, packLeaders(chosen.leaders));
}

/** A leader as stored: the record, the term's occurrences in it and its length in tokens. */
export interface Leader {
  rowid: number;
  hits: number;
  tokens: number;
}

/** The leaders as migration 041 stores them: three unsigned 32-bit little-endian integers each. */
export function packLeaders(leaders: readonly Leader[]): Buffer {
  const packed = Buffer.alloc(leaders.length * FIELDS * WIDTH);
  leaders.forEach((leader, i) => {
    const at = i * FIELDS * WIDTH;
    packed.writeUInt32LE(leader.rowid, at);
    packed.writeUInt32LE(leader.hits, at + WIDTH);
    packed.writeUInt32LE(leader.tokens, at + 2 * WIDTH);
  });
  return packed;
}

export function unpackLeaders(packed: Uint8Array): Leader[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const leaders: Leader[] = [];
  for (let at = 0; at + FIELDS * WIDTH <= packed.byteLength; at += FIELDS * WIDTH) {
    leaders.push({ rowid: view.getUint32(at, true), hits: view.getUint32(at + WIDTH, true), tokens: view.getUint32(at + 2 * WIDTH, true) });
  }
  return leaders;
}
