import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import type { Cue } from './operative.ts';

/**
 * Resolutions printed under their number, as Australian, New Zealand and Canadian councils (and many
 * others) minute them ("Resolution CO/2026/3", "COUNCIL RESOLUTION OCM 2026/039", "CW-2026-041"):
 *
 *   Resolution CO/2026/3
 *   Moved: Cr Smith
 *   Seconded: Cr Jones
 *   That the Council:
 *   a) Receives the report ...
 *   CARRIED
 *
 * The number line, then the mover and seconder lines, then the operative "That ...". Each gives a cue
 * for the ordinary resolution machinery (the words after "That", the list a lead-in announces), with
 * the number as the label of a single-clause resolution. A motion whose outcome line says it was lost,
 * withdrawn or lapsed gives nothing (a lost motion is usually printed without a number anyway).
 */
const NUMBER_LINE = /^(?:(?:Council|Committee|Board)\s+)?(?:Resolution\s*(?:No\.?|Number|#)?\s*:?\s*)?([A-Z]{0,8}[ /-]?\d{2,4}(?:[/.-]\d{1,5}){1,2})\s*(?:\([^)]{0,80}\))?\s*(?:\|[^\n]*)?$/i;
const MOVER_LINE = /^(?:Moved|Seconded|Proposed|Second)(?:\s+by)?(?:\s*[:.-]?\s*\S|\s*$)/i;
/** The names under a two-column "Moved:   Seconded:" heading ("Cr Halloran        Cr Walsh"), or under "Moved" alone. */
const MOVER_NAMES_LINE = /^(?:(?:Mayor\s+)?(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Alderman|Member|Chairperson|Chair|Deputy\s+Chairperson)\.?\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*){1,2}$/;
/**
 * "That ...", and what one body recommends to another ("THAT Committee of the Whole recommend to
 * Council that ..."): that lead-in is left out, and the clauses are recommendations (GUIDELINES).
 */
const OPERATIVE_START = /^(?:(?:NOW,?\s+THEREFORE,?\s+|Now,?\s+therefore,?\s+)?(?:BE\s+IT\s+RESOLVED|Be\s+it\s+resolved)\s+)?(?:That|THAT|that)\b[:,]?\s*(?<recommends>(?:the\s+)?[A-Z][\w ]{0,60}?\brecommends?\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?(?:\s+that\b[:,]?|:)\s*)?/;
/** "Community Board Recommendation to Council" above movers and "That the Council: ...": what the body recommends to another. */
const RECOMMENDATION_HEADING = /^(?:[A-Z][\w’' ]{0,60}\s)?Recommendations?\s+to\s+(?:the\s+)?(?:Governing\s+Body|[A-Z][\w ]{0,40})$/;
const OUTCOME_LINE = /^(?:Motion\s+)?(CARRIED|LOST|DEFEATED|WITHDRAWN|LAPSED|FAILED)\b/i;
/** How many mover and seconder lines may stand between the number and the words. */
const MAX_MOVER_LINES = 4;
/**
 * Recitals between the movers and the operative words ("WHEREAS ...; and" / "NOW THEREFORE BE IT
 * RESOLVED THAT ..."): not part of the resolution (GUIDELINES), skipped, a recital possibly running
 * over several lines.
 */
const RECITAL_LINE = /^(?:WHEREAS|Whereas)\b/;
const MAX_RECITAL_LINES = 16;

export interface NumberedCue {
  cue: Cue;
  /** The resolution's number, as printed ("CO/2026/3"); null under a heading without one. */
  number: string | null;
  /** The body recommends to another: the clauses are recommendations. */
  recommends: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The document's lines, trimmed, with their offsets: the pattern is read line by line, whatever the blocks. */
function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const trimmed = m[0].trim();
    if (trimmed !== '') out.push({ start: m.index + lead, end: m.index + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/**
 * Cues for the numbered resolutions of a document. Read by lines, not blocks: a plain-text reader
 * groups the number, movers and words into one paragraph, a PDF reader may split them.
 */
export function numberedResolutionCues(document: NormalisedDocument, blocks: readonly Block[]): NumberedCue[] {
  const lines = linesOf(document.text);
  const out: NumberedCue[] = [];
  lines.forEach((line, i) => {
    const number = NUMBER_LINE.exec(line.text);
    const toOtherBody = number ? null : RECOMMENDATION_HEADING.exec(line.text);
    if (!number && !toOtherBody) return;
    let k = i + 1;
    while (k < lines.length && k - i <= MAX_MOVER_LINES && (MOVER_LINE.test(lines[k]!.text) || (k > i + 1 && MOVER_NAMES_LINE.test(lines[k]!.text)))) k++;
    k = afterRecitals(lines, k);
    const words = lines[k];
    if (!words) return;
    const opening = OPERATIVE_START.exec(words.text);
    if (!opening || !carried(lines, k)) return;
    const blockIndex = blocks.findIndex((b) => b.contentStart <= words.start && words.start < b.end);
    if (blockIndex < 0) return;
    out.push({ cue: { blockIndex, start: words.start, end: words.start + opening[0].length, limit: blocks[blockIndex]!.end }, number: number ? number[1]! : null, recommends: toOtherBody !== null || opening.groups?.recommends !== undefined });
  });
  return out;
}

/** The line after the recitals that open at line `k` (k itself when none do): the operative words. */
function afterRecitals(lines: readonly Line[], k: number): number {
  if (!lines[k] || !RECITAL_LINE.test(lines[k]!.text)) return k;
  for (let j = k + 1; j < lines.length && j - k <= MAX_RECITAL_LINES; j++) {
    if (OPERATIVE_START.test(lines[j]!.text) && !RECITAL_LINE.test(lines[j]!.text)) return j;
    if (NUMBER_LINE.test(lines[j]!.text) || OUTCOME_LINE.test(lines[j]!.text)) return k;
  }
  return k;
}

/** A motion moved while the resolution was before the meeting: an "Amendment" heading, or another "Moved by". */
const INNER_MOTION = /^(?:Amendment|Motion\s+to\s+amend|Moved(?:\s+by)?\b)/i;

/**
 * False when the outcome line of the motion (before the next number) says it was not carried. An
 * amendment moved in between has its own outcome first ("Amendment ... DEFEATED", then "The main
 * motion was then put ... CARRIED"): that one is passed over.
 */
function carried(lines: readonly Line[], from: number): boolean {
  let innerMotions = 0;
  for (let k = from + 1; k < lines.length && k <= from + 60; k++) {
    if (NUMBER_LINE.test(lines[k]!.text)) return true;
    if (INNER_MOTION.test(lines[k]!.text)) {
      // "Moved by X / Seconded by Y" under an "Amendment" heading is that one motion.
      if (!(/^Moved/i.test(lines[k]!.text) && INNER_MOTION.test(lines[k - 1]!.text) && /^Amendment|^Motion/i.test(lines[k - 1]!.text))) innerMotions++;
      continue;
    }
    const outcome = OUTCOME_LINE.exec(lines[k]!.text);
    if (!outcome) continue;
    if (innerMotions > 0) {
      innerMotions--;
      continue;
    }
    return outcome[1]!.toUpperCase() === 'CARRIED';
  }
  return true;
}
