import type { PlacedLine, PlacedPiece } from './pdf-text.ts';

/**
 * Tables in a PDF page's lines, read back into rows.
 *
 * A PDF has no tables, only words placed on the page: a table's cells come out of the text layer
 * line by line across the page, so a row whose "Action" cell wraps onto two lines reads as
 * "1 Publish the Forum's recommendations ... and" / "the de-delegation decisions ... Clerk 28 January"
 * / "2026", and no later stage can tell the action from its owner or its date. Here a table is found
 * by its header, a line of three or more short headings set apart (a column starts where each heading
 * starts), and the lines below it whose every piece falls inside one column. Its rows are rebuilt from
 * the pieces' positions, each cell's lines joined, and written as the other readers write a table row:
 * the cells joined by " | " (an HTML or Markdown table gives the same text).
 *
 * Rows: a row starts at each line of the first column (a number or reference, in the action logs and
 * schedules this is for). A cell taller than its row's first cell may be centred on it, so a row's
 * upper lines can sit above the first cell's: the boundary between two rows is put in the widest
 * vertical gap between their first cells (the rows' padding is wider than a cell's line spacing).
 */

/** A line of the page as it goes on: either as printed, or a table row rebuilt from its cells. */
export interface PageLine {
  text: string;
  /** True for a table row: its text is the cells joined by " | ". */
  row?: boolean;
}

/** Pieces closer than this (points) are one run of text; wider gaps set cells apart. */
const SAME_RUN_GAP = 6;
/** A header's headings are at least this far apart (points). */
const HEADING_GAP = 10;
/** How far (points) a piece may start left of its column's heading, or run into the next column. */
const COLUMN_TOLERANCE = 3;
const MIN_COLUMNS = 3;
/** A heading is a few words: "No.", "Action", "Responsible officer", "Target date". */
const HEADING = /^[\p{Lu}#][^.!?:;£$€]{0,30}\.?$/u;
/** A row's key in the first column: a number or a short reference. */
const KEY = /^(?=[^\s]*\d)[\p{L}\d./-]{1,12}\.?$/u;
const MAX_HEADING_WORDS = 4;
/** Lines of one cell are at most this many times the closest spacing of the first column's lines apart. */
const WRAP_SPACING = 1.3;
/** Lines below a header looked at to find where its columns start. */
const COLUMN_SAMPLE_LINES = 40;
/** A table has at least this many rows below its header. */
const MIN_ROWS = 2;

/** The page's lines with each table found replaced by its header and rows. */
export function withTableRows(lines: readonly PlacedLine[]): PageLine[] {
  const out: PageLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = tableAt(lines, i);
    if (table === null) {
      out.push({ text: lines[i]!.text });
      i++;
      continue;
    }
    out.push(...table.rows.map((text) => ({ text, row: true })));
    i = table.end;
  }
  return out;
}

interface Column {
  start: number;
}

interface Run {
  text: string;
  x0: number;
  x1: number;
}

/** A table whose header is line `index`: its rows' texts (header first) and the line after it. */
function tableAt(lines: readonly PlacedLine[], index: number): { rows: string[]; end: number } | null {
  const header = headerColumns(lines[index]!);
  if (header === null) return null;
  const columns = columnsUnder(header, lines.slice(index + 1, index + 1 + COLUMN_SAMPLE_LINES));
  if (columns === null) return null;
  const placed: { piece: PlacedPiece; column: number }[] = [];
  let end = index + 1;
  for (; end < lines.length; end++) {
    const inColumns = piecesInColumns(lines[end]!, columns);
    if (inColumns === null) break;
    placed.push(...inColumns);
  }
  const rows = rebuildRows(placed, columns.length);
  if (rows === null || rows.length < MIN_ROWS) return null;
  const usedColumns = new Set(placed.map((p) => p.column));
  if (usedColumns.size < MIN_COLUMNS) return null;
  return { rows: [header.map((run) => run.text).join(' | '), ...rows.map((cells) => cells.join(' | '))], end };
}

/** The headings of a header line, or null when the line is not one. */
function headerColumns(line: PlacedLine): Run[] | null {
  const runs = runsOf(line.pieces);
  if (runs.length < MIN_COLUMNS) return null;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!HEADING.test(run.text) || run.text.split(/\s+/u).length > MAX_HEADING_WORDS) return null;
    if (i > 0 && run.x0 - runs[i - 1]!.x1 < HEADING_GAP) return null;
  }
  return runs;
}

/** A line's words as runs: pieces next to each other joined, blank pieces (pdf.js's gap fillers) left out. */
function runsOf(pieces: readonly PlacedPiece[]): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const text = tidy(piece.text);
    if (text === '') continue;
    const last = runs[runs.length - 1];
    if (last && piece.x >= last.x1 - 1 && piece.x - last.x1 <= SAME_RUN_GAP) {
      last.text = `${last.text}${/\s$/u.test(piece.text) || /^\s/u.test(piece.text) || piece.x - last.x1 > 1 ? ' ' : ''}${text}`;
      last.x1 = piece.x + piece.width;
    } else {
      runs.push({ text, x0: piece.x, x1: piece.x + piece.width });
    }
  }
  return runs;
}

/**
 * Where each column's cells start. Headings are often centred over their columns while the cells are
 * left-aligned, so a column starts at the nearest place left of its heading's start (a centred heading
 * starts right of its cells), and right of the heading before's end, where two or more lines below
 * start a piece. (Text wrapped back to the margin starts further left: it ends the table.)
 */
