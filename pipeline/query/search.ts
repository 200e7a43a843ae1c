import type Database from 'better-sqlite3';
import type { ExportedRecord } from '../../schemas/record.ts';
import type { RecordRow } from '../store/rows.ts';
import { filterConditions, type RecordFilters } from './filters.ts';
import { firstPassing } from './passing.ts';
import { rowidLiteral } from './rowid-literal.ts';
import { rankByLeaders } from './search-leaders.ts';
import { snippetMatch } from './snippet-match.ts';
import { translateQuery, type TranslatedQuery } from './fts-query.ts';

/** Marks around a matched word in `SearchHit.snippet`; the CLI turns them into colour or «». */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
/** Words of context FTS5 keeps around the match in a snippet. */
const SNIPPET_TOKENS = 24;
/** Characters of a record's text shown when there is no word to match (a listing by filters only). */
const PLAIN_SNIPPET_CHARS = 200;

/** A hit: the export contract's fields a listing shows (schemas/record.ts), with its snippet and score. */
export type SearchHit = Pick<
  ExportedRecord,
  'id' | 'kind' | 'label' | 'body' | 'date' | 'status' | 'key_decision' | 'call_in' | 'procedural' | 'doc' | 'file' | 'page' | 'start' | 'end'
> & {
  /** Part of the record's text around the match, matched words between HIGHLIGHT_START/END. */
  snippet: string;
  /** bm25 score (lower is better), null when the query had no words to rank by. */
  rank: number | null;
};

export interface SearchResult {
  hits: SearchHit[];
  query: TranslatedQuery;
  /** How the hits are ordered: by relevance, or (no words to match) newest first. */
  order: 'relevance' | 'date';
}

export interface SearchOptions {
  filters?: RecordFilters;
  limit?: number;
  /** How many of the best matches are taken as candidates before the filters (default: by CANDIDATES); tests set it to reach the shortcut and the fallback in a small collection. */
  candidates?: number;
}

export const DEFAULT_LIMIT = 20;

/** A ranked match: its rowid and bm25 score (lower is better; null in a listing by date). */
interface RankedRow {
  rowid: number;
  rank: number | null;
}

/** A hit's record as stored (booleans as 0/1), with its document's name and path. */
type DetailRow = Pick<
  RecordRow,
  'rowid' | 'id' | 'kind' | 'label' | 'body' | 'date' | 'status' | 'key_decision' | 'call_in' | 'procedural' | 'page' | 'start' | 'end' | 'text'
> & { doc: string; file: string };

/**
 * Full-text search over records, best match first (FTS5 bm25), with the shared filters.
 *
 * Ranking and snippets are separate steps: the ranking queries select only rowid and score, so
 * SQLite's sort carries two numbers per match, and snippets are made afterwards for the hits
 * alone (a snippet in the ranking query is computed for every match before the sort).
 * FTS5 still scores every match, so a very common word costs time in proportion to how many
 * records hold it (see the search bench); a search of plain words in a large collection is answered
 * from the words' search leaders instead when they give the exact answer (search-leaders.ts).
 * With --doc, the search runs once per document inside the rowid range of its records (FTS5 seeks
 * such a range in its index), so searching one document does not score the whole collection.
 */
export function searchRecords(db: Database.Database, input: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const filters = options.filters ?? {};
  const query = translateQuery(input);
  let ranked: RankedRow[];
  if (query.match === null) ranked = listByDate(db, query.exclude, filters, limit);
  else if (filters.docs && filters.docs.length > 0) ranked = rankWithinDocuments(db, query.match, filters, limit);
  else {
    const fromLeaders = query.plainWords === null ? null : rankByLeaders(db, query.plainWords.fts, query.plainWords.exclude, filters, limit);
    ranked = fromLeaders ?? rankFromBestCandidates(db, query.match, filters, limit, options.candidates);
  }
  const rowids = ranked.map((row) => row.rowid);
  const details = fetchDetails(db, rowids);
  const forSnippets = snippetMatch(db, query, [...details.values()].map((detail) => `${detail.text}\n${detail.body ?? ''}`));
  const snippets = forSnippets === null ? new Map<number, string>() : snippetsOf(db, forSnippets, rowids);
  const hits = ranked.map((row) => {
    const detail = details.get(row.rowid)!;
    return toHit(detail, row.rank, snippets.get(row.rowid) ?? plainSnippet(detail.text));
  });
  return { hits, query, order: query.match !== null ? 'relevance' : 'date' };
}

