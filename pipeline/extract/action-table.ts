import type { Candidate, FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';
import { columnNamed, tablesOf, type Cell } from './table-cells.ts';

/**
 * Action logs printed as tables (GUIDELINES: "a row of an action log", "action-point tables (owner,
 * due)"): a header row naming an action column and an owner column, then one action per row, its span
 * the action cell, its actor the owner cell, its due the due cell (a date as ISO, else the phrase as
 * written: "Next meeting"), its label the reference cell. Tables are read in every format, plain text
 * laid out in columns included (table-cells.ts).
 */
const ACTION_HEADER = /^(?:(?:agreed\s+|management\s+|agreed\s+management\s+)?actions?(?:\s+(?:points?|required|agreed|to\s+be\s+taken))?|tasks?|what|(?:implementation\s+|next\s+)?steps?|follow[- ]?ups?)$/i;
const OWNER_HEADER = /^(?:owner|(?:officer|person|member)s?\s+responsible|responsible(?:\s+(?:officer|person|member|body))?|responsibility|lead(?:\s+officer)?|who|by\s+whom|action\s+by|assigned\s+to|officer)$/i;
const DUE_HEADER = /^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due|timescale|date)$/i;
const REF_HEADER = /^(?:ref(?:erence)?\.?|no\.?|#|item|action\s+no\.?|id)$/i;
/** A due cell that names no time: no due. */
const NO_DUE = /^(?:-+|–|—|n\/a|none|tbc|tba|ongoing)?$/i;

interface Columns {
  action: number;
  owner: number;
  due: number | null;
  ref: number | null;
}

export function findActionTableRows(input: FinderInput): Candidate[] {
  const out: Candidate[] = [];
  for (const table of tablesOf(input.document.text, input.blocks, (header) => columnsOf(header) !== null)) {
    const columns = columnsOf(table.header)!;
    for (const row of table.rows) {
      const action = actionOfRow(row.cells, columns);
      if (action) out.push(action);
    }
  }
  return out;
}

/** The action a row of an action log gives; null for a row with no action in it. */
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


/** The columns of an action log's header row; null when the row is no such header. */
function columnsOf(header: readonly Cell[]): Columns | null {
  const action = columnNamed(header, ACTION_HEADER);
  const owner = columnNamed(header, OWNER_HEADER);
  if (action === null || owner === null || action === owner) return null;
  return { action, owner, due: columnNamed(header, DUE_HEADER), ref: columnNamed(header, REF_HEADER) };
}
