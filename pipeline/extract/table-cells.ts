import type { Block } from '../../schemas/document.ts';

/*
 * Tables as the table finders read them (action logs, grant awards): whatever the format, a header
 * row's cells and each later row's cells by column, with their offsets in the document text.
 */

export interface Cell {
  start: number;
  end: number;
  text: string;
}

export interface TableRow {
  /** The row's cells by column index (a column the row leaves empty has no cell). */
  cells: Cell[];
  /** From the row's first character to its last, in the document text. */
  start: number;
  end: number;
}

export interface Table {
  header: Cell[];
  rows: TableRow[];
}

/** How readers join the cells of a table row (markdown, HTML, DOCX). */
const CELL_SEPARATOR = ' | ';
/** Where plain text puts one cell from the next: two or more spaces, or tabs. */
const COLUMN_GAP = /\t+| {2,}/g;

/**
 * The tables of a document whose header `isHeader` accepts: runs of table rows (a row the test
 * accepts starts a table, the rows after it are its rows), and tables laid out in columns in plain
 * text (a block whose first line is the header, each later line a row; a row's pieces of text go to
 * the header column they stand under, so an empty cell does not shift the ones after it; a line
 * whose first piece stands right of the first column is a wrapped cell, not a row).
 */
export function tablesOf(text: string, blocks: readonly Block[], isHeader: (header: readonly Cell[]) => boolean): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  for (const block of blocks) {
    if (block.kind !== 'table_row') {
      current = null;
      const laidOut = columnLayout(text, block, isHeader);
      if (laidOut) tables.push(laidOut);
      continue;
    }
    const cells = rowCells(text, block);
    if (isHeader(cells)) {
      current = { header: cells, rows: [] };
      tables.push(current);
    } else if (current) {
      current.rows.push({ cells, start: cells[0]!.start, end: cells[cells.length - 1]!.end });
    }
  }
  return tables;
}

/**
 * Lines a table's header may have above it in the same block ("Action Tracker" with no blank line after,
 * or the item's own paragraph: "9. GENERAL BUSINESS / Cr Lutz noted ... / ACTIONS ARISING / Action  Responsible  Due").
 */
const MAX_TITLE_LINES = 12;

function columnLayout(text: string, block: Block, isHeader: (header: readonly Cell[]) => boolean): Table | null {
  const all = linesOf(text, block.start, block.end);
  for (let first = 0; first <= MAX_TITLE_LINES && first < all.length - 1; first++) {
    const table = columnLayoutFrom(text, all.slice(first), isHeader);
    if (table) return table;
  }
  return null;
}

function columnLayoutFrom(text: string, lines: readonly { start: number; end: number }[], isHeader: (header: readonly Cell[]) => boolean): Table | null {
  if (PIPE_ROW.test(text.slice(lines[0]!.start, lines[0]!.end))) return pipeTable(text, lines, isHeader);
  const header = piecesOf(text, lines[0]!);
  if (header.length < 2 || !isHeader(header)) return null;
  const starts = header.map((cell) => cell.start - lines[0]!.start);
  const rows: TableRow[] = [];
  for (const line of lines.slice(1)) {
    const pieces = piecesOf(text, line);
    const cells: Cell[] = [];
    for (const piece of pieces) {
      const column = columnAt(starts, piece.start - line.start);
      const there = cells[column];
      cells[column] = there ? { start: there.start, end: piece.end, text: text.slice(there.start, piece.end) } : piece;
    }
    if (cells[0] === undefined) continue;
    rows.push({ cells, start: pieces[0]!.start, end: pieces[pieces.length - 1]!.end });
  }
  return { header, rows };
}

/** A markdown-style row typed into plain text: "| Ref | Action | Owner |". */
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** A table typed with pipes between its cells (a plain-text file holding a markdown table): cells by position. */
function pipeTable(text: string, lines: readonly { start: number; end: number }[], isHeader: (header: readonly Cell[]) => boolean): Table | null {
  const header = pipeCells(text, lines[0]!);
  if (header.length < 2 || !isHeader(header)) return null;
  const rows: TableRow[] = [];
  for (const line of lines.slice(1)) {
    const raw = text.slice(line.start, line.end);
    if (!PIPE_ROW.test(raw) || /^[\s|:-]*$/.test(raw)) continue;
    const cells = pipeCells(text, line);
    const filled = cells.filter((c) => c.text !== '');
    if (filled.length === 0) continue;
    rows.push({ cells, start: filled[0]!.start, end: filled[filled.length - 1]!.end });
  }
  return { header, rows };
}

/** The cells between the pipes of one line, trimmed, with their offsets. */
function pipeCells(text: string, line: { start: number; end: number }): Cell[] {
  const raw = text.slice(line.start, line.end);
  const first = raw.indexOf('|');
  const last = raw.lastIndexOf('|');
  const cells: Cell[] = [];
  let from = first + 1;
  while (from <= last) {
    const at = raw.indexOf('|', from);
    const piece = raw.slice(from, at);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    cells.push({ start: line.start + from + lead, end: line.start + from + lead + trimmed.length, text: trimmed });
    from = at + 1;
    if (at === last) break;
  }
  return cells;
}

/** The column a piece starting at `at` (from the line's start) stands under: the last one starting at or before it. */
function columnAt(starts: readonly number[], at: number): number {
  let column = 0;
  starts.forEach((start, i) => {
    if (start <= at + 1) column = i;
  });
  return column;
}

function linesOf(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  while (from < end) {
    let to = text.indexOf('\n', from);
    if (to === -1 || to > end) to = end;
    out.push({ start: from, end: to });
    from = to + 1;
  }
  return out;
}

/** A line's pieces of text between column gaps, with their offsets. */
function piecesOf(text: string, line: { start: number; end: number }): Cell[] {
  const raw = text.slice(line.start, line.end);
  const out: Cell[] = [];
  let from = 0;
  const push = (to: number): void => {
    const piece = raw.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed !== '') out.push({ start: line.start + from + lead, end: line.start + from + lead + trimmed.length, text: trimmed });
  };
  for (const gap of raw.matchAll(COLUMN_GAP)) {
    push(gap.index);
    from = gap.index + gap[0].length;
  }
  push(raw.length);
  return out;
}

/** A table row block's cells with their offsets in the document, trimmed. */
export function rowCells(text: string, block: Block): Cell[] {
  const cells: Cell[] = [];
  const row = text.slice(block.contentStart, block.end);
  let from = 0;
  for (;;) {
    const at = row.indexOf(CELL_SEPARATOR, from);
    const end = at < 0 ? row.length : at;
    const raw = row.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    cells.push({ start: block.contentStart + from + lead, end: block.contentStart + from + lead + trimmed.length, text: trimmed });
    if (at < 0) return cells;
    from = at + CELL_SEPARATOR.length;
  }
}

/** The index of the first header cell whose words match, ignoring markdown emphasis and a colon. */
export function columnNamed(header: readonly Cell[], pattern: RegExp): number | null {
  const i = header.findIndex((c) => pattern.test(c.text.replace(/[*_:]/g, '').trim()));
  return i < 0 ? null : i;
}
