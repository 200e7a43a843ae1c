import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { columnNamed, tablesOf, type Cell } from './table-cells.ts';

/**
 * Grants awarded in a table of minutes ("Applicant | Purpose | Requested | Awarded", in any format):
 * an outcome recorded in a table cell is a resolution of the body whose minutes they are (GUIDELINES),
 * so each row whose awarded cell gives an amount (or says approved) is one, its span the whole row.
 * A row declined, deferred or awarded nothing decides against the application, or not yet: no record.
 */
const APPLICANT_HEADER = /^(?:applicants?|organi[sz]ations?|groups?|clubs?|recipients?|name\s+of\s+(?:applicant|organi[sz]ation|group))$/i;
const AWARDED_HEADER = /^(?:awarded|amount\s+awarded|grant\s+awarded|award|agreed|amount\s+agreed|approved|amount\s+approved)$/i;
/** "£500.00", "$1,200", "£400 approved", "Approved": an award. "Nil", "£0", "Declined", "Deferred": none. */
const AWARD = /^(?:[£$€]\s?(?!0+(?:\.0+)?\b)[\d,]+(?:\.\d{2})?(?:\s+(?:approved|agreed|awarded))?|approved|agreed|awarded|granted)\.?$/i;

export function findAwardTableRows(input: FinderInput): Candidate[] {
  const out: Candidate[] = [];
  const isAwardTable = (header: readonly Cell[]): boolean => columnNamed(header, APPLICANT_HEADER) !== null && columnNamed(header, AWARDED_HEADER) !== null;
  for (const table of tablesOf(input.document.text, input.blocks, isAwardTable)) {
    const awarded = columnNamed(table.header, AWARDED_HEADER)!;
    for (const row of table.rows) {
      const cell = row.cells[awarded];
      // A "Total" row sums the awards; it awards nothing of its own.
      if (/^(?:grand\s+|sub-?\s*)?totals?\b/i.test(row.cells[0]?.text.trim() ?? '')) continue;
      if (cell && AWARD.test(cell.text)) out.push(clauseCandidate('resolution', null, row.start, row.end));
    }
  }
  return out;
}