function columnsUnder(headings: readonly Run[], below: readonly PlacedLine[]): Column[] | null {
  const starts = new Map<number, number>();
  for (const line of below) {
    for (const run of runsOf(line.pieces)) starts.set(Math.round(run.x0), (starts.get(Math.round(run.x0)) ?? 0) + 1);
  }
  const columns: Column[] = [];
  for (let i = 0; i < headings.length; i++) {
    const from = i === 0 ? -Infinity : headings[i - 1]!.x1;
    const to = headings[i]!.x0 + COLUMN_TOLERANCE;
    let best: number | null = null;
    for (const [x, count] of starts) {
      if (x > from && x <= to && count >= MIN_ROWS && (best === null || x > best)) best = x;
    }
    if (best === null) return null;
    columns.push({ start: best });
  }
  return columns;
}

/** Each non-blank piece of the line with its column, or null when a piece falls outside the columns (the table has ended). */
function piecesInColumns(line: PlacedLine, columns: readonly Column[]): { piece: PlacedPiece; column: number }[] | null {
  const placed: { piece: PlacedPiece; column: number }[] = [];
  for (const piece of line.pieces) {
    if (tidy(piece.text) === '') continue;
    const column = columnOf(piece, columns);
    if (column === null) return null;
    placed.push({ piece, column });
  }
  return placed;
}

function columnOf(piece: PlacedPiece, columns: readonly Column[]): number | null {
  if (piece.x < columns[0]!.start - COLUMN_TOLERANCE) return null;
  let column = 0;
  while (column + 1 < columns.length && piece.x >= columns[column + 1]!.start - COLUMN_TOLERANCE) column++;
  const next = columns[column + 1];
  if (next !== undefined && piece.x + piece.width > next.start + COLUMN_TOLERANCE) return null;
  return column;
}

/** The rows' cells, or null when the first column is empty (nothing to tell the rows apart by). */
function rebuildRows(placed: readonly { piece: PlacedPiece; column: number }[], columnCount: number): string[][] | null {
  const firstCells = firstColumnCells(linesOf(placed.filter((p) => p.column === 0).map((p) => p.piece)));
  if (firstCells.length === 0) return null;
  const ys = [...new Set(placed.map((p) => roundY(p.piece.y)))].sort((a, b) => a - b);
  const boundaries = firstCells.slice(1).map((next, k) => boundaryBetween(firstCells[k]!.bottom, next.top, ys));
  const cells: PlacedPiece[][][] = firstCells.map(() => Array.from({ length: columnCount }, () => []));
  for (const { piece, column } of placed) {
    const y = roundY(piece.y);
    let row = 0;
    while (row < boundaries.length && y > boundaries[row]!) row++;
    cells[row]![column]!.push(piece);
  }
  return cells.map((row) => row.map(cellText));
}

/**
 * The first column's cells from its lines (top to bottom). A column of numbers or references ("3",
 * "CR07", "26/015", "TC/26/041") has a row per line. Otherwise lines evenly spaced are a cell each; where the spacing varies, lines at the closest spacing are one cell wrapped ("Banners Gate
 * Counselling / Centre") and a wider gap starts the next row.
 */
function firstColumnCells(lines: readonly { y: number; text: string }[]): { top: number; bottom: number }[] {
  if (lines.length === 0) return [];
  const ys = lines.map((line) => line.y);
  if (lines.every((line) => KEY.test(line.text))) return ys.map((y) => ({ top: y, bottom: y }));
  const gaps = ys.slice(1).map((y, k) => y - ys[k]!);
  const closest = Math.min(...gaps);
  const even = gaps.every((gap) => gap <= closest * WRAP_SPACING);
  const cells = [{ top: ys[0]!, bottom: ys[0]! }];
  gaps.forEach((gap, k) => {
    if (even || gap > closest * WRAP_SPACING) cells.push({ top: ys[k + 1]!, bottom: ys[k + 1]! });
    else cells[cells.length - 1]!.bottom = ys[k + 1]!;
  });
  return cells;
}

/** Pieces grouped by baseline, top to bottom, each line's text. */
function linesOf(pieces: readonly PlacedPiece[]): { y: number; text: string }[] {
  const byY = new Map<number, PlacedPiece[]>();
  for (const piece of pieces) byY.set(roundY(piece.y), [...(byY.get(roundY(piece.y)) ?? []), piece]);
  return [...byY].sort((a, b) => a[0] - b[0]).map(([y, line]) => ({ y, text: cellText(line) }));
}

/** Where one row ends and the next begins: in the widest gap between the two rows' first cells (the lower one on a tie). */
function boundaryBetween(upper: number, lower: number, ys: readonly number[]): number {
  const between = [upper, ...ys.filter((y) => y > upper && y < lower), lower];
  let best = 0;
  for (let k = 1; k < between.length; k++) {
    if (between[k]! - between[k - 1]! >= between[best + 1]! - between[best]!) best = k - 1;
  }
  return (between[best]! + between[best + 1]!) / 2;
}

/** A cell's pieces top to bottom, left to right, as one line of text. */
function cellText(pieces: readonly PlacedPiece[]): string {
  const ordered = [...pieces].sort((a, b) => roundY(a.y) - roundY(b.y) || a.x - b.x);
  return tidy(ordered.map((p) => p.text).join(' '));
}

/** Baselines a fraction of a point apart are one line. */
function roundY(y: number): number {
  return Math.round(y * 2) / 2;
}

function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
