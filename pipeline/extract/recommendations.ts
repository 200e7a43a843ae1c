import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { findCues, operativeClauses } from './operative.ts';
import { normaliseSpace, tidyClause } from './span.ts';

/**
 * Where a report or minutes recommend: a "Recommendation(s):" heading, "X is asked to", "It is
 * recommended that", "RECOMMENDED to Council that", "Council is recommended to approve:".
 */
const RECOMMENDATION_CUE =
  /(?:^\s*(?:\d+(?:\.\d+)*\.?\s+)?RECOMMENDATIONS?(?:\s*\(S\))?(?:\s+TO\s+[A-Z ]+)?\s*[:.]?\s*|^\s*(?:\d+(?:\.\d+)*\.?\s+)?Recommendations?(?:\s*\(s\))?(?:\s+to\s+[A-Z][\w ]+)?\s*[:.]?\s*(?=$|[A-Z(])|(?:^|(?<=[.:]\s))(?:[A-Z][\w’' ]{0,60}?\s)?(?:is|are)\s+(?:therefore\s+)?(?:asked|recommended|requested|invited)\s+to(?:\s*:\s*|\s+(?=\w)(?=(?:agree|approve|note|consider|endorse|resolve|adopt|recommend|delegate|authori|comment|decide|confirm)))|\bIt\s+is\s+(?:therefore\s+)?recommended\s+that\s*:?\s*|\bRECOMMENDED\b(?:\s+to\s+(?:full\s+)?Council)?\s*(?:that\b)?\s*[:–—-]?\s*)/gm;

/** Recommendations; one printed twice in a report (summary box and its section) is one record. */
export function findRecommendations(input: FinderInput): Candidate[] {
  const { document, blocks, meta } = input;
  if (meta.doc_type === 'motion') return [];
  const out: Candidate[] = [];
  const seen: Set<string>[] = [];
  for (const cue of findCues(document, blocks, RECOMMENDATION_CUE)) {
    for (const clause of operativeClauses(document, blocks, cue)) {
      const tidy = tidyClause(document.text, clause);
      if (!tidy) continue;
      const words = normaliseSpace(document.text.slice(tidy.start, tidy.end)).toLowerCase();
      if (words.split(' ').length < 3) continue;
      const tokens = new Set(words.match(/[\p{L}\p{N}]+/gu) ?? []);
      // Printed twice (summary and its section, perhaps with "8.1" or a different lead-in): one record,
      // the labelled clause of the recommendations section rather than an unlabelled summary.
      const twin = seen.findIndex((other) => overlapRatio(tokens, other) >= 0.8);
      if (twin >= 0) {
        if (out[twin]!.label === null && tidy.label !== null) {
          out[twin] = clauseCandidate('recommendation', tidy.label, tidy.start, tidy.end);
          seen[twin] = tokens;
        }
        continue;
      }
      seen.push(tokens);
      out.push(clauseCandidate('recommendation', tidy.label, tidy.start, tidy.end));
    }
  }
  return out;
}

/** Shared words over the words of the smaller set. */
function overlapRatio(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
