import type { Block } from '../../schemas/document.ts';
import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import type { Clause } from './clauses.ts';
import { MOVER_LINE } from './numbered-resolutions.ts';
import { findCues, operativeClauses, type Cue } from './operative.ts';
import { normaliseSpace, sentenceEndingLine, tidyClause } from './span.ts';

/**
 * Where a report or minutes recommend: a "Recommendation(s):" heading, "X is asked to", "It is
 * recommended that", "RECOMMENDED to Council that", "Council is recommended to approve:"; and an item or
 * table cell that is itself a recommendation ("13. Recommendation from Council Member X to appoint ...",
 * "13-I Recommending ...", "Recommend approval of the project to ..."), whose words stay in the record;
 * and minutes saying what their body recommends to another ("Committee recommended that funding ...");
 * and agenda items' "Recommended action:" / "Superintendent's recommendation:".
 */
/**
 * A body saying what it recommends to another: "Committee recommended that funding ...", "The Sub-Committee
 * further recommends to the Licensing Committee that ...", "The Sub-Committee RECOMMENDS to Council that:".
 */
const BODY_RECOMMENDS = String.raw`\b(?:[Tt]he\s+)?(?:Committee|Sub-Committee|Council|Board|Cabinet|Panel|Commission)(?:\s+of\s+the\s+Whole)?(?:\s+(?:further|also))?\s+(?:recommend(?:s|ed)|RECOMMEND(?:S|ED))(?:\s+(?:to|TO)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})?(?:\s+that\b\s*:?\s*|\s*:\s*)`;

const RECOMMENDATION_CUE = new RegExp(
  String.raw`(?:^\s*(?:\d+(?:\.\d+)*\.?\s+)?RECOMMENDATIONS?(?:\s*\(S\))?(?:\s+TO\s+[A-Z ]+)?\s*[:.]?\s*|^\s*(?:\d+(?:\.\d+)*\.?\s+)?Recommendations?(?:\s*\(s\))?(?:\s+to\s+(?:the\s+)?[A-Z][\w ]+(?:\s*\([^)\n]{3,40}\))?)?\s*[:.]?\s*(?=$|[A-Z(])|(?:^|(?<=[.:]\s))(?:[A-Z][\w’' ]{0,60}?\s)?(?:is|are)\s+(?:therefore\s+)?(?:asked|recommended|requested|invited)\s+to(?:\s*:\s*|\s+(?=\w)(?=(?:agree|approve|note|consider|endorse|resolve|adopt|recommend|delegate|authori|comment|decide|confirm)))|\bIt\s+is\s+(?:therefore\s+)?recommended\s+that\s*:?\s*|\bRECOMMENDED\b(?:\s+(?:to|TO)\s+(?:the\s+|THE\s+)?(?:full\s+|FULL\s+)?[A-Z][\w’']*(?:\s+(?:and|of|for|the|[A-Z][\w’']*)){0,8}?(?=\s*(?:that\b|[:–—-]|$)))?\s*(?:that\b)?\s*[:–—-]?\s*|^[ \t]*(?:\d{1,3}-[A-Z]{1,3}[ \t]+)?(?=Recommend(?:ing\b|ation\s+from\b(?=[^\n]{0,120}?\b(?:to|that|regarding|on)\b)|\s+(?:approval|refusal|that)\b))|${BODY_RECOMMENDS}|\b(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}Group\s+recommends(?:\s+that\s+|\s*:\s*)|^[ \t]*(?:Recommended\s+[Aa]ction|(?:Superintendent|Staff|Manager|Director|Chief\s+Executive|Administrator|Officer|Officers)(?:'s|’s|s'|s’)?\s+[Rr]ecommendations?|(?:STAFF|OFFICER|OFFICERS)(?:'S|’S|S'|S’)?\s+RECOMMENDATIONS?)(?:\s*:\s*|[ \t]*(?:\n\s*|$))(?:\n\s*)?(?:The\s+\w+\s+recommends\s+that\s+|It\s+is\s+recommended\s+that\s+)?)`,
  'gm',
);

/**
 * A paragraph that begins mid-sentence ("every Saturday morning at 9am ...") is the tail of a table cell
 * or a column that PDF extraction split, not what a "Recommendation" heading introduces: a section's
 * text opens a sentence or a clause ("that ...", "to approve ...", "approve the ...").
 */
const CLAUSE_OPENING = /^(?:[^a-z]|(?:that|to|approve[sd]?|agree[sd]?|note[sd]?|endorse[sd]?|consider|adopt|delegate|authori[sz]e|confirm|accept|recommend|request|support|receive|agree|refer|defer|grant|refuse|reject|the|a|an|members?|council|cabinet|committee|it)\b)/;

/**
 * A recommendation that only points at others ("approve the recommendations set out in section 2 of
 * this report") adds nothing when those others are read too.
 */
const POINTS_AT_OTHERS = /^(?:to\s+)?(?:approve|agree|adopt|endorse|accept|note|support)\s+(?:all\s+)?(?:of\s+)?the\s+recommendations?\b(?:\s+(?:as\s+)?(?:set\s+out|contained|detailed|listed|outlined|shown|given|made))?\s+(?:in|at|above|below)\b[^.;]{0,80}\.?$/i;

