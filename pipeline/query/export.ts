import type Database from 'better-sqlite3';
import type { Writable } from 'node:stream';
import type { ExportedRecord } from '../../schemas/record.ts';
import { csvLine, csvLineSql, type CsvColumnKind } from './csv.ts';
import { filterConditions, type RecordFilters } from './filters.ts';
import { translateQuery } from './fts-query.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The export contract's fields, in the order they appear in every format (CSV header included). */
export const EXPORT_FIELDS = [
  'id', 'doc', 'file', 'sha256', 'kind', 'label', 'text', 'body', 'date', 'status', 'key_decision',
  'call_in', 'procedural', 'actor', 'due', 'parent', 'page', 'start', 'end', 'quote',
] as const satisfies readonly (keyof ExportedRecord)[];

export interface ExportOptions {
  format: ExportFormat;
  filters?: RecordFilters;
  /** Optional search query (same syntax as `search`): export only the records it matches. */
  query?: string;
  /** CSV only: start with a UTF-8 byte order mark so Excel reads the file as UTF-8. */
  excel?: boolean;
}

export interface ExportSummary {
  rows: number;
  /** Worker threads that read the records (1: this thread alone). */
  jobs?: number;
}

/** An inclusive range of record rowids: a part of the export read on its own (export-parallel.ts). */
export type RowidRange = readonly [number, number];

/** The row as SQLite returns it in raw (array) mode, columns in EXPORT_FIELDS order. */
type RawRow = [
  string, string, string, string, string, string | null, string, string | null, string | null, string | null,
  number | null, number | null, number, string | null, string | null, string | null, number, number, number, string,
];

/** Bytes gathered before one write to the output: big enough to be fast, small enough to keep memory flat. */
const CHUNK_CHARS = 256 * 1024;

/** The export's columns in contract order: the SQL for each, and how a CSV line writes it. */
const EXPORT_COLUMNS: readonly { sql: string; kind: CsvColumnKind }[] = [
  { sql: 'r.id', kind: 'plain' }, { sql: 'd.name', kind: 'text' }, { sql: 'd.path', kind: 'text' },
  { sql: 'd.sha256', kind: 'plain' }, { sql: 'r.kind', kind: 'plain' }, { sql: 'r.label', kind: 'text' },
  { sql: 'r.text', kind: 'text' }, { sql: 'r.body', kind: 'text' }, { sql: 'r.date', kind: 'plain' },
  { sql: 'r.status', kind: 'text' }, { sql: 'r.key_decision', kind: 'flag' }, { sql: 'r.call_in', kind: 'flag' },
  { sql: 'r.procedural', kind: 'flag' }, { sql: 'r.actor', kind: 'text' }, { sql: 'r.due', kind: 'text' },
  { sql: 'r.parent', kind: 'text' }, { sql: 'r.page', kind: 'number' }, { sql: 'r.start', kind: 'number' },
  { sql: 'r."end"', kind: 'number' }, { sql: 'r.quote', kind: 'text' },
];

/**
 * The export SELECT and its parameters. Records are the outer loop (CROSS JOIN keeps the planner from
 * starting at documents), read in rowid order, so rows stream out without a sort however many there are.
 * The query option becomes an IN (subquery) that SQLite builds once, as a set of rowids.
 * `ranged`: the WHERE starts with a rowid range, whose two parameters go before `params`.
 */
function exportSelect(options: ExportOptions, ranged: boolean): { sql: string; params: (string | number)[] } {
  const filters = options.filters ?? {};
  const byDocument = filters.docs !== undefined && filters.docs.length > 0;
  // Kind and date stay off their indexes so the scan follows rowid order with no sort; named
  // documents are the exception: start from them and sort their few rows.
  const where = filterConditions(filters, byDocument ? [] : ['kind', 'date']);
  const params = [...where.params];
  let match = '';
  if (options.query !== undefined) {
    const translated = translateQuery(options.query);
    if (translated.match !== null) {
      match = 'AND r.rowid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)';
      params.push(translated.match);
    } else if (translated.exclude !== null) {
      match = 'AND r.rowid NOT IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)';
      params.push(translated.exclude);
    }
  }
  // CSV: SQLite writes each line (csvLineSql), one value a row; JSON: the twenty values, as an array.
  const columns = options.format === 'csv' ? `${csvLineSql(EXPORT_COLUMNS)} AS line` : EXPORT_COLUMNS.map((c) => c.sql).join(', ');
  const sql = `SELECT ${columns}
       FROM ${byDocument ? 'documents d JOIN records r ON r.document_id = d.id' : 'records r CROSS JOIN documents d ON d.id = r.document_id'}
      WHERE ${ranged ? 'r.rowid BETWEEN ? AND ? AND' : ''} ${where.sql} ${match}
      ORDER BY r.rowid`;
  return { sql, params };
}

function exportStatement(db: Database.Database, options: ExportOptions, range: RowidRange | null = null): { stmt: Database.Statement; params: (string | number)[] } {
  const { sql, params } = exportSelect(options, range !== null);
  const stmt = db.prepare(sql);
  return { stmt: options.format === 'csv' ? stmt.pluck() : stmt.raw(true), params: range === null ? params : [range[0], range[1], ...params] };
}

/**
 * Reads parts of a CSV export as UTF-8 bytes made whole by SQLite: a part's lines joined (each ended
 * by CRLF) by group_concat and handed over as one blob, with the count of rows.
 *
 * Why: a line a row costs better-sqlite3 a JavaScript string (UTF-8 decoded) and the worker a UTF-8
 * encode back, per row; one blob a part skips both (measured on a million records: 3.9 s of CPU
 * against 6.0 s for the same lines row by row). The order is the subquery's ORDER BY: SQLite keeps a
 * FROM-clause subquery's ORDER BY when the outer query uses an aggregate other than count, min or
 * max (its select.c, on omitting ORDER BY in subqueries), which is what group_concat's order needs;
 * tests/query/export-parallel.test.ts holds the parts equal, byte for byte, to the line-a-row export.
 */
