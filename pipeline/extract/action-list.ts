import type { Block } from '../../schemas/document.ts';
import type { Candidate, FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';
import { tidyClause } from './span.ts';
import { dueOf } from './actions.ts';

/**
 * Action points listed under an actions heading, each with its owner and due date on labelled lines
 * (GUIDELINES: "an explicit action point", "a row of an action log"):
 *
 *   ACTIONS ARISING FROM MINUTE 61
 *   1.  Send the referral letter to the Leader of the Council.
 *       Owner: Democratic Services Officer             Due: 13 March 2026
 *
 * The action is the item's words before its first field line; the owner is its actor, the due its due
 * date (ISO when a full date, else the phrase as written: "before the Cabinet meeting on 24 March").
 * The list runs from the heading to the first block that is not one of its items. Last meeting's
 * actions carried forward ("Actions from the last meeting") are reported, not set, and are left out.
 */
const ACTIONS_HEADING = /^(?:agreed\s+|new\s+)?actions?(?:\s+(?:points?|agreed|arising|list|summary|required)\b[^\n]{0,60})?\s*:?$/i;
const REPORTED = /\b(?:previous|last|earlier|outstanding|carried\s+forward)\b/i;
// A field's label may follow the one before on the same line after a single space (PDF text keeps no runs of spaces).
const OWNER_FIELD = /(?:^|\s)(?:Owner|Responsible(?:\s+officer)?|Lead(?:\s+officer)?|Action\s+by)\s*:\s*/i;
const DUE_FIELD = /(?:^|\s)(?:Due(?:\s+date)?|By\s+when|Deadline|Target(?:\s+date)?|Timescale)\s*:\s*/i;

/**
 * Directions given by the body as a list: "By consensus, the Council gave the following direction to
 * staff: • Return to Council by May 26, 2026 with ... • Hold two outreach meetings ...", "Staff were
 * directed to:". Each item is an action of the one directed.
 */
const DIRECTION_LEAD_IN = /\b(?:gave\s+(?:the\s+)?following\s+directions?\s+to|directed|directions?\s+(?:was|were)\s+given\s+to|instructed)\s+(staff|officers|the\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?:\s+to)?\s*:\s*$|\b(Staff|Officers)\s+(?:was|were)\s+(?:directed|instructed|asked)\s+to\s*:\s*$|\bgave\s+(staff|officers|the\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+the\s+following\s+directions?\b[^:]{0,100}:\s*$/;

export function findActionListItems(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const words = text.slice(block.contentStart, block.end).trim();
    const heading = !words.includes('\n') && ACTIONS_HEADING.test(words) && !REPORTED.test(words);
    const directed = heading ? null : DIRECTION_LEAD_IN.exec(words);
    if (!heading && !directed) return;
    for (let k = i + 1; k < blocks.length && blocks[k]!.kind === 'list_item'; k++) {
      const action = heading ? actionOfItem(text, blocks[k]!) : directionOfItem(text, blocks[k]!, (directed![1] ?? directed![2] ?? directed![3])!);
      if (action) out.push(action);
    }
  });
  return out;
}

/** One listed direction: the item's words, the one directed its actor, its due the date it names, if any. */
function directionOfItem(text: string, item: Block, actor: string): Candidate | null {
  const tidy = tidyClause(text, { label: null, start: item.contentStart, end: item.end });
  if (!tidy) return null;
  return { kind: 'action', label: null, start: tidy.start, end: tidy.end, procedural: false, actor, due: dueOf(text.slice(tidy.start, tidy.end)), parent: null };
}

/** The action an item of the list gives: its words up to the first field, with the fields' owner and due. */
function actionOfItem(text: string, item: Block): Candidate | null {
  const content = text.slice(item.contentStart, item.end);
  const owner = fieldValue(content, OWNER_FIELD);
  const due = fieldValue(content, DUE_FIELD);
  // Without an owner or a due line, the item is no action point of this layout (another finder reads it).
  if (owner === null && due === null) return null;
  const firstField = Math.min(...[OWNER_FIELD, DUE_FIELD].map((field) => field.exec(content)?.index ?? content.length));
  const tidy = tidyClause(text, { label: item.marker, start: item.contentStart, end: item.contentStart + firstField });
  if (!tidy || !/\p{L}/u.test(text.slice(tidy.start, tidy.end))) return null;
  return { kind: 'action', label: tidy.label, start: tidy.start, end: tidy.end, procedural: false, actor: owner, due: due === null ? null : parseUkDate(due) ?? due, parent: null };
}

/** A field's value: from its label to the next field on the line (two spaces or more before it) or the item's end, on one line. */
function fieldValue(content: string, field: RegExp): string | null {
  const m = field.exec(content);
  if (!m) return null;
  const rest = content.slice(m.index + m[0].length);
  const next = [OWNER_FIELD, DUE_FIELD].map((other) => other.exec(rest)?.index ?? rest.length);
  const value = rest.slice(0, Math.min(...next)).replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}
