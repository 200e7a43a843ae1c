import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { disposesOfNothing } from './deferral.ts';
import { tidyClause } from './span.ts';

/*
 * A two-column table of an item's particulars, as planning committees publish each application
 * ("Application number | 25/01873/FUL", "Officer recommendation | Approve subject to conditions",
 * "Decision | APPROVED subject to conditions 1–9 ..."): the row named "Officer recommendation" is a
 * recommendation, the row named "Decision" a decision (GUIDELINES: the "Decision" section of a meeting
 * page). A decision that decided nothing (refused, deferred, withdrawn) gives no record.
 */
const RECOMMENDATION_KEY = /^(?:(?:planning\s+)?officers?['’]?s?\s+)?recommendations?$/i;
const DECISION_KEY = /^(?:committee['’]?s?\s+)?decisions?$/i;
/** How readers join the cells of a table row (table-cells.ts). */
const CELL_SEPARATOR = ' | ';
const DECIDED_NOTHING = /^(?:refused|rejected|deferred|withdrawn|not\s+determined|no\s+decision)\b/i;

export function findKeyValueRows(input: FinderInput): Candidate[] {
  const { text } = input.document;
  const proposes = input.meta.doc_type === 'report' || input.meta.doc_type === 'agenda';
  const out: Candidate[] = [];
  for (const block of input.blocks) {
    if (block.kind !== 'table_row') continue;
    const row = text.slice(block.contentStart, block.end);
    const at = row.indexOf(CELL_SEPARATOR);
    if (at < 0 || row.indexOf(CELL_SEPARATOR, at + CELL_SEPARATOR.length) >= 0) continue;
    const key = row.slice(0, at).trim();
    // (A report's "Decision" row is the decision it asks for, not one taken: only its recommendation counts.)
    const kind = RECOMMENDATION_KEY.test(key) ? 'recommendation' : DECISION_KEY.test(key) && !proposes ? 'decision' : null;
    if (kind === null) continue;
    const value = row.slice(at + CELL_SEPARATOR.length);
    const words = value.trim();
    // A header row of a table of decisions ("Decision | Reasons for decision") names columns, decides nothing.
    if (words.split(/\s+/).length < 3 || /^reasons?\b/i.test(words)) continue;
    if (kind === 'decision' && (DECIDED_NOTHING.test(words) || disposesOfNothing(words))) continue;
    const start = block.contentStart + at + CELL_SEPARATOR.length + (value.length - value.trimStart().length);
    const tidy = tidyClause(text, { label: null, start, end: start + words.length });
    if (tidy) out.push(clauseCandidate(kind, null, tidy.start, tidy.end, false));
  }
  return out;
}
