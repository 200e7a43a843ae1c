import type { Block } from '../../schemas/document.ts';
import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { findCues, operativeClauses, RECITAL, type Cue } from './operative.ts';
import { numberedResolutionCues } from './numbered-resolutions.ts';
import { disposesOfNothing } from './deferral.ts';
import { isProcedural } from './procedural.ts';
import { RECOMMENDATION_LEAD_IN, sentenceEndingLine, tidyClause } from './span.ts';
import { insideProposedMotion, quotesAnotherDecision } from './quoted.ts';

/**
 * The formal outcome words of minutes: "RESOLVED that", "Resolved:", "It was resolved to",
 * "FURTHER RESOLVED", "And Resolved:", "the Committee resolved to", "AGREED:", "DECIDED:", a town meeting's
 * "VOTED: That the Town raise and appropriate ...", and the
 * present tense a body uses for its own formal resolution ("The Committee resolves in accordance with ...";
 * a US resolution's "THE CITY COUNCIL ... DOES HEREBY RESOLVE AS FOLLOWS:"), and "The Committee agreed:-" ending
 * its line before the list of what was agreed (under a "Decision" heading, the decision finder's).
 * Lower-case "resolved" counts only before "that"/"to", so "the issue was resolved" is no cue.
 */
const RESOLVED_CUE =
  /(?:\b(?:[Ii]t\s+was|IT\s+WAS|[Aa]nd|AND|[Ff]urther|FURTHER)\s+)?(?:(?:[Uu]nanimously|UNANIMOUSLY)\s+)?(?:\bRESOLVED\b|\bResolved\b(?=\s*(?:[:–—-]|that\b|to\b|,|unanimously\b))|\bresolved\b(?=\s+(?:that|to)\b)|(?<=\b[Ii]t\s+was\s+(?:also\s+|further\s+|unanimously\s+)?)resolved(?=\s*:)|\b(?:AGREED|DECIDED|VOTED)\b(?=\s*(?:[:–—-]|that\b|to\b))|(?<=^[ \t]*)AGREED(?=[ \t]*$)|(?<=(?:^|\n|[.!?][ \t])[ \t]*)Agreed\b(?=\s*(?:[:–—-]|that\b))|(?<=\b(?:Committee|Council|Board|Cabinet|Panel|Commission)\s)resolves\b|(?<=\b(?:Committee|Sub-Committee|Council|Board|Cabinet|Panel|Commission)\s)agreed(?=\s*:-?\s*(?:\n|$))|(?<=\b[Ii]t\s+was\s+(?:also\s+|further\s+)?)agreed(?=\s*:-?\s*(?:\n|$))|\b(?:DOES|[Dd]oes|DO(?=\s+HEREBY))\s+(?:(?:HEREBY|[Hh]ereby|FIND,?\s+DETERMINE\s+AND|find,?\s+determine\s+and)\s+)?(?:RESOLVE|[Rr]esolve)\b(?=\s*(?:[:,]|that\b|THAT\b|as\s+follows\b|AS\s+FOLLOWS\b))(?:\s+(?:AS\s+FOLLOWS|as\s+follows))?)(?:\s+(?:unanimously|UNANIMOUSLY))?(?:\s*\((?:by\s+)?\d+\s+(?:votes?|for)\b[^)]{0,60}\))?(?:\s+by\s+(?:the\s+)?[A-Z][^.;:]{3,150}?,?\s+(?=that\b|THAT\b))?\s*(?::-|[:–—,-])?\s*(?:(?:on\s+the\s+(?:proposal|motion)\s+of\s+[^.;:]{3,150}?|(?:in\s+accordance\s+with|pursuant\s+to)\s+[^;:]{3,150}?),\s+(?=that\b|THAT\b))?(?:(?:that|THAT|That)\b[:,]?\s*)?/g;

/** "Resolved: (For information only)", "RESOLVED: For information only – no decision required." and the like record nothing. */
const NOTHING_DECIDED = /^\(?\s*(?:(?:for information(?: only)?|no action|none|n\/a|noted)(?:\s*[–—,;:-]\s*no\s+(?:decision|action|resolution)s?\s+(?:was\s+|is\s+)?(?:required|needed|taken|made))?|no\s+(?:decision|action|resolution)s?\s+(?:was\s+|is\s+)?(?:required|needed|taken|made))\s*\.?\s*\)?\.?$/i;

