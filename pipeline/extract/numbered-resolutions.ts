import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import { RECITAL, type Cue } from './operative.ts';

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
/** A resolution's number as printed: "CO/2026/3", "OCM 2026/039", "B26-035", "2026-051" (after "RES. #": "A38/26"). */
const RESOLUTION_NUMBER = String.raw`[A-Z]{0,8}[ /-]?\d{2,4}(?:[/.-]\d{1,5}){1,2}`;
// The movers may share the number's line: "2026-051   MOVED BY Councillor Hagen   SECONDED BY Councillor Okonkwo".
// (Not an outcome line with the resolution's number after it: "CARRIED 2026/051".)
const NUMBER_LINE = new RegExp(String.raw`^(?!(?:CARRIED|LOST|DEFEATED|WITHDRAWN|LAPSED|FAILED)\b)(?:(?:Council|Committee|Board)\s+)?(?:(?:Resolution|Res\.)\s*(?:No\.?|Number|#)?\s*:?\s*)?(${RESOLUTION_NUMBER})\s*(?:\([^)]{0,80}\))?\s*(?:\|[^\n]*|\s(?:MOVED|Moved)\s+(?:BY|by)\b[^\n]*)?$`, 'i');
/**
 * A resolution's heading without a number, the movers possibly on its line: "Committee Resolution –
 * Moved: Ms A Rao | Seconded: Cr T Brassington", "COUNCIL RESOLUTION". It stands where the number does.
 */
const UNNUMBERED_HEADING = /^(?:Council|Committee|Board|Panel)\s+Resolution\s*(?:[-–—:|]\s*(?:Moved|Proposed)\b[^\n]*)?$/i;
/** A number with the operative words after it on its line: "B26-041 THAT the Board:". */
const NUMBER_THEN_WORDS = new RegExp(String.raw`^(${RESOLUTION_NUMBER})\s+(?=(?:That|THAT)\b)`, '');
export const MOVER_LINE = /^(?:Moved|Seconded|Proposed|Second)(?:\s+by)?(?:\s*[:.-]?\s*\S|\s*$)/i;
/** A member as minutes name one in a mover line: "Cr Halloran", "Deputy Mayor Buckland", "Cllr. Ní Bhriain". */
const MEMBER_NAMED = String.raw`(?:(?:Mayor\s+)?(?:Cr|Cllr|Councillor|Mayor|Deputy\s+Mayor|Alderman|Member|Chairperson|Chair|Deputy\s+Chairperson)\.?\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)`;
/** Mover and seconder as a New Zealand minute prints them under the number: "Cr Whaanga / Cr Kinnaird". */
const SLASHED_MOVERS = new RegExp(String.raw`^${MEMBER_NAMED}\s*\/\s*${MEMBER_NAMED}$`);
/** The names under a two-column "Moved:   Seconded:" heading ("Cr Halloran        Cr Walsh"), or under "Moved" alone. */
const MOVER_NAMES_LINE = new RegExp(String.raw`^(?:${MEMBER_NAMED}\s*){1,2}$`);
/**
 * "That ...", and what one body recommends to another ("THAT Committee of the Whole recommend to
 * Council that ..."): that lead-in is left out, and the clauses are recommendations (GUIDELINES).
 */