/**
 * Candidates taken per hit wanted, and at least: without filters (only current versions, which
 * pass nearly every record) a few hundred; with filters four times as many, so that a filter passing
 * one match in a hundred still finds its hits among them. More candidates cost little (SQLite keeps
 * the best N in a small sorted list while FTS5 scores every match anyway), far less than ranking
 * every match a second time with the filters.
 */
const CANDIDATES = { unfiltered: { perHit: 25, least: 500 }, filtered: { perHit: 100, least: 2000 } };

/**
 * The exact answer in one scoring pass for most queries: the best few hundred or thousand matches
 * (CANDIDATES) regardless of filters (bm25 in SQLite's own top-k sort, quicker than FTS5's ORDER BY rank), then
 * the filters on those candidates in rank order, a few at a time, until `limit` pass. Any other
 * passing match ranks below all the candidates, so those are the answer; and when there were fewer
 * matches than candidates wanted, the candidates are every match. Only when the filters pass too
 * few of a full set of candidates (a selective filter) is every match ranked again with the filters.
 */
function rankFromBestCandidates(db: Database.Database, match: string, filters: RecordFilters, limit: number, candidates?: number): RankedRow[] {
  const sizing = narrowsRecords(filters) ? CANDIDATES.filtered : CANDIDATES.unfiltered;
  const wanted = candidates ?? Math.max(limit * sizing.perHit, sizing.least);
  const best = db
    .prepare<[string, number], RankedRow>(
      `SELECT rowid, bm25(records_fts) AS rank FROM records_fts WHERE records_fts MATCH ? ORDER BY rank, rowid LIMIT ?`,
    )
    .all(match, wanted);
  const passing = firstPassing(db, best, filters, limit);
  if (passing.length >= limit || best.length < wanted) return passing;
  return rank(db, match, filters, limit, null);
}

/** Whether any filter is set beyond the version choice (current versions pass nearly every record). */
function narrowsRecords(filters: RecordFilters): boolean {
  return Object.entries(filters).some(([name, value]) => name !== 'allVersions' && value !== undefined);
}

/** The best `limit` matches passing the filters, optionally only among rowids lo..hi. */
function rank(db: Database.Database, match: string, filters: RecordFilters, limit: number, range: [number, number] | null): RankedRow[] {
  const where = filterConditions(filters);
  return db
    .prepare<unknown[], RankedRow>(
      `SELECT f.rowid AS rowid, bm25(records_fts) AS rank
         FROM records_fts f
        WHERE records_fts MATCH ?
          ${range === null ? '' : `AND f.rowid BETWEEN ${rowidLiteral(range[0])} AND ${rowidLiteral(range[1])}`}
          AND EXISTS (SELECT 1 FROM records r JOIN documents d ON d.id = r.document_id
                       WHERE r.rowid = f.rowid AND ${where.sql})
        ORDER BY rank, f.rowid
        LIMIT ?`,
    )
    .all(match, ...where.params, limit);
}

/**
 * Each hit's snippet, matched words between HIGHLIGHT_START and HIGHLIGHT_END, made for these rows
 * only. The rowids come through json_each as SQL integers: FTS5 then seeks each one (bound from
 * JavaScript as a double, a rowid constraint was ignored and every match returned, seen with SQLite
 * 3.53); the rows are matched back by rowid, so a snippet is always its own record's.
 */