/** "Recommended action: First reading only; no action required.", "For information only": nothing recommended. */
const RECOMMENDS_NOTHING = /^(?:(?:first|second)\s+reading\s+only|(?:for\s+)?information(?:\s+only)?|no\s+action)\b|\bno\s+action\s+(?:is\s+)?required\b/i;

/**
 * "Following discussion, it was agreed to recommend to the full Council that Standing Orders be amended as
 * follows: (a) ... (b) ...": a list of what the body recommends, under a lead-in told in the minutes' words.
 */
const AGREED_TO_RECOMMEND_LIST = /\b(?:[Ii]t\s+was\s+|(?:[Tt]he\s+)?[A-Z][\w ]{0,60}?\s+)(?:also\s+|further\s+)?agreed\s+(?:unanimously\s+)?to\s+recommend\s+to\s+(?:the\s+)?(?:full\s+)?[A-Z][\w ]{0,40}?\s+that\b[^:.]{0,200}:[ \t]*$/gm;

/** Recommendations; one printed twice in a report (summary box and its section) is one record. */
export function findRecommendations(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  return recommendationsAt(input, [...findCues(document, blocks, RECOMMENDATION_CUE), ...combinedHeadingCues(document, blocks), ...findCues(document, blocks, AGREED_TO_RECOMMEND_LIST)]);
}

/** In a notice, the deciding body's own voice, the present ("further recommends"); "the Scrutiny Committee recommended that ..." there is what another body said before, background. */
const BODY_RECOMMENDS_NOW = new RegExp(BODY_RECOMMENDS.replace('recommend(?:s|ed)|RECOMMEND(?:S|ED)', 'recommends|RECOMMENDS'), 'g');

/**
 * A decision notice's recommendation: what the deciding body recommends to another ("The Sub-Committee
 * further recommends to the Licensing Committee that ..."), which is no part of its decision. Other
 * recommendation cues stay out of notices, which quote the report's recommendations as background.
 */
export function findBodyRecommendations(input: FinderInput): Candidate[] {
  return recommendationsAt(input, findCues(input.document, input.blocks, BODY_RECOMMENDS_NOW));
}

function recommendationsAt(input: FinderInput, found: Cue[]): Candidate[] {
  const { document, blocks, meta } = input;
  if (meta.doc_type === 'motion') return [];
  const text = document.text;
  const lists: Clause[][] = [];
  const cues = [...found].sort((a, b) => a.start - b.start);
  for (const found of cues) {
    if (isColumnHeading(text, found.start, found.end)) continue;
    const cue = endedByTheMinutes(text, found);
    const clauses: Clause[] = [];
    const standsAlone = text.slice(cue.end, cue.limit).trim() === '';
    const listed = operativeClauses(document, blocks, cue);
    for (const clause of listed) {
      // The list's last clause may run on into what the minutes say next, on a new line (PDF text
      // has no blank line between them): it ends with its sentence.
      const tidy = tidyClause(text, clause === listed[listed.length - 1] ? { ...clause, end: sentenceEndingLine(text, clause.start, clause.end) } : clause);
      if (!tidy) continue;
      const words = normaliseSpace(text.slice(tidy.start, tidy.end));
      if (words.split(' ').length < 3) continue;
      // "Recommendation to Council / Moved: Cr A / Seconded: Cr B / That ...": the movers are no part of it.
      if (MOVER_LINE.test(words)) continue;
      if (RECOMMENDS_NOTHING.test(words)) continue;
      if (standsAlone && tidy.label === null && !CLAUSE_OPENING.test(words)) continue;
      // "Committee recommended that" at a page's foot: what follows is the next page's header, not the
      // rest of the sentence, which would go on in lower case.
      if (standsAlone && tidy.label === null && /\brecommend(?:s|ed)\s+that\s*$/.test(text.slice(cue.start, cue.end)) && !/^[a-z]/.test(words)) continue;
      clauses.push(tidy.label === null ? { ...tidy, label: itemLabel(text, blocks[cue.blockIndex]!, cue, tidy.start) } : tidy);
    }
    lists.push(clauses);
  }
  const all = lists.flat();
  const kept = all.filter((c) => !insideOtherList(c, lists) && !(all.length > 1 && POINTS_AT_OTHERS.test(normaliseSpace(text.slice(c.start, c.end)))));
  // Minutes record each item once: the same words twice there are two items (two rows of a table
  // of applications), not a report's summary box repeating its recommendations section.
  return meta.doc_type === 'minutes' ? kept.map((c) => clauseCandidate('recommendation', c.label, c.start, c.end)) : withoutRepeats(text, kept);
}

/**
 * Where minutes go on after a recommendation printed in them, with no blank line between (text from a
 * PDF): "Officer Recommendation: That planning permission be GRANTED ... provision. / Councillor Latchford
 * proposed ... / RESOLVED that: (a) ...": the recommendation ends before the motion and the resolution.
 */
