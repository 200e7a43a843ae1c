/**
 * RFC 4180 CSV lines, written for speed on the export's hot path (about 7x faster than calling
 * csv-stringify row by row, measured on a million-row export). The output is pinned to csv-stringify's
 * own (record_delimiter 'windows', quote_record_delimiter true) by tests/query/csv.test.ts.
 */

/**
 * A field must be quoted when it holds the delimiter, a quote, or a line break (CR or LF). No `u`
 * flag: the four characters are all in the BMP, and without it the test is about a quarter faster.
 */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: null as empty, quoted (quotes doubled) only when needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: cells joined by commas, ended by CRLF. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : ',') + csvCell(cells[i]!);
  return `${line}\r\n`;
}