export function csvPartReader(db: Database.Database, options: ExportOptions): (range: RowidRange) => { bytes: Uint8Array | null; rows: number } {
  if (options.format !== 'csv') throw new Error(`csvPartReader reads CSV, not ${options.format}`);
  // Prepared once: the twenty-column line expression takes longer to prepare than a part to read.
  const { sql, params } = exportSelect(options, true);
  const stmt = db.prepare(`SELECT count(*), CAST(group_concat(line, char(13, 10)) || char(13, 10) AS BLOB) FROM (${sql})`).raw(true);
  return (range) => {
    const [rows, bytes] = stmt.get(range[0], range[1], ...params) as [number, Uint8Array | null];
    return { bytes, rows };
  };
}

const flag = (value: number | null): boolean | null => (value === null ? null : value === 1);

/** One record as the contract's object, keys in contract order (an object literal: V8 stringifies it fastest). */
export function toExportedRecord(r: RawRow): ExportedRecord {
  return {
    id: r[0], doc: r[1], file: r[2], sha256: r[3], kind: r[4] as ExportedRecord['kind'], label: r[5], text: r[6], body: r[7],
    date: r[8], status: r[9], key_decision: flag(r[10]), call_in: flag(r[11]), procedural: r[12] === 1, actor: r[13],
    due: r[14], parent: r[15], page: r[16], start: r[17], end: r[18], quote: r[19],
  };
}


/**
 * Gathers text and writes it in large pieces, waiting for 'drain' whenever the output's buffer is
 * full, so however fast rows arrive only about one chunk is held in memory.
 */
export class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly out: Writable) {}

  /** Adds text; true when a chunk is full and the caller should `await flush()` (kept synchronous: it runs once a row). */
  add(text: string): boolean {
    this.parts.push(text);
    this.size += text.length;
    return this.size >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (this.out.destroyed) throw closedError(this.out);
    if (!this.out.write(chunk)) await drained(this.out);
  }
}

function closedError(out: Writable): Error {
  return out.errored ?? new Error('the output closed before the export finished');
}

/** Resolves on 'drain'; rejects if the output fails or closes first (a closed pipe must not hang us). */
export function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.destroyed) {
      reject(closedError(out));
      return;
    }
    const cleanup = (): void => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onDrain = (): void => {
      cleanup();
      resolve();
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onClose = (): void => {
      cleanup();
      reject(closedError(out));
    };
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/** One record as text in the chosen format; a JSON array's elements come without their separating comma. */
function recordText(format: ExportFormat, row: RawRow | string): string {
  // A CSV row is its finished line (csvLineSql).
  if (typeof row === 'string') return `${row}\r\n`;
  const json = JSON.stringify(toExportedRecord(row));
  return format === 'jsonl' ? `${json}\n` : json;
}

/** What comes before the first record: the CSV header (with Excel's byte order mark if asked), or "[". */
export function exportOpening(options: ExportOptions): string {
  if (options.format === 'csv') return (options.excel ? '\uFEFF' : '') + csvLine(EXPORT_FIELDS);
  return options.format === 'json' ? '[' : '';
}

/** What comes after the last record. */
export function exportClosing(options: ExportOptions, rows: number): string {
  if (options.format !== 'json') return '';
  return rows === 0 ? ']\n' : '\n]\n';
}

/** Between a JSON array's elements (and before the first): the other formats end each record themselves. */
export function recordSeparator(format: ExportFormat, first: boolean): string {
  if (format !== 'json') return '';
  return first ? '\n' : ',\n';
}

/** Options the export would refuse, as the error the user sees. */
export function checkExportOptions(options: ExportOptions): void {
  if (options.excel && options.format !== 'csv') throw new Error('--excel applies to CSV only (use --format csv)');
}

/**
 * The records of one rowid range, each as text with the separator that goes before it (none before
 * the first): what an export worker encodes for its part. The caller puts recordSeparator between
 * parts.
 */
export function* exportPartTexts(db: Database.Database, options: ExportOptions, range: RowidRange): Generator<string> {
  const { stmt, params } = exportStatement(db, options, range);
  let first = true;
  for (const row of stmt.iterate(...params) as IterableIterator<RawRow | string>) {
    yield (first ? '' : recordSeparator(options.format, false)) + recordText(options.format, row);
    first = false;
  }
}

/**
 * Streams the selected records to `out` in the chosen format with constant memory: rows come from
 * better-sqlite3's iterator one at a time and leave in chunks that respect the output's backpressure.
 * Does not end `out`. For a large export on several cores, export-parallel.ts reads parts of it in
 * worker threads and gives the same bytes.
 */
export async function exportRecords(db: Database.Database, out: Writable, options: ExportOptions): Promise<ExportSummary> {
  checkExportOptions(options);
  const { stmt, params } = exportStatement(db, options);
  const writer = new ChunkedWriter(out);
  const rows = stmt.iterate(...params) as IterableIterator<RawRow | string>;
  let count = 0;
  try {
    writer.add(exportOpening(options));
    for (const row of rows) {
      if (writer.add(recordSeparator(options.format, count === 0) + recordText(options.format, row))) await writer.flush();
      count++;
    }
    writer.add(exportClosing(options, count));
    await writer.flush();
  } finally {
    // Ends the statement if we stopped early (an output error), so the connection is usable again.
    rows.return?.();
  }
  return { rows: count, jobs: 1 };
}
