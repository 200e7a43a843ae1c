import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';

/**
 * An outcome written in a table cell of minutes, on a line of its own: "Approved.", "£2500 approved.",
 * "Granted." (GUIDELINES: outcomes recorded in table cells are resolutions of the body whose minutes
 * they are). Refusals and rejections decide against the application: no record. "Agreed." alone is
 * left out: parish minutes write it under an item's heading too, where the item is the record.
 */
const OUTCOME_CELL = /^[ \t]*((?:[£$€][\d,]+(?:\.\d{2})?[ \t]+)?(?:approved|granted)\.?)[ \t]*$/gim;
/** An allocation under the outcome, one per line: "Four Oaks - £400". */
const ALLOCATION_LINE = /^[ \t]*[A-Z][\w’' ]{1,40}?[ \t]*[-–][ \t]*[£$€][\d,]+(?:\.\d{2})?[ \t]*$/;

export function findOutcomeCells(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(OUTCOME_CELL)) {
    const start = m.index + m[0].indexOf(m[1]!);
    let end = start + m[1]!.length;
    const following = text.slice(m.index + m[0].length).split('\n').slice(1, 12);
    // "Approved. / Committee resolved to fund from ...": the resolution finder reads that sentence.
    if (following[0] !== undefined && /\bresolved\b/i.test(following[0])) continue;
    let pos = m.index + m[0].length + 1;
    for (const line of following) {
      if (!ALLOCATION_LINE.test(line)) break;
      end = pos + line.trimEnd().length;
      pos += line.length + 1;
    }
    out.push(clauseCandidate('resolution', null, start, end));
  }
  return out;
}