/**
 * A lead-in by which the body recommends to another rather than resolves: "RESOLVED that it be
 * recommended to Council:", "That the following recommendations be made to Cabinet:". ("That the
 * recommendations in the report be approved:" adopts them: no match.)
 */
const RECOMMENDS_ONWARD = /\brecommend(?:s|ed)?\b|\brecommendations?\s+(?:be\s+)?(?:made|submitted|put|forwarded|referred)\s+to\b|\bfollowing\s+recommendations?\s+to\b/i;

/** A clause that only introduces the text it adopts: "the Town adopt the following resolution:". */
const INTRODUCES_RESOLUTION = /^[^:]{0,80}\badopts?\s+the\s+following\s+(?:resolutions?|motions?)\s*:/i;

/**
 * A sentence after the resolution that tasks someone in the action-point way ("The Clerk to write to ..."),
 * or tells that someone was told to ("The Clerk was instructed to submit the Council's response ...").
 */
const ACTION_POINT_AFTER = /[.](?=\s+(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:(?:was|were)\s+(?:also\s+)?(?:instructed|asked|requested|directed)\s+)?to\s+[a-z])/;

/**
 * A sentence after the resolution, in its paragraph, that goes on to another proposal ("... a new patrol
 * tent. A proposal by Cllr Varma to award £250 ... was lost"): the resolution ends before it.
 */
