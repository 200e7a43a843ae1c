import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { findCues, operativeClauses } from './operative.ts';
import { isProcedural } from './procedural.ts';
import { tidyClause } from './span.ts';

/**
 * The formal outcome words of minutes: "RESOLVED that", "Resolved:", "It was resolved to",
 * "FURTHER RESOLVED", "And Resolved:", "the Committee resolved to", "AGREED:", "DECIDED:".
 * Lower-case "resolved" counts only before "that"/"to", so "the issue was resolved" is no cue.
 */
const RESOLVED_CUE =
  /(?:\b(?:[Ii]t\s+was|IT\s+WAS|[Aa]nd|AND|[Ff]urther|FURTHER)\s+)?(?:(?:[Uu]nanimously|UNANIMOUSLY)\s+)?(?:\bRESOLVED\b|\bResolved\b(?=\s*(?:[:–—-]|that\b|to\b|,))|\bresolved\b(?=\s+(?:that|to)\b)|\b(?:AGREED|DECIDED)\b(?=\s*(?:[:–—-]|that\b|to\b)))(?:\s+(?:unanimously|UNANIMOUSLY))?\s*[:–—-]?\s*(?:(?:that|THAT|That)\b[:,]?\s*)?/g;

/** "Resolved: (For information only)" and the like record nothing. */
const NOTHING_DECIDED = /^\(?\s*(?:for information(?: only)?|no action|none|n\/a|noted)\s*\)?\.?$/i;

/** Resolutions in minutes: each clause a cue governs. Recommendations to another body are found elsewhere. */
export function findResolutions(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const out: Candidate[] = [];
  for (const cue of findCues(document, blocks, RESOLVED_CUE)) {
    const cueWords = document.text.slice(cue.start, cue.end);
    // "RESOLVED to recommend to Council" and "RECOMMENDED" are recommendations; handled by that finder.
    const after = document.text.slice(cue.end, cue.end + 40);
    const kind = /^(?:to\s+)?recommend/i.test(after) ? 'recommendation' : 'resolution';
    void cueWords;
    for (const clause of operativeClauses(document, blocks, cue)) {
      const tidy = tidyClause(document.text, clause);
      if (!tidy) continue;
      const words = document.text.slice(tidy.start, tidy.end);
      if (NOTHING_DECIDED.test(words.trim())) continue;
      out.push(clauseCandidate(kind, tidy.label, tidy.start, tidy.end, kind === 'resolution' && isProcedural(words)));
    }
  }
  return out;
}