function snippetsOf(db: Database.Database, match: string, rowids: readonly number[]): Map<number, string> {
  if (rowids.length === 0) return new Map();
  const rows = db
    .prepare<[string, string, string, string], { rowid: number; snippet: string | null }>(
      `SELECT rowid, snippet(records_fts, 0, ?, ?, '…', ${SNIPPET_TOKENS}) AS snippet
         FROM records_fts WHERE records_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(HIGHLIGHT_START, HIGHLIGHT_END, match, JSON.stringify(rowids));
  const byRowid = new Map<number, string>();
  for (const row of rows) if (row.snippet !== null) byRowid.set(row.rowid, row.snippet);
  return byRowid;
}


/**
 * Ranks inside each named document's rowid range and merges: bm25 uses collection-wide statistics,
 * so scores from the separate queries compare directly.
 */
function rankWithinDocuments(db: Database.Database, match: string, filters: RecordFilters, limit: number): RankedRow[] {
  const ranges = db
    .prepare<unknown[], { lo: number | null; hi: number | null }>(
      `SELECT min(r.rowid) AS lo, max(r.rowid) AS hi
         FROM documents d JOIN records r ON r.document_id = d.id
        WHERE d.name IN (${filters.docs!.map(() => '?').join(', ')})
        GROUP BY d.id`,
    )
    .all(...filters.docs!);
  const rows = ranges.flatMap(({ lo, hi }) => (lo === null || hi === null ? [] : rank(db, match, filters, limit, [lo, hi])));
  return rows.sort((a, b) => a.rank! - b.rank! || a.rowid - b.rowid).slice(0, limit);
}

/** No words to rank by: the records passing the filters (and not matching `exclude`), newest first. */
function listByDate(db: Database.Database, exclude: string | null, filters: RecordFilters, limit: number): RankedRow[] {
  const byDocument = filters.docs !== undefined && filters.docs.length > 0;
  // Named documents: start from them (few rows, sorted after). Otherwise read the date index newest
  // first with records as the outer loop (CROSS JOIN), and keep the planner off the kind index, so
  // LIMIT stops the scan early instead of sorting every record of a kind.
  const where = filterConditions(filters, byDocument ? [] : ['kind']);
  const from = byDocument ? 'documents d JOIN records r ON r.document_id = d.id' : 'records r CROSS JOIN documents d ON d.id = r.document_id';
  const excluding = exclude === null ? '' : 'AND r.rowid NOT IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)';
  return db
    .prepare<unknown[], RankedRow>(
      `SELECT r.rowid AS rowid, NULL AS rank
         FROM ${from}
        WHERE ${where.sql} ${excluding}
        ORDER BY r.date DESC, r.rowid DESC
        LIMIT ?`,
    )
    .all(...where.params, ...(exclude === null ? [] : [exclude]), limit);
}

function fetchDetails(db: Database.Database, rowids: number[]): Map<number, DetailRow> {
  const byRowid = new Map<number, DetailRow>();
  if (rowids.length === 0) return byRowid;
  const rows = db
    .prepare<unknown[], DetailRow>(
      `SELECT r.rowid AS rowid, r.id, r.kind, r.label, r.body, r.date, r.status, r.key_decision, r.call_in,
              r.procedural, d.name AS doc, d.path AS file, r.page, r.start, r."end" AS "end", r.text
         FROM records r JOIN documents d ON d.id = r.document_id
        WHERE r.rowid IN (${rowids.map(() => '?').join(', ')})`,
    )
    .all(...rowids);
  for (const row of rows) byRowid.set(row.rowid, row);
  return byRowid;
}

function toHit(row: DetailRow, rank: number | null, snippet: string): SearchHit {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    body: row.body,
    date: row.date,
    status: row.status,
    key_decision: sqlBoolean(row.key_decision),
    call_in: sqlBoolean(row.call_in),
    procedural: row.procedural === 1,
    doc: row.doc,
    file: row.file,
    page: row.page,
    start: row.start,
    end: row.end,
    snippet,
    rank,
  };
}

export function sqlBoolean(value: number | null): boolean | null {
  return value === null ? null : value === 1;
}

function plainSnippet(text: string): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  return oneLine.length <= PLAIN_SNIPPET_CHARS ? oneLine : `${oneLine.slice(0, PLAIN_SNIPPET_CHARS - 1)}…`;
}