const OTHER_PROPOSAL_AFTER = /[.](?=\s+(?:An?\s+(?:further\s+|second\s+|separate\s+)?(?:proposal|motion|amendment)|(?:Cllr|Councillor)\.?\s+[A-Z][\w’'-]+\s+(?:then\s+)?(?:proposed|moved))\b)/;

/** The outcome line under a resolution as moved, saying it was not carried. */
const DEFEATED_BELOW = /^[^\n]*\n(?:[ \t]*(?:Roll[-\s]call|Recorded\s+vote)\b[^\n]*\n)?[ \t]*(?:DEFEATED|LOST|FAILED|Motion\s+(?:failed|lost|defeated))\b/i;

/**
 * The words just before a cue that make it another meeting's or another body's resolution, told as
 * background (GUIDELINES), not one this meeting made.
 */
const BACKGROUND_BEFORE = [
  // "The Council had resolved to ...", "The Board had, on 3 March, resolved ...".
  /\bhad(?:,[^,;.]{1,60},)?\s+$/i,
  // "At its meeting of 28 October 2025 Council resolved to ...".
  /\b(?:at|on)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|sitting)\s+(?:of|on|held|in)\b(?:[^.;]|\.(?=\d)){0,80}$/i,
  // "Director Whitehorse noted that the City of Fenwick Falls has resolved to ask ...": reported.
  /\b(?:noted|reported|advised|explained|informed\s+\w+|said|stated|confirmed)\s+that\s+[^.;]{1,100}\bhas\s+$/i,
  // "The neighbouring Council has already resolved to ...", "resolution 26/031 ..., which resolved to sell ...".
  /\b(?:has|have|had)\s+(?:already|previously)\s+$|\bwhich\s+$/i,
  // "... heard by the Submissions Committee on 2 June. That Committee resolved to refer ...": a body named
  // before, pointed back to, told as background.
  /(?:^|[.!?]\s+)That\s+(?:Committee|Sub-Committee|Panel|Board|Group)\s+$/,
  // "8.3 Resolution of the Township of Millbrook Falls ... The Township resolved to call on ...": another
  // municipality's or government's resolution, received as correspondence (minutes name their own body
  // "Council", "the Board", "the Committee").
  /\b[Tt]he\s+(?:Township|Town|City|Village|Municipality|Region|Province|State|Government|Ministry)(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+$/,
  // "Town of Cedar Bend, March 30, 2026 – advising that its council resolved to request ...": a letter's sender.
  /\b(?:its|their)\s+(?:council|board|committee|cabinet)\s+$/i,
];

function toldAsBackground(text: string, cue: Cue): boolean {
  const before = text.slice(Math.max(0, cue.start - 120), cue.start);
  // "... in Longreach, where member councils resolved to lobby ...": another meeting told as background.
  if (/\b(?:where|at\s+which)\s+(?:[\w-]+\s+){1,4}$/i.test(before) && /^resolved\b/.test(text.slice(cue.start, cue.end))) return true;
  return BACKGROUND_BEFORE.some((pattern) => pattern.test(before));
}

/** "Resolution 2026-34 FAILED 2-3.", "DEFEATED" on a line of its own after the discussion and the roll call. */
// (Or closing the vote's sentence: "Seconded by Councillor B. In favour: 3   Opposed: 4.   DEFEATED.")
const FAILED_LINE = /^[ \t]*(?:(?:Resolution|Motion|Ordinance)\s+(?:No\.?\s*)?[\w./-]+\s+)?(?:FAILED|DEFEATED|LOST)\b|(?<=\b(?:Opposed|Against|Nays?|Noes)\s*:\s*\d{1,2}\.?\s{1,6})(?:FAILED|DEFEATED|LOST)\b/m;

/**
 * Whether the resolution is said to have failed further down its paragraph (after discussion and a roll
 * call, before any blank line), with no other motion or resolution in between.
 */
function failsLaterInParagraph(text: string, end: number): boolean {
  const paragraph = text.slice(end, end + 800).split(/\n[ \t]*\n/)[0]!;
  const failed = FAILED_LINE.exec(paragraph);
  return failed !== null && !/\b(?:RESOLVED|Motion\s+by|moved)\b/i.test(paragraph.slice(0, failed.index));
}


function agreedOverWords(document: FinderInput['document'], blocks: FinderInput['blocks'], cue: Cue): boolean {
  if (document.text.slice(cue.end, blocks[cue.blockIndex]!.end).trim() !== '') return false;
  const next = blocks[cue.blockIndex + 1];
  return next !== undefined && /^[“"]?(?:That|THAT)\b/.test(document.text.slice(next.contentStart, next.end));
}

/** Resolutions in minutes: each clause a cue governs. Recommendations to another body are found elsewhere. */
export function findResolutions(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const out: Candidate[] = [];
  const numbered = numberedResolutionCues(document, blocks);
  // Numbered resolutions first: where a RESOLVED inside one ("NOW THEREFORE BE IT RESOLVED THAT") is a
  // cue too, the numbered reading (one record, labelled with its number) is the one kept.
  // "Agreed:" opening a paragraph is the body's outcome; opening a numbered clause ("4. Agreed that the
  // Director report ...") it is that clause's own verb, read with its list.
  const opensClause = (cue: Cue): boolean => /^Agreed\b/.test(document.text.slice(cue.start, cue.end)) && blocks[cue.blockIndex]!.kind === 'list_item' && cue.start === blocks[cue.blockIndex]!.contentStart;
  const cues = [...numbered, ...findCues(document, blocks, RESOLVED_CUE).filter((cue) => !opensClause(cue)).map((cue) => ({ cue, number: null as string | null, recommends: false }))];
  for (const { cue, number, recommends: numberedRecommends } of cues) {
    if (unfilledForm(document.text, blocks, cue.blockIndex)) continue;
    // "AGREED" alone on its line heads the words of what was agreed ('Proposed by A / Seconded by B / AGREED /
    // "That, pursuant to Section 183 ..."'); as an outcome after the words it heads nothing of its own.
    if (/^AGREED$/.test(document.text.slice(cue.start, cue.end)) && !agreedOverWords(document, blocks, cue)) continue;
    if (toldAsBackground(document.text, cue)) continue;
    if (quotesAnotherDecision(document.text, cue.start) || insideProposedMotion(document.text, cue.start)) continue;
    if (/^agreed\b/.test(document.text.slice(cue.start, cue.end)) && underDecisionHeading(document.text, blocks, cue.blockIndex, cue.start)) continue;
    // "Resolved: (For information only)" decides nothing, whatever list follows it.
    if (NOTHING_DECIDED.test(document.text.slice(cue.end, cue.limit).trim())) continue;
    // In a table's cell the resolution ends with its row; the next row is another item.
    const cueBlock = blocks[cue.blockIndex]!;
    const clauses = operativeClauses(document, blocks, cue)
      .filter((clause) => cueBlock.kind !== 'table_row' || clause.start < cueBlock.end)
      .map((clause) => (cueBlock.kind === 'table_row' && clause.end > cueBlock.end ? { ...clause, end: cueBlock.end } : clause));
    // "BE IT FURTHER RESOLVED that ..." right after the resolution it adds to: one resolution (GUIDELINES:
    // a resolution is one record unless its operative text has lettered or numbered clauses).
    const previous = out[out.length - 1];
    if (clauses.length === 1 && clauses[0]!.label === null && previous && previous.kind === 'resolution' && previous.label === null && continuesResolution(document.text, previous.end, cue)) {
      // It may run on into the vote that follows it ("... in the Project file.\nRoll call: ..."): it ends with its sentence.
      const tidy = tidyClause(document.text, { ...clauses[0]!, end: sentenceEndingLine(document.text, clauses[0]!.start, clauses[0]!.end) });
      if (tidy) previous.end = tidy.end;
      continue;
    }
    const first = clauses[0];
    if (!first) continue;
    // The lead-in: "RESOLVED Members to recommend to the County Council:", "RESOLVED the Leader to:".
    // (Recitals between the cue and the words are no lead-in: "WHEREAS the advisor has recommended that ...".)
    const leadIn = first.start > cue.end && !RECITAL.test(document.text.slice(cue.end, first.start).trimStart())
      ? document.text.slice(cue.end, Math.min(first.start, cue.end + 300)).replace(/\s*\S{1,6}\s*$/, (m) => (/[:;]\s*$/.test(m) ? m : ''))
      : '';
    const after = document.text.slice(cue.end, cue.end + 40);
    const recommends = numberedRecommends || /^(?:to\s+)?recommend(?!ations?\b)/i.test(after) || RECOMMENDS_ONWARD.test(leadIn);
    const kind = recommends ? 'recommendation' : 'resolution';
    const leadActor = recommends ? null : actorOfLeadIn(leadIn);
    for (const clause of clauses) {
      // A numbered resolution of one clause is known by its number ("CO/2026/3").
      // A list's last clause may run on into what the minutes say next, as an unlabelled clause may.
      const last = clause === clauses[clauses.length - 1];
      const ended = clause.label === null || last ? { ...clause, end: sentenceEndingLine(document.text, clause.start, clause.end) } : clause;
      // "... in the Village Hall. The Chairman to invite the Policing Team ...": an action point after it, not its words.
      // (Or another proposal told after it: "... patrol tent. A proposal by Cllr Varma to ... was lost".)
      const pointAfter = clause.label === null ? firstMatch(document.text.slice(ended.start, ended.end), [ACTION_POINT_AFTER, OTHER_PROPOSAL_AFTER]) : null;
      const told = pointAfter ? { ...ended, end: ended.start + pointAfter.index + 1 } : ended;
      // "AGREED to recommend to the Members of X County Council that the Budget include ...": what is
      // recommended starts after "that" (GUIDELINES: the lead-in is no part of the record).
      const recommendsTo = recommends ? RECOMMENDATION_LEAD_IN.exec(document.text.slice(told.start, told.end)) : null;
      const whole = recommendsTo ? { ...told, start: told.start + recommendsTo[0].length } : told;
      const tidy = tidyClause(document.text, number !== null && clauses.length === 1 && clause.label === null ? { ...whole, label: number } : whole);
      if (!tidy) continue;
      const words = document.text.slice(tidy.start, tidy.end);
      if (NOTHING_DECIDED.test(words.trim())) continue;
      // "Resolved:" over "RECOMMENDED to Cabinet that:": a lead-in without its list decides nothing itself
      // (the recommendation finder reads the list under it).
      if (/^[^\n]{0,80}:\s*[-–—]?$/.test(words.trim()) && /^RECOMMENDED\b/i.test(words.trim())) continue;
      // "RESOLVED, that the Town Board authorizes ... / Roll call: ... / DEFEATED: Ayes 2, Nays 3": put and lost.
      if (last && (DEFEATED_BELOW.test(document.text.slice(tidy.end, tidy.end + 300).split(/\n[ \t]*\n/)[0]!) || failsLaterInParagraph(document.text, tidy.end))) continue;
      if (disposesOfNothing(words)) continue;
      // "VOTED: That the Town adopt the following resolution: WHEREAS ... BE IT RESOLVED that ...": the
      // resolution adopted is the record (its own cue finds it), not the vote introducing it.
      if ((INTRODUCES_RESOLUTION.test(words) || INTRODUCES_RESOLUTION.test(`${document.text.slice(cue.end, cue.end + 80)}`)) && /\bRESOLVED\b/.test(document.text.slice(tidy.start, tidy.end + 2000))) continue;
      // "RESOLVED to submit the observations shown in the final column": the table's rows are the records.
      if (/^to\s+(?:submit|make|send|forward)\s+the\s+(?:observations|comments|responses)\s+(?:shown|set\s+out|listed|given|as\s+follows|below|in\s+the\s+table)\b/i.test(words.trim())) continue;
      // Recitals ("WHEREAS ...") give the reasons, never the resolution (GUIDELINES).
      if (/^WHEREAS\b/i.test(words.trim())) continue;
      // "3. the Committee recommends to the Integrated Care Board that ...": one clause recommending onward.
      // ("b) recommends that Council adopts the policy": the same, to the council that decides.)
      const clauseKind = kind === 'resolution' && /^(?:that\s+)?(?:the\s+\w+\s+)?recommends?\s+(?:to\b|that\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Governing\s+Body)\b)/i.test(words.trim()) ? 'recommendation' : kind;
      const candidate = clauseCandidate(clauseKind, tidy.label, tidy.start, tidy.end, clauseKind === 'resolution' && isProcedural(words));
      candidate.actor = clauseKind === 'resolution' ? leadActor : null;
      out.push(candidate);
    }
  }
  return out;
}


const DECISION_LABEL = /^(?:Decisions?|DECISIONS?)(?:\s+(?:taken|made|TAKEN|MADE))?\s*:?$/;

/**
 * "Decision" / "Decision taken" as the label of the section a cue stands in: the line above it in its
 * block, or the nearest label above it in its item.
 */
function underDecisionHeading(text: string, blocks: readonly Block[], index: number, cueStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', cueStart - 1) + 1;
  const above = lineStart > blocks[index]!.contentStart ? text.slice(blocks[index]!.contentStart, lineStart).split('\n').map((l) => l.trim()).filter((l) => l !== '') : [];
  if (above.length > 0) return DECISION_LABEL.test(above[above.length - 1]!);
  for (let k = index - 1; k >= 0 && k >= index - 6; k--) {
    const block = blocks[k]!;
    const words = text.slice(block.contentStart, block.end).trim();
    if (DECISION_LABEL.test(words)) return true;
    if (block.kind === 'heading' || /^(?:Minutes?|Discussion|Report|Background)\s*:?$/i.test(words)) return false;
  }
  return false;
}

/**
 * A formal resolution's "BE IT FURTHER RESOLVED" part right after it (only white space and "AND BE IT"
 * between). Minutes that print "FURTHER RESOLVED that ..." alone record a second resolution.
 */
function continuesResolution(text: string, previousEnd: number, cue: { start: number; end: number }): boolean {
  if (!/FURTHER\s+RESOLVED/i.test(text.slice(cue.start, cue.end)) || cue.start < previousEnd) return false;
  const between = text.slice(previousEnd, cue.start);
  // The words between may have been read as the end of the first part ("...; and BE IT" / "FURTHER RESOLVED").
  return /^[\s;]*(?:AND\s+|And\s+|and\s+)?(?:BE\s+IT|Be\s+it)\s+$/.test(between) || (/^\s*$/.test(between) && /\b(?:BE\s+IT|Be\s+it)\s*$/.test(text.slice(Math.max(0, previousEnd - 12), previousEnd)));
}


/**
 * A resolution printed on a roll-call form whose mover and seconder lines are blank ("Moved by" /
 * "Second by" / "to adopt.") is the resolution as put forward, not a record that it was moved.
 */
function unfilledForm(text: string, blocks: readonly Block[], from: number): boolean {
  const block = blocks[from];
  if (!block) return false;
  const after = text.slice(block.end, block.end + 1500);
  const moved = /^[ \t]*Moved\s+by\b.*$/m.exec(after);
  if (!moved) return false;
  return /^[ \t]*Moved\s+by:?[ \t]*\n[ \t]*Second(?:ed)?\s+by:?[ \t]*$/m.test(after.slice(moved.index, moved.index + moved[0].length + 40));
}

/** Who a lead-in tasks with every clause under it: "the Leader to:", "to ask the General Counsel to:". */
function actorOfLeadIn(leadIn: string): string | null {
  const m = /(?:^|\b(?:ask|request|instruct|authori[sz]e|that)\s+)((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of|for|and|[A-Z][\w’'-]*)){0,6})\s+(?:be\s+(?:asked|requested|instructed)\s+)?to\s*:?\s*$/.exec(leadIn.trim());
  if (!m) return null;
  const actor = m[1]!.trim();
  // The body itself ("Members to:", "Cabinet to:") is resolving, not being tasked.
  if (/^(?:the\s+)?(?:members|cabinet|council|committee|board|panel|county council)$/i.test(actor)) return null;
  return actor;
}

/** The earliest match of any of the patterns (none of them global). */
function firstMatch(text: string, patterns: readonly RegExp[]): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m && (first === null || m.index < first.index)) first = m;
  }
  return first;
}
