import type { Block } from '../../schemas/document.ts';
import type { Candidate, FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';

/**
 * Action logs printed as tables (GUIDELINES: "a row of an action log", "action-point tables (owner,
 * due)"): a header row naming an action column and an owner column, then one action per row, its span
 * the action cell, its actor the owner cell, its due the due cell (a date as ISO, else the phrase as
 * written: "Next meeting"), its label the reference cell. Readers give table rows as blocks whose
 * text is the cells joined by " | " (markdown, HTML, DOCX); plain text and PDF tables are not read here.
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
      continue;
    }
    const cells = cellsOf(document.text, block);
    const header = columnsOf(cells);
    if (header) {
      columns = header;
      continue;
    }
    if (!columns) continue;
    const action = cells[columns.action];
    if (!action || !/\p{L}/u.test(action.text)) continue;
    const owner = cells[columns.owner]?.text.trim() || null;
    const dueText = columns.due === null ? '' : cells[columns.due]?.text.trim() ?? '';
    const ref = columns.ref === null ? null : cells[columns.ref]?.text.trim() || null;
    out.push({
      kind: 'action',
      label: ref,
      start: action.start,
      end: action.end,
      procedural: false,
      actor: owner,
      due: NO_DUE.test(dueText) ? null : parseUkDate(dueText) ?? dueText,
      parent: null,
    });
  }
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