const OPERATIVE_START = /^["“]?(?:(?:NOW,?\s+THEREFORE,?\s+|Now,?\s+therefore,?\s+)?(?:BE\s+IT\s+RESOLVED|Be\s+it\s+resolved)\s+)?(?:That|THAT|that)\b[:,]?\s*(?<recommends>(?:the\s+)?[A-Z][\w ]{0,60}?\brecommends?\s+to\s+(?:the\s+)?[A-Z][\w ]{0,40}?(?:\s+that\b[:,]?|:)\s*)?/;
/**
 * "Community Board Recommendation to Council" (or "Committee recommendation to Council") above movers
 * and "That the Council: ...": what the body recommends to another.
 */
const RECOMMENDATION_HEADING = /^(?:[A-Z][\w’' ]{0,60}\s)?[Rr]ecommendations?\s+to\s+(?:the\s+)?(?:Governing\s+Body|[A-Z][\w ]{0,40})$/;
/** "CARRIED", "Motion LOST", "The motion was put and LOST 3/4", and with the resolution's number before or after it: "B26-035 CARRIED", "CARRIED 2026/051". */
const OUTCOME_LINE = new RegExp(String.raw`^(?:(?:Resolution\s*(?:No\.?|Number|#)?\s*)?(${RESOLUTION_NUMBER})\s*[-–—:]?\s+)?(?:(?:The\s+)?(?:Chair\w*|Mayor|Cathaoirleach|Provost|Speaker)\s+declared\s+the\s+(?:substantive\s+|main\s+)?(?:motion|amendment|proposal)\s+(?:to\s+be\s+)?|(?:The\s+)?(?:substantive\s+|main\s+|alternate\s+|alternative\s+)?(?:motion|amendment|proposal)\s+(?:became\s+the\s+[\w ]{3,40}?\s+and\s+)?(?:was\s+)?(?:(?:then\s+)?put\s+(?:to\s+the\s+meeting\s+)?and\s+(?:declared\s+)?)?)?(CARRIED|LOST|DEFEATED|WITHDRAWN|LAPSED|FAILED)\b(?:[ \t]+(?:(?:Resolution|Res\.)\s*(?:No\.?|#)?\s*)?(${RESOLUTION_NUMBER})(?=[ \t]*$))?`, 'i');
/** How many mover and seconder lines may stand between the number and the words. */
const MAX_MOVER_LINES = 4;
/**
 * Recitals between the movers and the operative words ("WHEREAS ...; and" / "NOW THEREFORE BE IT
 * RESOLVED THAT ..."): not part of the resolution (GUIDELINES), skipped, a recital possibly running
 * over several lines.
 */
const MAX_RECITALS = 16;

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
    const numberAndWords = NUMBER_THEN_WORDS.exec(line.text);
    // (A heading without a number matches with no number group: the outcome line may give one.)
    const number = NUMBER_LINE.exec(line.text) ?? numberAndWords ?? UNNUMBERED_HEADING.exec(line.text);
    const toOtherBody = number ? null : RECOMMENDATION_HEADING.exec(line.text);
    // "MOVED Director A, SECONDED Director B, / THAT ...": movers with no number above them (one may
    // follow on the outcome line: "B26-035 CARRIED").
    // An "Amendment" heading above the movers makes the motion an amendment, not the body's resolution.
    const moversFirst = !number && !toOtherBody && MOVER_LINE.test(line.text) && !(i > 0 && (NUMBER_LINE.test(lines[i - 1]!.text) || MOVER_LINE.test(lines[i - 1]!.text) || RECOMMENDATION_HEADING.test(lines[i - 1]!.text) || INNER_MOTION.test(lines[i - 1]!.text)));
    // "The main motion, as amended, was then put:" over the amended words: read as movers are.
    const amendedPut = !number && !toOtherBody && !moversFirst && AMENDED_MOTION_PUT.test(line.text);
    if (!number && !toOtherBody && !moversFirst && !amendedPut) return;
    // The words on the number's own line ("B26-041 THAT the Board:"), else after the mover lines.
    let k = numberAndWords ? i : moversFirst ? i : i + 1;
    if (!numberAndWords) {
      while (k < lines.length && k - i <= MAX_MOVER_LINES && (MOVER_LINE.test(lines[k]!.text) || SLASHED_MOVERS.test(lines[k]!.text) || (k > i + 1 && MOVER_NAMES_LINE.test(lines[k]!.text)))) k++;
      k = afterRecitals(lines, k);
    }
    const words = lines[k];
    if (!words) return;
    const wordsStart = numberAndWords ? words.start + numberAndWords[0].length : words.start;
    const opening = OPERATIVE_START.exec(document.text.slice(wordsStart, words.end));
    if (!opening) return;
    const outcome = outcomeOf(lines, k);
    // Without a number, only an outcome line saying so makes the motion a resolution.
    if (!outcome.carried || ((moversFirst || amendedPut) && !outcome.stated)) return;
    const blockIndex = blocks.findIndex((b) => b.contentStart <= wordsStart && wordsStart < b.end);
    if (blockIndex < 0) return;
    out.push({
      cue: { blockIndex, start: wordsStart, end: wordsStart + opening[0].length, limit: blocks[blockIndex]!.end },
      number: number ? number[1] ?? outcome.number : outcome.number,
      recommends: toOtherBody !== null || opening.groups?.recommends !== undefined,
    });
  });
  return out;
}

/** The line after the recitals that open at line `k` (k itself when none do): the operative words. */
function afterRecitals(lines: readonly Line[], k: number): number {
  if (!lines[k] || !RECITAL.test(lines[k]!.text)) return k;
  for (let j = k + 1; j < lines.length && j - k <= MAX_RECITALS; j++) {
    if (OPERATIVE_START.test(lines[j]!.text) && !RECITAL.test(lines[j]!.text)) return j;
    if (NUMBER_LINE.test(lines[j]!.text) || OUTCOME_LINE.test(lines[j]!.text)) return k;
  }
  return k;
}

