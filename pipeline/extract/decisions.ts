import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { findCues, operativeClauses } from './operative.ts';
import { isProcedural } from './procedural.ts';
import { tidyClause } from './span.ts';

/**
 * The decision section of a decision notice or record of decision: a "Decision:" heading, or the
 * decision maker's own words ("I agree to:", "Cabinet agree to:").
 */
const DECISION_CUE = /^(?:(?:the\s+)?decisions?(?:\s+taken|\s+made)?\s*[:.]?\s*$|DECISION\s*[:.]\s*)|(?:(?:^As\s[^\n]{0,150}?,?\s*)?\bI\s+(?:agree|have\s+decided|approve)\s+(?:to\s*)?:\s*$)|(?:^[A-Z][\w ]{0,40}\bagrees?\s+to\s*:\s*$)/gim;

/**
 * Decisions of a decision notice; in a proposed record of decision the same clauses are
 * recommendations (proposed, not yet taken).
 */
export function findDecisions(input: FinderInput): Candidate[] {
  const { document, blocks, meta } = input;
  const kind = meta.doc_type === 'proposed_decision' ? 'recommendation' : 'decision';
  // A notice records one decision section; minutes print one under each item ("Decision / The
  // Committee agreed:- (1) ..."), and every one counts.
  const notice = meta.doc_type === 'decision_notice' || meta.doc_type === 'proposed_decision';
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const cue of findCues(document, blocks, DECISION_CUE)) {
    // In minutes only a "Decision:" section records a decision; "Cabinet agree to:" there is a resolution's lead-in.
    if (meta.doc_type !== 'decision_notice' && meta.doc_type !== 'proposed_decision' && !/^\s*decision/i.test(document.text.slice(cue.start, cue.end))) continue;
    for (const clause of operativeClauses(document, blocks, cue)) {
      const tidy = tidyClause(document.text, clause);
      if (!tidy) continue;
      const key = `${tidy.start}:${tidy.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const words = document.text.slice(tidy.start, tidy.end);
      if (notice) {
        out.push(clauseCandidate(kind, tidy.label, tidy.start, tidy.end));
        continue;
      }
      // In minutes: what the body recommends to another body is a recommendation (GUIDELINES); the
      // minute of the last meeting approved is procedural.
      const recommends = /^(?:to\s+)?recommend\w*\s+to\b/i.test(words.trim());
      out.push(clauseCandidate(recommends ? 'recommendation' : kind, tidy.label, tidy.start, tidy.end, !recommends && isProcedural(words)));
    }
    if (!notice) continue;
    // The first decision section is the decision; later mentions are narrative.
    if (out.some((c) => document.text.slice(c.start, c.end).split(/\s+/).length >= 5)) break;
    out.length = 0;
  }
  return out;
}
