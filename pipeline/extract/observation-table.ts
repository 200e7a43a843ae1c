import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { columnNamed, tablesOf } from './table-cells.ts';

/**
 * A council's observations on planning applications minuted as a table ("Ref | Site | Proposal |
 * Observation", under "RESOLVED to submit the observations shown"): each application the committee
 * commented on is a resolution of the body (GUIDELINES: outcomes recorded in table cells), its span the
 * whole row (the reference and proposal say what the comment is about), its label the reference.
 * A row deferred, or with no comment yet (an agenda's empty column), gives nothing.
 */
const OBSERVATION_HEADER = /^(?:(?:the\s+)?(?:(?:town|parish|community|city)\s+)?council(?:['’]s)?\s+)?(?:observations?|comments?|responses?|views?)(?:\s*(?:\/|and|&)\s*(?:observations?|comments?|recommendations?))?$/i;
const APPLICATION_HEADER = /^(?:(?:application\s+)?(?:ref(?:erence)?\.?|no\.?|number)|application|app(?:lication)?\s+no\.?|plan(?:ning)?\s+ref(?:erence)?\.?)$/i;
const NO_COMMENT = /^(?:-+|–|—|n\/a|none|tbc)?$|\b(?:deferred|adjourned|withdrawn|not\s+considered|to\s+be\s+considered)\b/i;

export function findObservationRows(input: FinderInput): Candidate[] {
  if (input.meta.doc_type !== 'minutes' && input.meta.doc_type !== 'other') return [];
  const text = input.document.text;
  const out: Candidate[] = [];
  const isHeader = (header: Parameters<typeof columnNamed>[0]) => columnNamed(header, OBSERVATION_HEADER) !== null && columnNamed(header, APPLICATION_HEADER) !== null;
  for (const table of tablesOf(text, input.blocks, isHeader)) {
    const observation = columnNamed(table.header, OBSERVATION_HEADER)!;
    const reference = columnNamed(table.header, APPLICATION_HEADER)!;
    for (const row of table.rows) {
      const comment = row.cells[observation]?.text.trim() ?? '';
      if (NO_COMMENT.test(comment)) continue;
      const label = row.cells[reference]?.text.trim() || null;
      out.push(clauseCandidate('resolution', label, row.start, row.end));
    }
  }
  return out;
}
