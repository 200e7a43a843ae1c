/**
 * Text quoted in minutes that is not what the meeting decided: another body's decision quoted as
 * background, and a motion or amendment as it was moved (its fate is told after it). Shared by the
 * finders of resolutions and of actions.
 */

/**
 * 'The decision of Cabinet was: "RESOLVED that: (1) ..."': another body's resolution (or an earlier
 * one) quoted as background, as a call-in or an appeal prints the decision it examines (GUIDELINES:
 * what other bodies or earlier meetings decided is no record of the document). The cue opens a
 * quotation introduced as a decision or resolution that was, or that reads.
 */
export function quotesAnotherDecision(text: string, cueStart: number): boolean {
  const before = text.slice(Math.max(0, cueStart - 250), cueStart);
  const quoted = /["“‘]\s*$/.exec(before);
  if (!quoted) return false;
  const lead = before.slice(0, quoted.index).split(/[.;]\s/).pop() ?? '';
  return /\b(?:decision|resolution)s?\b[^:\n]{0,80}\b(?:was|were|reads?|read|stated?|as\s+follows)\s*:?\s*$/i.test(lead.replace(/\s+/g, ' '));
}

/**
 * 'Councillor X had given notice of the following motion: "This Council notes ... This Council resolves
 * to ask ..."': the motion as proposed, inside its quotation. It is a record only when the minutes
 * say it was adopted (findAdoptedMotions reads it then); a motion referred, lost or withdrawn is none.
 */
export function insideProposedMotion(text: string, cueStart: number): boolean {
  const before = text.slice(Math.max(0, cueStart - 800), cueStart);
  const curly = before.lastIndexOf('“');
  const straight = before.lastIndexOf('"');
  const open = Math.max(curly, straight);
  if (open < 0) return false;
  // Still inside the quotation: no closing quote after the opening one.
  if (open === curly ? before.indexOf('”', open) >= 0 : (before.match(/"/g) ?? []).length % 2 === 0) return false;
  return PROPOSED_TEXT_LEAD.test(before.slice(Math.max(0, open - 200), open).replace(/\s+/g, ' '));
}

const PROPOSED_TEXT_LEAD = /\b(?:notice\s+of\s+the\s+following\s+motion|(?:moved|proposed|submitted|seconded|tabled)\b[^."“]{0,120}?\bthe\s+following\s+(?:motion|amendment)|the\s+following\s+(?:notice\s+of\s+)?(?:motion|amendment)\b[^."“]{0,120}?\b(?:was|were|had\s+been)\s+(?:moved|proposed|submitted|tabled|lodged)\b[^."“]{0,80}?)\s*:?\s*$/i;
