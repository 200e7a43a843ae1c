import type { Block } from '../../schemas/document.ts';
import type { Candidate, FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';

/**
 * Action logs printed as tables (GUIDELINES: "a row of an action log", "action-point tables (owner,
 * due)"): a header row naming an action column and an owner column, then one action per row, its span
 * the action cell, its actor the owner cell, its due the due cell (a date as ISO, else the phrase as
 * written: "Next meeting"), its label the reference cell. Readers give table rows as blocks whose
 * text is the cells joined by " | " (markdown, HTML, DOCX). Plain text lays a table out in columns
 * (cells apart by two or more spaces or a tab, under the header's words): read by the header's columns.
 */
const CELL_SEPARATOR = ' | ';
const ACTION_HEADER = /^(?:actions?(?:\s+(?:points?|required|agreed))?|tasks?|what)$/i;
const OWNER_HEADER = /^(?:owner|responsible|responsibility|lead|who|by\s+whom|action\s+by|assigned\s+to|officer)$/i;
const DUE_HEADER = /^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due|timescale|date)$/i;
const REF_HEADER = /^(?:ref(?:erence)?\.?|no\.?|#|item|action\s+no\.?|id)$/i;
/** A due cell that names no time: no due. */
const NO_DUE = /^(?:-+|–|—|n\/a|none|tbc|tba|ongoing)?$/i;

interface Cell {
  start: number;
  end: number;
  text: string;
}

interface Columns {
  action: number;
  owner: number;
  due: number | null;
  ref: number | null;
}

export function findActionTableRows(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const out: Candidate[] = [];
  let columns: Columns | null = null;
  for (const block of blocks) {
    if (block.kind !== 'table_row') {
      columns = null;
      out.push(...columnLayoutActions(document.text, block));
      continue;
    }
    const cells = cellsOf(document.text, block);
    const header = columnsOf(cells);
    if (header) {
      columns = header;
      continue;
    }
    const action = columns && actionOfRow(cells, columns);
    if (action) out.push(action);
  }
  return out;
}

/** The action a row of an action log gives (its columns known); null for a row with no action in it. */
function actionOfRow(cells: readonly Cell[], columns: Columns): Candidate | null {
  const action = cells[columns.action];
  if (!action || !/\p{L}/u.test(action.text)) return null;
  const owner = cells[columns.owner]?.text.trim() || null;
  const dueText = columns.due === null ? '' : cells[columns.due]?.text.trim() ?? '';
  const ref = columns.ref === null ? null : cells[columns.ref]?.text.trim() || null;
  return {
    kind: 'action',
    label: ref,
    start: action.start,
    end: action.end,
    procedural: false,
    actor: owner,
    due: NO_DUE.test(dueText) ? null : parseUkDate(dueText) ?? dueText,
    parent: null,
  };
}

/** Where plain text puts one cell from the next: two or more spaces, or tabs. */
const COLUMN_GAP = /\t+| {2,}/g;

/**
 * Actions of an action log laid out in columns in plain text: a block whose first line is a header
 * naming an action and an owner column, each later line a row. A row's pieces of text go to the
 * header column they stand under, so an empty cell does not shift the ones after it. A line whose
 * first piece stands right of the first column is a wrapped cell, not a row: skipped.
 */
function columnLayoutActions(text: string, block: Block): Candidate[] {
  const lines = linesOf(text, block.start, block.end);
  if (lines.length < 2) return [];
  const header = piecesOf(text, lines[0]!);
  const columns = header.length >= 2 ? columnsOf(header) : null;
  if (!columns) return [];
  const starts = header.map((cell) => cell.start - lines[0]!.start);
  const out: Candidate[] = [];
  for (const line of lines.slice(1)) {
    const cells: Cell[] = [];
    for (const piece of piecesOf(text, line)) {
      const column = columnAt(starts, piece.start - line.start);
      const there = cells[column];
      cells[column] = there ? { start: there.start, end: piece.end, text: text.slice(there.start, piece.end) } : piece;
    }
    if (cells[0] === undefined) continue;
    const action = actionOfRow(cells, columns);
    if (action) out.push(action);
  }
  return out;
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

/** A row's cells with their offsets in the document, trimmed. */
function cellsOf(text: string, block: Block): Cell[] {
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

/** The columns of an action log's header row; null when the row is no such header. */
function columnsOf(cells: readonly Cell[]): Columns | null {
  const find = (pattern: RegExp): number | null => {
    const i = cells.findIndex((c) => pattern.test(c.text.replace(/[*_:]/g, '').trim()));
    return i < 0 ? null : i;
  };
  const action = find(ACTION_HEADER);
  const owner = find(OWNER_HEADER);
  if (action === null || owner === null || action === owner) return null;
  return { action, owner, due: find(DUE_HEADER), ref: find(REF_HEADER) };
}