/**
 * The motion put again in its amended words, printed after the amendments: those words are what was
 * resolved, and the motion as first moved is not (its words were changed before the vote).
 */
const AMENDED_MOTION_PUT = /^(?:The\s+)?(?:main|substantive|original)\s+motion,?\s+as\s+amended,?\s+(?:was\s+)?(?:then\s+)?put\s*:\s*$/i;

/** OUTCOME_LINE at a line's start, or told in a sentence after another ("... declared the amendment lost. The substantive proposal was then put"). */
const OUTCOME_IN_LINE = new RegExp(String.raw`(?:^|(?<=[.;]\s+))(?:${OUTCOME_LINE.source.slice(1)})`, 'gi');

/**
 * The outcomes told from line k on, each starting in line k: a sentence may wrap onto the next line
 * ("The substantive proposal was then put\nto the meeting and declared carried.").
 */
function outcomesStartingIn(lines: readonly Line[], k: number): RegExpExecArray[] {
  const own = lines[k]!.text;
  const joined = `${own} ${lines[k + 1]?.text ?? ''}`;
  return [...joined.matchAll(OUTCOME_IN_LINE)].filter((m) => m.index < own.length);
}

/** A motion moved while the resolution was before the meeting: an "Amendment" heading, or another "Moved by". */
const INNER_MOTION = /^(?:Amendment|Motion\s+to\s+amend|(?:It\s+was\s+)?Moved(?:\s+by)?\b)/i;
/** An inner motion that never came to a vote: it has no outcome line of its own to pass over. */
const INNER_MOTION_DROPPED = /\b(?:was\s+withdrawn|were\s+withdrawn|not\s+seconded|no\s+seconder|lapsed)\b/i;

/**
 * Whether the motion (before the next number) was carried, and the number its outcome line gives
 * ("B26-035 CARRIED"). An amendment moved in between has its own outcome first ("Amendment ...
 * DEFEATED", then "The main motion was then put ... CARRIED"): that one is passed over, unless it was
 * withdrawn or not seconded and so has none.
 */
function outcomeOf(lines: readonly Line[], from: number): { carried: boolean; stated: boolean; number: string | null } {
  let innerMotions = 0;
  // An amendment's fate told with no amendment moved inside this motion: this motion may be that amendment
  // ("Amendment to the Draft Budget / Proposed by ...; Seconded by ...: "That ..." ... declared the amendment
  // lost"). It is this motion's when the next motion starts before any outcome of its own.
  let ownAmendmentFate: RegExpExecArray | null = null;
  for (let k = from + 1; k < lines.length && k <= from + 60; k++) {
    if (ownAmendmentFate && MOVER_LINE.test(lines[k]!.text)) return { carried: ownAmendmentFate[2]!.toUpperCase() === 'CARRIED', stated: true, number: null };
    if (NUMBER_LINE.test(lines[k]!.text)) return { carried: true, stated: false, number: null };
    // Amended before the vote, and the amended words printed: those are the resolution, not these.
    if (AMENDED_MOTION_PUT.test(lines[k]!.text)) return { carried: false, stated: true, number: null };
    // ("Amendment Lost" on its own line is that amendment's outcome, not another motion.)
    if (INNER_MOTION.test(lines[k]!.text) && !OUTCOME_LINE.test(lines[k]!.text)) {
      // "Moved by X / Seconded by Y" under an "Amendment" heading is that one motion.
      const underHeading = /^Moved/i.test(lines[k]!.text) && INNER_MOTION.test(lines[k - 1]!.text) && /^Amendment|^Motion/i.test(lines[k - 1]!.text);
      const dropped = INNER_MOTION_DROPPED.test(lines.slice(k, k + 4).map((l) => l.text).join(' '));
      if (!underHeading && !dropped) innerMotions++;
      continue;
    }
    for (const outcome of outcomesStartingIn(lines, k)) {
      // An amendment's fate ("The amendment was withdrawn", "declared the amendment lost") is never the motion's.
      if (innerMotions > 0 || /\bamendment\b/i.test(outcome[0])) {
        if (innerMotions === 0 && ownAmendmentFate === null) ownAmendmentFate = outcome;
        innerMotions = Math.max(0, innerMotions - 1);
        continue;
      }
      // The number before the word ("B26-035 CARRIED") or after it ("CARRIED 2026/051").
      return { carried: outcome[2]!.toUpperCase() === 'CARRIED', stated: true, number: outcome[1] ?? outcome[3] ?? null };
    }
  }
  return { carried: true, stated: false, number: null };
}