const MINUTES_GO_ON = /\n[ \t]*(?:RESOLVED\b|Resolved\b|It\s+was\s+(?:moved|proposed|RESOLVED|resolved)\b|On\s+(?:being\s+)?put\b|(?:Councillor|Cllr|Cr|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+\s+(?:then\s+)?(?:proposed|moved|seconded)\b)/;

function endedByTheMinutes(text: string, cue: Cue): Cue {
  const goesOn = MINUTES_GO_ON.exec(text.slice(cue.end, cue.limit));
  return goesOn ? { ...cue, limit: cue.end + goesOn.index } : cue;
}

/**
 * "OFFICER RECOMMENDATION AND COUNCIL RESOLUTION 043/2026" (or "... / COUNCIL RESOLUTION ..."): the
 * council resolved the officer's words as printed, so they are the recommendation and the resolution
 * (GUIDELINES: the same words can be two records). The resolution is read as any numbered one is; the
 * recommendation's cue is the same operative "That" under the movers.
 */
const COMBINED_HEADING = /^[ \t]*(?:OFFICERS?|STAFF|Officers?|Staff)(?:['’]S|['’]s)?\s+(?:RECOMMENDATIONS?|[Rr]ecommendations?)\s*(?:\/|AND|and|&)\s*(?:COUNCIL|Council|COMMITTEE|Committee)\s+(?:RESOLUTION|[Rr]esolution|DECISION|[Dd]ecision)\b[^\n]*$/gm;
/** Mover lines ("Moved: Cr A  Seconded: Cr B") the heading's words may stand under. */
const MAX_MOVER_LINES = 3;

function combinedHeadingCues(document: FinderInput['document'], blocks: FinderInput['blocks']): Cue[] {
  const text = document.text;
  const cues: Cue[] = [];
  for (const heading of text.matchAll(COMBINED_HEADING)) {
    let at = heading.index + heading[0].length;
    for (let skipped = 0; skipped <= MAX_MOVER_LINES; skipped++) {
      const line = /\n\s*([^\n]*)/.exec(text.slice(at));
      if (!line) break;
      const lineStart = at + line.index + line[0].length - line[1]!.length;
      const that = /^(?:That|THAT)\s+/.exec(line[1]!);
      if (that) {
        const blockIndex = blocks.findIndex((b) => b.contentStart <= lineStart && lineStart < b.end);
        if (blockIndex >= 0) cues.push({ blockIndex, start: lineStart, end: lineStart + that[0].length, limit: blocks[blockIndex]!.end });
        break;
      }
      if (!MOVER_LINE.test(line[1]!)) break;
      at = lineStart + line[1]!.length;
    }
  }
  return cues;
}

/**
 * An agenda item that is itself a recommendation carries the item's number as its label: "11." from
 * the item's marker, "11-I" from the number the cue's line opens with.
 */
function itemLabel(text: string, block: Block, cue: { start: number; end: number }, clauseStart: number): string | null {
  const own = /^\s*(\d{1,3}-[A-Z]{1,3})\s/.exec(text.slice(cue.start, cue.end));
  if (own) return own[1]!;
  return clauseStart === block.contentStart && block.kind === 'list_item' && block.marker !== null && /\d/.test(block.marker) && cue.start === cue.end ? block.marker : null;
}

/**
 * "Recommendation" as one cell of a table's header row ("Amount / Requested / Recommendation" over a
 * table of applications) heads a column, not a section: a bare word, no colon, after short cells.
 */
function isColumnHeading(text: string, start: number, end: number): boolean {
  if (!/^\s*Recommendations?\s*$/.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 200), start).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const cells = before.slice(-2);
  // "Key Decision: No" over a report's recommendations is a field, not a cell: no colon in a cell.
  return cells.length === 2 && cells.every((l) => l.split(/\s+/).length <= 3 && !/[.:;,]/.test(l) && /^[A-Z]/.test(l));
}

/**
 * A recommendation printed between two clauses of another list of recommendations ("a) ... [summary
 * box] b) ...") is a box the layout floated into the list, repeating what the list says.
 */
function insideOtherList(clause: Clause, lists: readonly Clause[][]): boolean {
  return lists.some((list) => {
    if (list.includes(clause)) return false;
    for (let i = 0; i + 1 < list.length; i++) {
      if (list[i]!.label !== null && list[i + 1]!.label !== null && list[i]!.end <= clause.start && clause.end <= list[i + 1]!.start) return true;
    }
    return false;
  });
}

/**
 * Printed twice (summary and its section, perhaps with "8.1" or a different lead-in): one record, the
 * labelled clause of the recommendations section rather than an unlabelled summary.
 */
function withoutRepeats(text: string, clauses: readonly Clause[]): Candidate[] {
  const out: Candidate[] = [];
  const seen: Set<string>[] = [];
  for (const tidy of clauses) {
    const words = normaliseSpace(text.slice(tidy.start, tidy.end)).toLowerCase();
    const tokens = new Set(words.match(/[\p{L}\p{N}]+/gu) ?? []);
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
  return out;
}

/** Shared words over the words of the smaller set. */
function overlapRatio(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}
