import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { disposesOfNothing } from './deferral.ts';
import { columnNamed, tablesOf, type Cell } from './table-cells.ts';

/*
 * A register of decisions made under delegation, as councils report them ("No. | Decision | Delegate |
 * Date"): each row's decision cell is a decision of the officer who made it (GUIDELINES: a decision is
 * what a decision maker decided). A row that decided nothing ("Not approved", "Decision deferred
 * pending ...", "Withdrawn.") gives no record, as a refused application or a deferred item gives none.
 * Only a table with a column naming who decided: a "Decision" column alone is the outcome column of
 * minutes laid out as a table (decision-table.ts).
 */
const DECISION_HEADER = /^decisions?(?:\s+(?:made|taken))?$/i;
const DECIDED_BY_HEADER = /^(?:delegate|delegated\s+(?:officer|to|by)|decision[- ]?maker|decided\s+by|made\s+by|(?:responsible\s+)?officer|approved\s+by)$/i;
const REF_HEADER = /^(?:no\.?|number|ref(?:erence)?\.?|#|id)$/i;
const DECIDED_NOTHING = /\b(?:not\s+approved|withdrawn|declined|refused|rejected|deferred|no\s+decision)\b/i;

/** A register's header row: a decision column and a column naming who decided. */
export function isRegisterHeader(header: readonly Cell[]): boolean {
  return columnNamed(header, DECISION_HEADER) !== null && columnNamed(header, DECIDED_BY_HEADER) !== null;
}

export function findRegisterDecisions(input: FinderInput): Candidate[] {
  const { text } = input.document;
  const out: Candidate[] = [];
  for (const table of tablesOf(text, input.blocks, isRegisterHeader)) {
    const decision = columnNamed(table.header, DECISION_HEADER)!;
    const ref = columnNamed(table.header, REF_HEADER);
    for (const row of table.rows) {
      const cell = row.cells[decision];
      if (!cell) continue;
      const words = cell.text.trim();
      if (words.length < 10 || DECIDED_NOTHING.test(words) || disposesOfNothing(words)) continue;
      const start = cell.start + (cell.text.length - cell.text.trimStart().length);
      const label = ref === null ? null : row.cells[ref]?.text.trim().replace(/\*+$/, '') || null;
      out.push(clauseCandidate('decision', label, start, start + words.length));
    }
  }
  return out;
}
