import type { Block } from '../../schemas/document.ts';
import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { collectList } from './clauses.ts';
import { isProcedural } from './procedural.ts';
import { ITEM_LABEL } from './numbered-motions.ts';
import { disposesOfNothing } from './deferral.ts';
import { ABBREVIATION, RECOMMENDATION_LEAD_IN, tidyClause } from './span.ts';
import { rowCells } from './table-cells.ts';
import { isLetteredAgendaItem } from '../readers/markers.ts';

/** A character of a name or phrase within one sentence: no full stop, unless it abbreviates ("Cllr. Fahy", "Mr. Dolan"). */
const NAMED = String.raw`(?:[^.;]|(?<=${ABBREVIATION})\.)`;

/**
 * A member named with their office before "moved" ("Supervisor Quintero moved, seconded by ...",
 * "Councilmember Diaz moved to ...", the US "Councilor Okafor moved, seconded by ..."): the office keeps
 * "the item moved" or "it was moved" out.
 */
const MEMBER_OFFICE = String.raw`(?:Supervisor|Council\s+President|Councilmember|Council\s+Member|Councillor|Councilor|Council(?:wo)?man|Select(?:man|woman|person)|Cllr\.?|Commissioner|Alderman|Alderperson|Trustee|Director|Mayor\s+Pro\s+Tem(?:pore)?|Mayor|Vice[- ]Mayor|Deputy\s+Mayor|Chair(?:man|person)?|Member|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)`;
const MEMBER_MOVED = String.raw`\b${MEMBER_OFFICE}\s+[A-Z][\w'’-]+\s+(?:then\s+|also\s+|further\s+)?moved\b`;
/** The seconder after what was moved: ", seconded by X", ". Seconded by X", ". Commissioner X seconded". */
const SECONDER_AFTER = String.raw`(?:[,.]\s*(?:[Ss]econd(?:ed)?\s+by\s+[^.;]{2,60}?|${MEMBER_OFFICE}\s+[A-Z][\w'’-]+\s+seconded(?:\s+the\s+motion)?))?`;

/**
 * The outcome given only as the vote, on the line under the motion, as action minutes print it:
 * "Vote: 4-1 (No: Baptiste)", "AYES: Baptiste, Lindqvist, Okafor NOES: None ABSENT: None". Whether
 * it carried is counted (votesCarried).
 */
const VOTE_TALLY = String.raw`(?:Vote\s*:\s*(?<for>\d{1,2})\s*[-–]\s*(?<against>\d{1,2})(?:\s*[-–]\s*\d{1,2})?|AYES\s*:(?<ayes>[^\n]*?)\bNOES\s*:(?<noes>[^\n]*?)(?=\bABSENT\b|\bABSTAIN|$))`;

/** A vote given as a tally or as the names each way carried the motion: more for than against, and not said to have failed. */
function votesCarried(groups: Record<string, string | undefined> | undefined, after: string): boolean {
  if (!groups) return true;
  if (/^[^\n]{0,60}?\b(?:failed|defeated|lost)\b/i.test(after)) return false;
  if (groups.for !== undefined) return Number(groups.for) > Number(groups.against);
  if (groups.ayes !== undefined) return namesIn(groups.ayes) > namesIn(groups.noes ?? '');
  return true;
}

function namesIn(list: string): number {
  const names = list.trim().replace(/[.;]$/, '');
  if (names === '' || /^(?:none|nil|0)$/i.test(names)) return 0;
  return names.split(/\s*(?:,|\band\b)\s*/).filter((n) => n !== '').length;
}

/** The roll call as lines or table rows of its own: "Ayes: | Bell, Haddad" / "Absent: Whitcombe". */
const VOTE_LINES = String.raw`(?:(?:Ayes|Yeas|Noes|Nays|Absent|Abstain\w*|Recused|Excused)\s*:[^\n]*\s*){1,6}`;

/** A mover's or seconder's name: no sentence end, but "Ms. Liu", "Mr. Delgado" keep their full stop. */
const NAME_CHARS = String.raw`(?:[^.;]|(?<=${ABBREVIATION})\.)`;

/** The movers as labels before the words: "Motion: Trustee Osei. Second: Trustee Ruiz-Whitfield." */
const MOTION_SECOND_LABELS = String.raw`\bMotion\s*:\s*${NAME_CHARS}{2,80}?\.\s*Second(?:ed)?(?:\s+by)?\s*:\s*${NAME_CHARS}{2,60}?\.`;

/**
 * Motions recorded in running text: "Motion by A, second by B to approve X. Motion carried.", and as
 * US councils print them, with the roll call between ("Motion by A, seconded by B, to adopt X.
 * Roll call vote: Ayes: ... Nays: None. Motion passed 7-0.", the roll call perhaps a table, the outcome perhaps
 * "Ordinance No. 2026-14 passed on second reading"), or with the seconder after what was moved
 * ("X moved to adopt Y, seconded by Z. Motion carried 4-1."), or "A motion was made by A, seconded by B, to
 * approve X." with its "Ayes: ..." lines, or "... to adjourn the meeting. All in favor. Carried.", or "Trustee A moved, Trustee B
 * seconded, to accept X.", or the movers as labels ("Motion: A. Second: B. / To approve X."). A motion that failed gives nothing.
 * The record is what was moved ("to approve X"), not the movers, the seconder or the vote.
 */
const RUNNING_MOTION = new RegExp(
  String.raw`(?:\b(?:Motion|Moved)\s+by\s+${NAME_CHARS}{2,80}?|\b[Aa]\s+motion\s+was\s+(?:made|moved|offered)\s+by\s+${NAME_CHARS}{2,80}?|${MEMBER_MOVED}|${MOTION_SECOND_LABELS})(?:,\s*|\s+)(?:(?:second(?:ed)?\s+by\s+${NAME_CHARS}{2,60}?|${MEMBER_OFFICE}\s+[A-Z][\w'’-]+\s+seconded)(?:,\s*|\s+))?((?:to|directing|that)\s+(?:(?!\bmotion\b|\bdefeated\b|\brecorded\s+vote\b|\b[A-Z][\w'’-]+\s+moved\s+(?:to|that)\b|\b(?:was|were)\s+(?:adopted|approved|passed)\s+\d)[^]){5,2000}?)${SECONDER_AFTER}[.,;]\s*(?:(?:Roll[-\s]call\s+vote|Vote|Ayes|Yeas)\b[^\n]{0,300}?(?:Nays|Noes)\b[^\n]{0,200}?[.;]\s*|Roll[-\s]call(?:\s+vote)?(?:\s*\([^)\n]{1,40}\))?\s*:(?:(?!\b(?:[Mm]otion\s+by|moved)\b)[^]){0,800}?|${VOTE_LINES}|(?:[^\n|]*\s\|\s[^\n]*\n\s*){1,15})?(?:(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed)\b|(?:Ordinance|Resolution|By-?law)\s+No\.?\s*[\w-]+\s+(?:was\s+)?(?:passed|adopted|approved)\b|(?:(?<=[.)][ \t]|[.)]\s\s)|(?<=[.)]\s|\n)all\s+in\s+favou?r\.?[ \t]*)carried\b(?=[ \t]*(?:\d|\(|\.|$))|(?<=\n[ \t]*)${VOTE_TALLY}|all\s+(?:members\s+)?(?:present\s+)?voted\s+(?:in\s+favou?r|aye|yes)\b|(?<=\n[ \t]*)(?:adopted|approved|passed)\b(?=[ \t]*(?:\d|\(|\.?[ \t]*(?:\n|$)|[—–-][ \t]*(?:Ayes|Yeas|Vote|Unanimous|\d)))|(?<=[.][ \t]{0,3})(?:adopted|approved|passed)\b(?=[ \t]*[—–-][ \t]*(?:Ayes|Yeas|Vote|Unanimous|\d)))`,
  'gi',
);

/**
 * "On motion of A, seconded by B, the agenda was approved as posted. Motion carried 5-0.": the outcome
 * told in the sentence itself. One sentence ("a.m." and "p.m." do not end it).
 */
const ON_MOTION = new RegExp(
  String.raw`\b[Oo]n\s+(?:a\s+)?motion\s+(?:of|by)\s+[^.;]{2,80}?,\s*second(?:ed)?\s+by\s+[^.;]{2,60}?,\s*(?<body>the\s+(?:Board|Council|Commission|Committee)\s+(?=[a-z]+ed\b))?` +
    String.raw`(?<moved>(?:[^.\n]|\n(?![ \t]*\n)|\b[ap]\.m\.|\.(?=\w)|\.(?=[,;)])|(?<=${ABBREVIATION})\.){5,600}?)(?<!${ABBREVIATION}|\b[ap]\.m)\.(?=\s|$)` +
    String.raw`(?<carried>\s*(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed)\b)?`,
  'gi',
);
/**
 * "Cllr Raistrick then moved, and Ms Fenwick seconded, that permission be granted. On being put to the
 * vote the motion was carried (6 for, 3 against).": what was moved, when the next sentence carries it.
 */
const MOVED_AND_SECONDED = /\b(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+\s+(?:then\s+)?moved,\s+and\s+(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+\s+seconded,\s+that\s+((?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d)){5,500}?\.)\s*(?:On\s+being\s+put\s+to\s+the\s+vote,?\s+)?(?:the\s+)?motion\s+was\s+(?:declared\s+)?(carried|CARRIED|lost|LOST|defeated|DEFEATED)\b/g;

/**
 * A motion that only introduces a measure or passes it to a further reading ("to introduce Ordinance
 * No. 1189", "the Board introduced the ordinance, waived the first reading", "passed to a second
 * reading"): not disposed of yet (GUIDELINES). One that waives the readings and adopts is.
 */
const NOT_YET_PASSED = /^(?:to\s+)?introduced?\b|\bpass(?:ed)?\s+(?:[^;]{1,60}?\s+)?to\s+(?:a\s+)?(?:second|third)\s+reading\b|\bfirst\s+reading\b(?![^.]*\b(?:second|final)\s+reading\b[^.]*\badopt)/i;

/** The outcome after a motion told in a sentence: it failed. */
const MOTION_FAILED_AFTER = /^\s*(?:the\s+)?motion\s+(?:failed|was\s+(?:defeated|lost))\b/i;

/**
 * A motion seconded on its own ("X moved to approve Y, subject to the following conditions: 1. ... 4. ...
 * Seconded by Z."), then an amendment, then the vote on it: "Roll call vote on the main motion: ...
 * Motion carried 4-1." The record is what was moved, its listed conditions with it.
 */
const MOVED_THEN_SECONDED = new RegExp(String.raw`${MEMBER_MOVED}\s+((?:to|that)\s+(?!amend\b)[^]{5,1500}?),?\s*\n?[ \t]*Seconded\s+by\s+[^.\n]{2,60}\.`, 'g');
const MAIN_MOTION_CARRIED = /\b(?:vote\s+on\s+the\s+main\s+motion|main\s+motion\s+was\s+(?:then\s+)?put)\b[^]{0,300}?\b(?:motion|it)\s+(?:was\s+)?(carried|passed|failed|lost|defeated)\b/i;

function mainMotionsAfterAmendment(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MOVED_THEN_SECONDED)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1500);
    // Only a motion an amendment was moved on before its vote: "... moved to amend the motion".
    const outcome = MAIN_MOTION_CARRIED.exec(after);
    if (!outcome || !/carried|passed/i.test(outcome[1]!)) continue;
    // The next thing moved is an amendment to this motion, before any vote on it.
    const nextMoved = /\bmoved\s+(?:to\s+)?(\w+)/i.exec(after);
    const voted = /\bmotion\s+(?:was\s+)?(?:carried|passed|failed|lost)\b/i.exec(after);
    if (!nextMoved || !/^amend/i.test(nextMoved[1]!) || (voted && voted.index < nextMoved.index)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const tidy = tidyClause(text, { label: null, start, end: start + m[1]!.length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(m[1]!)));
  }
  return out;
}

/**
 * "It was moved by A and seconded by B that Council approve a grant of $7,500. / It was moved by C and
 * seconded by D that the motion be amended by ... AMENDMENT DEFEATED / The main motion was then put.
 * MOTION CARRIED": the motion as moved is what was carried, the amendment having failed. (An amendment
 * carried changed the words: the motion as first moved is then not the record.)
 */
const MOVED_BY_AND_SECONDED = new RegExp(
  String.raw`\b(?:[Ii]t\s+was\s+)?moved\s+by\s+${NAME_CHARS}{2,80}?\s+and\s+seconded\s+by\s+${NAME_CHARS}{2,80}?\s+(that\s+(?:[^.]|\.(?=\d)|(?<=${ABBREVIATION})\.){5,800}?\.)`,
  'g',
);
const AMENDMENT_FAILED_THEN_MAIN_CARRIED = /^\s*(?:It\s+was\s+)?moved\s+by\b[^]{0,400}?\bthat\s+the\s+motion\s+be\s+amended\b[^]{0,400}?\bAMENDMENT\s+(?:DEFEATED|LOST|WITHDRAWN)\b[^]{0,80}?\bmain\s+motion\s+was\s+(?:then\s+)?put\b[^]{0,80}?\bMOTION\s+CARRIED\b/i;

function mainMotionsAfterLostAmendment(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MOVED_BY_AND_SECONDED)) {
    if (/\bmotion\s+be\s+amended\b/i.test(m[1]!)) continue;
    if (!AMENDMENT_FAILED_THEN_MAIN_CARRIED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1000))) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!) + 'that'.length;
    const tidy = tidyClause(text, { label: null, start, end: m.index + m[0].length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(m[1]!)));
  }
  return out;
}

/**
 * A proposal and its outcome in one breath, as parish minutes write them: "Cllr Haines proposed that a
 * grant of £400 be made to X, seconded by Cllr Fairlie. Agreed." The record is what was proposed.
 */
const PROPOSED_THEN_AGREED = new RegExp(
  String.raw`\b${MEMBER_OFFICE}\s+[A-Z][\w'’-]+\s+proposed\s+that\s+((?:[^.\n]|\.(?=\d)|\n(?!\s*\n)){5,600}?)${SECONDER_AFTER}\.?\s*(?:(?:This\s+was\s+)?(?:Agreed|AGREED|Carried|CARRIED|Resolved|RESOLVED)\b|[Aa]ll\s+agreed\b)`,
  'g',
);

/**
 * "It was proposed by Cllr A and seconded by Cllr B that Cllr C be elected Town Mayor for 2026/27. There
 * being no other nominations, Cllr C was duly elected.": the proposal, carried or the person elected, told in the same paragraph (a "RESOLVED that ..." after
 * it is its own record).
 */
const IT_WAS_PROPOSED = /\bIt\s+was\s+proposed\s+by\s+[^.;]{2,80}?\s+and\s+seconded\s+by\s+[^.;]{2,80}?\s+(that\s+(?:[^.\n]|\.(?=\d)|\n(?!\s*\n)){5,400}?\.)[ \t]*(?:\n(?![ \t]*\n))?(?:(?:[^.\n]|\n(?![ \t]*\n)){0,100}?\b(?:duly\s+elected|carried|CARRIED|agreed|AGREED|approved)\b)/g;

/** "Proposed Cllr Hale, seconded Cllr Oakes, all in favour: that the Clerk's hours go up ...": the outcome before the words. */
const PROPOSED_SECONDED_IN_FAVOUR = /\bProposed\s+(?:by\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[^,:;\n]{2,40},\s*seconded\s+(?:by\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[^,:;\n]{2,40},\s*(?:all\s+in\s+favour|carried|agreed|unanimous(?:ly)?|\d+\s+(?:for|in\s+favour)\b[^:\n]{0,40})\s*:\s*((?:that|to)\s+(?:[^.\n]|\.(?=\d)|\n(?![ \t]*\n)){5,600}?\.)/gi;

/**
 * "Motion to approve the minutes ... made by Commissioner Brandt, seconded by Commissioner Pruitt. Motion
 * passed 9-0.": what was moved comes first, its mover after it. A motion that failed gives nothing.
 */
const MOTION_TO_MADE_BY = /\bMotion\s+(to\s+(?:(?!\bMotion\s+to\b)[^]){3,800}?)\s+(?:was\s+)?made\s+by\s+[^.;]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,80}?\.\s*(?:Motion|The\s+motion)\s+(?:passed|carried)\b/g;

/**
 * "It was proposed by Alderman A, seconded by Councillor B and agreed that ...", as Northern Irish minutes
 * write it; "Proposed by Cllr A, Seconded by Cllr B, and agreed that ..." as Irish ones do.
 */
const PROPOSED_SECONDED_AGREED = new RegExp(String.raw`\b(?:It\s+was\s+proposed|Proposed)\s+by\s+${NAMED}{2,80}?,?\s+[Ss]econded\s+by\s+${NAMED}{2,80}?,?\s+and\s+(?:unanimously\s+)?(?:agreed|resolved|AGREED|RESOLVED),?\s+that\s+((?:[^.\n]|\.(?=\d)|\n(?![ \t]*\n)){5,600}?\.)`, 'g');

/**
 * A motion headed by its mover and supporter on a line of their own ("MOTION: Trustee Wojcik   SUPPORT:
 * Treasurer Dunham" / "To enter closed session ..." / "Roll call vote: ... Motion carried 6-0").
 */
const MOTION_HEADED = /^[ \t]*MOTION:[^\n]*\n[ \t]*((?:To|to|That|that)\s+(?:(?!\b[Mm]otion\b)[^]){5,800}?)\s*\n[ \t]*(?:Roll[-\s]call\s+vote:[^]{0,300}?)?Motion\s+(?:carried|passed)\b/gm;

function proposalsAgreed(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of [...text.matchAll(PROPOSED_THEN_AGREED), ...text.matchAll(IT_WAS_PROPOSED), ...text.matchAll(PROPOSED_SECONDED_AGREED), ...text.matchAll(PROPOSED_SECONDED_IN_FAVOUR), ...text.matchAll(MOTION_HEADED), ...text.matchAll(MOTION_TO_MADE_BY)]) {
    // "proposed that Option A be pursued instead; this was not seconded. RESOLVED ...": the outcome word
    // found is the next record's; this proposal fell.
    if (PROPOSAL_FELL.test(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const tidy = tidyClause(text, { label: null, start, end: start + m[1]!.length });
    // "Motion to recommend that the City Council adopt ...": what it recommends to another body.
    const recommends = /^to\s+recommend\b/i.test(m[1]!);
    if (tidy) out.push(clauseCandidate(recommends ? 'recommendation' : 'resolution', null, tidy.start, tidy.end, !recommends && isProcedural(m[1]!)));
  }
  return out;
}

const PROPOSAL_FELL = /\b(?:(?:was|were)\s+not\s+seconded|no\s+seconder|(?:fell|was\s+lost|was\s+withdrawn)\s+for\s+(?:want|lack)\s+of\s+a\s+seconder)\b/i;

export function findRunningMotions(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [...mainMotionsAfterAmendment(text), ...proposalsAgreed(text), ...mainMotionsAfterLostAmendment(text)];
  for (const m of text.matchAll(MOVED_AND_SECONDED)) {
    if (!/carried/i.test(m[2]!) || disposesOfNothing(m[1]!)) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    const tidy = tidyClause(text, { label: null, start, end: start + m[1]!.length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(m[1]!)));
  }
  for (const m of text.matchAll(ON_MOTION)) {
    // "..., the Board approved X." tells the outcome itself; otherwise "Motion carried" must follow.
    if (!m.groups?.carried && !m.groups?.body) continue;
    if (MOTION_FAILED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // "the Board introduced the ordinance, waived the first reading": not disposed of yet (GUIDELINES).
    const moved = m.groups!.moved!;
    if (NOT_YET_PASSED.test(moved) || disposesOfNothing(moved)) continue;
    const start = m.index + m[0].lastIndexOf(moved, m[0].length - (m.groups?.carried?.length ?? 0));
    // With the full stop that closes what was moved, as a running motion keeps it.
    const tidy = tidyClause(text, { label: null, start, end: start + moved.length + 1 });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(moved)));
    // The consent agenda approved in one motion approves each of its items (listed under it).
    if (/\bconsent\s+(?:agenda|calendar)\b/i.test(moved)) out.push(...consentItems(input, m.index, moved));
  }
  for (const m of text.matchAll(RUNNING_MOTION)) {
    if (!votesCarried(m.groups, text.slice(m.index + m[0].length))) continue;
    // "to approve the Consent Calendar ... as follows: A. ... E. ...": the items are records of their own.
    const listed = /^[^:]{5,300}?\b(?:as\s+follows\s*:|(?:as\s+)?listed\s+below\b)|^[^:\n]{0,40}\bthe\s+following\b[^:\n]{0,80}:/i.exec(m[1]!);
    const operative = listed ? listed[0] : m[1]!;
    // Inside a numbered item ("99-493 ... Moved by X to adopt, and ..."), the item is the record.
    if (insideNumberedItem(text, m.index)) continue;
    // Introduced or passed to a further reading: not disposed of yet (GUIDELINES).
    if (NOT_YET_PASSED.test(operative)) continue;
    // Tabled, deferred: the item is not disposed of (GUIDELINES: deferred items are no record).
    if (disposesOfNothing(operative)) continue;
    // "Moved by X to adopt": the motion is the item it stands in, which the numbered finder reads.
    if (/^to\s+(?:adopt|approve|receive(?:\s+and\s+file)?|accept|file)(?:\s+the\s+balance\b.*)?$/i.test(operative.trim())) continue;
    const start = m.index + m[0].indexOf(operative);
    // Keep the full stop that closes what was moved; a comma or semicolon before "motion carried" is not its.
    const closing = !listed && text[start + operative.length] === '.' ? 1 : 0;
    const tidy = tidyClause(text, { label: null, start, end: start + operative.length + closing });
    if (!tidy) continue;
    // "THAT Council:" alone: the lead-in of a list its clauses are read from (numbered-resolutions.ts).
    // (Not "to approve the consent agenda as follows:", whose items are read below.)
    if (!listed && /^[^\n]{0,60}:-?$/.test(text.slice(tidy.start, tidy.end).trim())) continue;
    // "to adopt Ordinance No. 2026-07", "to memorialize Resolution PB 2026-09": the motion is known by the
    // number of what it adopts ("to find that Ordinance 2026-05 is not inconsistent ..." adopts nothing).
    const numbered = ADOPTS_NUMBERED.exec(operative);
    // "moved to adopt Resolution No. 2026-15" after its text: the resolution's own clauses are the records.
    if (numbered && /^to\s+adopt\s+(?:Resolution|Ordinance|By-?law)\s+(?:No\.?\s*)?\S+(?:\s+as\s+(?:read|presented|amended|written))?\s*\.?$/i.test(operative.trim()) && (textPrintedAbove(text, numbered[1]!, m.index) || textPrintedBelow(text, m.index + m[0].length))) continue;
    // "moved to recommend approval of X to the City Council": what one body recommends to another (GUIDELINES).
    // "moved that the Planning Commission recommend that the Board of Supervisors approve ...": what is
    // recommended starts after the second "that" (GUIDELINES: the lead-in is no part of the record).
    const recommendsThat = RECOMMENDATION_LEAD_IN.exec(text.slice(tidy.start, tidy.end));
    const from = recommendsThat ? tidy.start + recommendsThat[0].length : tidy.start;
    const recommends = /^to\s+recommend\b/i.test(operative.trim()) || recommendsThat !== null;
    const consent = /\bconsent\s+(?:agenda|calendar|items?)\b/i.test(operative);
    const items = listed ? itemsListed(input, start + operative.length, m.index + m[0].length) : [];
    // "to approve Personnel Report No. 2026-07 as follows: A. ... E. ...": its lettered or numbered items are
    // the resolutions (GUIDELINES), the lead-in none. A consent agenda's motion stands beside its items.
    if ((consent && !listed) || items.length === 0) {
      out.push(clauseCandidate(recommends ? 'recommendation' : 'resolution', numbered ? numbered[1]! : null, from, tidy.end, !recommends && isProcedural(operative)));
    }
    // The consent agenda approved as one motion approves each of its items.
    if (consent) out.push(...(listed ? items : consentItems(input, m.index, operative)));
    else out.push(...items);
  }
  return out;
}

/** A motion whose verb takes a numbered measure: its number, the motion's label. */
const ADOPTS_NUMBERED = /\b(?:adopt|approve|pass|enact|ratify|memoriali[sz]e)\s+(?:the\s+)?(?:Ordinance|Resolution|By-?law)\s+(?:No\.?\s*)?([A-Z]{1,4}\s\d{2,4}(?:-\d{1,4})?|\d{2,4}(?:-[A-Z0-9]{1,6})+|[A-Z]{0,4}[-\d]*\d)\b/i;

/** Whether the operative text of resolution or ordinance `number` is printed before `at` (its heading, then "RESOLVED" or "ORDAINED"). */
function textPrintedAbove(text: string, number: string, at: number): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(String.raw`\b(?:RESOLUTION|ORDINANCE|BY-?LAW)\s+(?:NO\.?\s*)?${escaped}\b`, 'gi');
  let found: RegExpExecArray | null = null;
  for (const m of text.slice(0, at).matchAll(heading)) found = m;
  return found !== null && /\b(?:RESOLVED|ORDAINED|ENACTS?)\b/.test(text.slice(found.index, at));
}

/**
 * "... Motion carried 5-0. The resolution as adopted reads: / WHEREAS ... / BE IT RESOLVED ... Section 1.
 * ...": the adopted text printed just after the motion, whose clauses are the records.
 */
function textPrintedBelow(text: string, after: number): boolean {
  const next = text.slice(after, after + 250).split(/\b(?:Motion|Moved)\s+by\b/)[0]!;
  return /\b(?:resolution|ordinance|by-?law)\s+as\s+(?:adopted|passed|amended)\s+(?:reads|is\s+as\s+follows)\s*:/i.test(next);
}

/**
 * The lettered items a motion lists after "as follows:" or "as listed below", up to its vote or
 * outcome, each with what is listed under it ("B. Certified personnel report:" and its resignations
 * and appointments). An item the list itself says was taken out ("D. Removed for separate action")
 * was not approved.
 */
function itemsListed(input: FinderInput, from: number, to: number): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const items: Candidate[] = [];
  const inList = blocks.filter((b) => b.contentStart >= from && b.contentStart < to);
  inList.forEach((block, i) => {
    if (!isLetteredItem(block)) return;
    let last = block;
    for (let k = i + 1; k < inList.length && !isLetteredItem(inList[k]!) && inList[k]!.kind === 'list_item'; k++) last = inList[k]!;
    // The last item may run on into the outcome line: it stops where "Motion carried" starts.
    const outcome = /\n[^\n]*\b(?:motion\s+(?:was\s+)?(?:carried|passed)\b|roll[- ]call\s+vote\b|ayes\s*:)/i.exec(text.slice(block.contentStart, last.end));
    const item = consentItem(text, block, outcome ? block.contentStart + outcome.index : last.end);
    if (item && !TAKEN_OUT.test(text.slice(item.start, item.end))) items.push(item);
  });
  return items;
}

const TAKEN_OUT = /^\W*(?:removed|pulled|withdrawn|deleted)\b/i;

/** "A.", "(b)", "6.A", "8.1": how a consent agenda letters or numbers its items. */
function isLetteredItem(block: Block): boolean {
  return block.kind === 'list_item' && block.marker !== null && (/^(?:\(?[A-Za-z][.)]?|\d{1,2}\.\d{1,2})$/.test(block.marker) || isLetteredAgendaItem(block.marker));
}

/** A consent item up to `end`: a resolution, procedural when it approves minutes. */
function consentItem(text: string, block: Block, end: number): Candidate | null {
  const tidy = tidyClause(text, { label: block.marker, start: block.contentStart, end: itemTextEnd(text, block, end) });
  if (!tidy) return null;
  const words = text.slice(tidy.start, tidy.end);
  return clauseCandidate('resolution', tidy.label, tidy.start, tidy.end, isProcedural(words) || /^(?:approve\s+the\s+)?minutes\s+of\b/i.test(words.trim()));
}

/**
 * Where an item's own lines end: its wrapped lines are indented under its words; a line that starts
 * further left ("   D. Fire run report" / "Trustee Thiel asked ...") is the minutes going on.
 */
function itemTextEnd(text: string, block: Block, end: number): number {
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  const markerColumn = block.start - lineStart;
  for (let at = text.indexOf('\n', block.contentStart); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    const indent = /^[ \t]*/.exec(text.slice(at + 1, end))![0].length;
    if (indent <= markerColumn && markerColumn > 0) return at;
  }
  return end;
}

/**
 * A consent agenda's items just before the motion that approved them: lettered list items, or table
 * rows numbered in their first cell ("6.A | Approve the minutes ..."). A note or two between them and
 * the motion ("Councilmember X requested that Item 6.D be pulled") is passed over; items the motion
 * excepts ("with the exception of Item 6.D") are left out.
 */
function consentItems(input: FinderInput, motionStart: number, operative: string): Candidate[] {
  const except = excepted(operative);
  const only = namedItems(operative);
  const approved = (item: Candidate): boolean => {
    const number = normaliseItemNumber(item.label ?? '');
    return !except.has(number) && (only === null || only.has(number));
  };
  const { document, blocks } = input;
  const text = document.text;
  const at = blocks.findIndex((b) => b.start <= motionStart && motionStart < b.end);
  const items: Candidate[] = [];
  // Items printed under the motion that approved them ("... Motion passed 3-0. / 6.A Claims ... / 6.B ..."),
  // past the lines of its seconder and vote that a PDF may have set apart.
  // Numbered within the item ("7.1 Approve the minutes ...") as well as lettered.
  const listedUnder = (block: Block): boolean => isLetteredItem(block) || (block.kind === 'list_item' && /^\d{1,2}\.\d{1,2}$/.test(block.marker ?? ''));
  let first = at + 1;
  while (first < blocks.length && first <= at + 2 && !listedUnder(blocks[first]!) && MOTION_TAIL.test(text.slice(blocks[first]!.contentStart, blocks[first]!.end))) first++;
  for (let k = first; k < blocks.length && listedUnder(blocks[k]!); k++) {
    const item = consentItem(text, blocks[k]!, blocks[k]!.end);
    if (item && approved(item)) items.push(item);
  }
  if (items.length > 0) return items;
  let notesPassed = 0;
  for (let k = at; k >= 0; k--) {
    const block = blocks[k]!;
    // The last item may run on into the motion (no blank line between them): it stops where the motion starts.
    const item = isLetteredItem(block) ? consentItem(text, block, Math.min(block.end, motionStart)) : numberedRowItem(text, block);
    if (item) {
      if (approved(item)) items.unshift(item);
      continue;
    }
    if (items.length > 0 || block.kind === 'heading' || ++notesPassed > MAX_NOTES_BEFORE_MOTION) break;
  }
  return items;
}

/** The end of a motion told apart from it: "Commissioner Lindqvist seconded. Roll call: ... Motion passed 3-0." */
const MOTION_TAIL = /^\s*(?:[A-Z][\w'’-]*\s+){1,3}seconded\b|^\s*(?:Roll[-\s]call|Ayes|Motion\s+(?:carried|passed))\b|^\s*Vote\s*:/i;

/** Paragraphs (the motion's own, a request to pull an item) that may stand between the items and the motion. */
const MAX_NOTES_BEFORE_MOTION = 3;
const ITEM_NUMBER_CELL = /^(?:\d{1,2}\.)?[A-Z]\.?$|^\d{1,2}(?:\.\d{1,2})?\.?$/;

/** A table row "6.A | Approve the minutes ...": a consent item labelled by its first cell. */
function numberedRowItem(text: string, block: Block): Candidate | null {
  if (block.kind !== 'table_row') return null;
  const cells = rowCells(text, block);
  if (cells.length !== 2 || !ITEM_NUMBER_CELL.test(cells[0]!.text.trim())) return null;
  const tidy = tidyClause(text, { label: cells[0]!.text.trim(), start: cells[1]!.start, end: cells[1]!.end });
  if (!tidy) return null;
  const words = text.slice(tidy.start, tidy.end);
  return clauseCandidate('resolution', tidy.label, tidy.start, tidy.end, isProcedural(words) || /^(?:approve\s+the\s+)?minutes\s+of\b/i.test(words.trim()));
}

/** The item numbers a consent motion leaves out: "with the exception of Item 6.D", "except Items 4 and 7". */
const EXCEPTING = String.raw`\b(?:with\s+the\s+exception\s+of|except(?:\s+for)?|excluding|other\s+than)\s+`;

function excepted(operative: string): Set<string> {
  const m = new RegExp(String.raw`${EXCEPTING}Items?\s+((?:No\.?\s*)?[\w.]+(?:\s*(?:,|and|&)\s*[\w.]+)*)`, 'i').exec(operative);
  return m ? itemNumbers(m[1]!) : new Set();
}

/**
 * The items a consent motion names one by one ("to approve Consent Agenda Items 6.A, 6.B, 6.C, 6.E and
 * 6.F"): only those were approved. Null when it names none or gives a range ("Items 6.A through 6.F").
 */
function namedItems(operative: string): Set<string> | null {
  const m = /\bItems?\s+((?:No\.?\s*)?[\w.]+(?:\s*(?:,|and|&)\s*[\w.]+)+)/i.exec(operative);
  if (!m || new RegExp(`${EXCEPTING}$`, 'i').test(operative.slice(0, m.index))) return null;
  return itemNumbers(m[1]!);
}

/** "6.A, 6.B and 6.D" (or "No. 4 and 7") as the item numbers they name. */
function itemNumbers(list: string): Set<string> {
  return new Set(list.replace(/^No\.?\s*/i, '').split(/\s*(?:,|\band\b|&)\s*/).map(normaliseItemNumber).filter((n) => n !== ''));
}

/** An item's number as a consent motion may name it: "6.A", "A.", "(a)" and "A" are all "A". */
function normaliseItemNumber(label: string): string {
  const parts = label.replace(/[()\s]+/g, '').split('.').filter((p) => p !== '');
  return (parts[parts.length - 1] ?? '').toUpperCase();
}

/**
 * Agenda items with a recorded disposition, as US city councils print them: "*43 Authorize a grant
 * agreement with ... (Ordinance) (Y-5) 184350". A yes-vote tally "(Y-n)" means the item passed; items
 * "PASSED TO SECOND READING", "REFERRED" or "PLACED ON FILE" carry no tally and give nothing.
 */
const DISPOSED_ITEM = /(?:(?<=\s)(?<starred>\*\d{1,3})|(?<=^|\s{2,}|\n)(?<plain>S-\d{1,3}|\d{1,3}))\s+(?<item>[A-Z][^()]{8,600}?)\s+\((?:Ordinance|Resolution|Report|Second Reading|Previous Agenda|Emergency)[^)]*\)[^()]{0,200}?\(Y-\d+\)/g;

export function findDisposedItems(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(DISPOSED_ITEM)) {
    // A vote on an amendment ("Motion to accept the substitute ... (Y-5)") before the item itself was
    // passed to a second reading is not the item's adoption.
    if (/^\s*(?:\(Y-\d+\)\s*)*(?:SUBSTITUTE\s+)?PASSED\s+TO\s+SECOND\s+READING/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const label = m.groups!['starred'] ?? m.groups!['plain']!;
    const item = m.groups!['item']!;
    const start = m.index + m[0].indexOf(item);
    const tidy = tidyClause(text, { label, start, end: start + item.length });
    if (tidy) out.push(clauseCandidate('resolution', label, tidy.start, tidy.end, isProcedural(item)));
  }
  return out;
}

/**
 * "The Motion was proposed by ..., seconded by ... and adopted." and the like, after the motion's text;
 * and the Irish "Proposed by Cllr A, Seconded by Cllr B, and agreed." alone under a notice of motion
 * (and the reply to it).
 */
const MOTION_ADOPTED = new RegExp(String.raw`^\s*(?:The\s+)?(?:Notice\s+of\s+)?Motion\s+(?:was\s+)?(?:[^.]{0,200}?\b)?(?:adopted|agreed|carried|passed|approved)\b|^\s*(?:The\s+)?(?:Lord\s+Mayor|Mayor|Cathaoirleach|Chair(?:man|person)?|Provost)\s+declared\s+the\s+(?:substantive\s+)?motion\s+(?:to\s+be\s+)?(?:carried|adopted|passed)\b|^\s*(?:It\s+was\s+)?[Pp]roposed\s+by\s+${NAMED}{2,80}?,?\s+[Ss]econded\s+by\s+${NAMED}{2,80}?,?\s+and\s+(?:unanimously\s+)?(?:agreed|adopted|carried|passed)\.?\s*$`, 'i');
/** "... and accordingly the Motion, as amended, was adopted." said later in the item. */
const MOTION_ADOPTED_LATER = new RegExp(String.raw`\bMotion\b${NAMED}{0,80}?\b(?:was|were)\s+(?:\w+\s+)?(?:adopted|agreed|carried|passed|approved)\b`, 'i');
/** Where a motion as written begins its operative words: "I will move at the next Meeting that ...", or '"That' on the line under the motion's heading ("Notice of Motion No. 1 - Cllr X"). */
const MOTION_OPERATIVE = /\b(?:I|we)\s+(?:will|shall|hereby)\s+(?:move|propose)\b[^]*?\bthat\b[,:]?\s*|^\s*[“"]?(?=That\b)|(?:^|\n)[^\n]*\bMotion\b[^\n]*\n[ \t]*[“"]?(?=That\b)/i;

/**
 * Motions as submitted that the minutes then record as adopted: the record is the motion's operative
 * text, from "that" after "I will move", up to the end of its block.
 */
/** Blocks that may stand between a motion's text and its outcome: its movers, an amendment, a vote by name. */
const MOST_BLOCKS_TO_OUTCOME = 8;

export function findAdoptedMotions(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  const taken = new Set<number>();
  blocks.forEach((block, i) => {
    const words = text.slice(block.contentStart, block.end);
    if (!MOTION_ADOPTED.test(words) && !MOTION_ADOPTED_LATER.test(words)) return;
    // The motion as written stands a few blocks before its outcome (a proposer's line, an amendment,
    // a vote by name may come between), under the same heading.
    for (let k = i - 1; k >= Math.max(0, i - MOST_BLOCKS_TO_OUTCOME); k--) {
      if (taken.has(k)) return;
      const motion = blocks[k]!;
      if (motion.kind === 'heading') return;
      const body = text.slice(motion.contentStart, motion.end);
      const operative = MOTION_OPERATIVE.exec(body);
      if (!operative) continue;
      // '"That this Authority:' over numbered clauses: the clauses are the records (quotedListMotion).
      if (/:\s*[-–—]?$/.test(body.trim())) return;
      const start = motion.contentStart + operative.index + operative[0].length;
      // The closing quote of a quoted motion is not part of it.
      const end = /[”"]\s*$/.test(body) && /[“"]$/.test(body.slice(0, operative.index + operative[0].length)) ? motion.contentStart + body.trimEnd().length - 1 : motion.end;
      const tidy = tidyClause(text, { label: motion.marker, start, end });
      if (tidy) {
        taken.add(k);
        out.push(clauseCandidate('resolution', motion.marker, tidy.start, tidy.end, false));
      }
      return;
    }
  });
  blocks.forEach((block) => out.push(...quotedMotionsAdopted(text, block)));
  blocks.forEach((block, i) => {
    const quoted = quotedAfterOutcome(input, i) ?? quotedProposalCarried(input, i);
    if (quoted) out.push(quoted);
    out.push(...quotedListMotion(input, i), ...listedMotionCarried(input, i));
  });
  return out;
}

/** A quoted motion's lead-in ending its block: '"That Caerwen Town Council:'. */
const QUOTED_LEAD_IN = /(?:^|\n)[ \t]*[“"‘'](That\b[^\n]{0,120}):\s*$/;
/**
 * A quoted motion whose preamble comes first: 'moved ... the following motion: "This Council notes that
 * ... / This Council resolves to:' ending its block, the quote still open.
 */
const RESOLVES_INSIDE_QUOTE = /[“"](?:(?![”"])[^])*\n[ \t]*(?:This|The)\s+(?:Council|Committee|Board|Authority|Cabinet)\s+(?:therefore\s+|further\s+)?(?:resolves|agrees|calls\s+on\s+[^:\n]{2,80}?)(?:\s+to|\s+that)?\s*:\s*$/;

/** The motion (not an amendment to it) carried, told after its text. */
const MOTION_CARRIED_AFTER = /\b(?:[Ss]ubstantive|[Mm]ain|[Oo]riginal|[Tt]he)\s+motion\b[^.]{0,120}?\b(?:CARRIED|carried|ADOPTED|adopted|agreed)\b/;
const MOTION_LOST_AFTER = /\b(?:[Ss]ubstantive|[Mm]ain|[Oo]riginal|[Tt]he)\s+motion\b[^.]{0,120}?\b(?:LOST|lost|DEFEATED|defeated|fell|withdrawn|WITHDRAWN)\b/;

/**
 * A motion quoted with numbered clauses ('"That Caerwen Town Council: / 1. declares ...; / 2. ...; /
 * 3. asks ...."'), then an amendment perhaps, then "The substantive motion was ... CARRIED": each
 * clause is a resolution, the last one ending at the closing quote.
 */
function quotedListMotion(input: FinderInput, index: number): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const lead = blocks[index]!;
  const leadWords = text.slice(lead.contentStart, lead.end);
  if (!QUOTED_LEAD_IN.test(leadWords) && !RESOLVES_INSIDE_QUOTE.test(leadWords)) return [];
  const clauses = collectList(document, blocks, index + 1, null).clauses;
  const last = clauses[clauses.length - 1];
  if (!last) return [];
  const close = text.slice(last.start, last.end).search(/[”"’'](?=\s|$)/);
  if (close < 0) return [];
  const after = text.slice(last.start + close, last.start + close + 1200);
  // (The next motion's "the motion was lost" after this one's "carried" is that motion's fate.)
  const carried = MOTION_CARRIED_AFTER.exec(after);
  const lost = MOTION_LOST_AFTER.exec(after);
  if (!carried || (lost && lost.index < carried.index)) return [];
  const out: Candidate[] = [];
  for (const clause of clauses) {
    const tidy = tidyClause(text, clause === last ? { ...clause, end: last.start + close } : clause);
    if (tidy) out.push(clauseCandidate('resolution', tidy.label, tidy.start, tidy.end, false));
  }
  return out;
}

/** "The Convener, seconded by the Vice-Convener, moved that the Committee:-" ending its block. */
const MOVED_THAT_BODY = /\bmoved\s+that\s+(?:the\s+)?(?:Committee|Sub-Committee|Council|Board|Cabinet|Panel|Authority)\s*:-?\s*$/;
const AMENDMENT_CARRIED = /\bamendment\s+was\s+(?:accordingly\s+|therefore\s+|then\s+)?(?:declared\s+)?(?:carried|agreed|adopted)\b/i;

/**
 * A motion moved with its clauses listed ("The Convener, seconded by the Vice-Convener, moved that the
 * Committee:- (1) approve ...; (2) ..."), perhaps an amendment and a division, then "The motion was
 * accordingly carried.": each clause is a resolution. When the amendment was carried instead, the
 * motion's clauses are no record.
 */
function listedMotionCarried(input: FinderInput, index: number): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const lead = blocks[index]!;
  if (!MOVED_THAT_BODY.test(text.slice(lead.contentStart, lead.end)) || /\bas\s+an\s+amendment\b/i.test(text.slice(lead.contentStart, lead.end))) return [];
  const clauses = collectList(document, blocks, index + 1, null).clauses;
  const last = clauses[clauses.length - 1];
  if (!last) return [];
  const after = text.slice(last.end, last.end + 3000);
  const carried = MOTION_CARRIED_AFTER.exec(after);
  // ("there voted for the motion 3 and for the amendment 5, and the amendment was accordingly declared carried":
  // the sentence that names the motion carries the amendment.)
  if (!carried || AMENDMENT_CARRIED.test(after.slice(0, carried.index + carried[0].length))) return [];
  const out: Candidate[] = [];
  for (const clause of clauses) {
    const tidy = tidyClause(text, clause);
    if (tidy) out.push(clauseCandidate('resolution', tidy.label, tidy.start, tidy.end, false));
  }
  return out;
}

/**
 * "Following discussion, the following motion was ADOPTED:" at a block's end: the motion follows, quoted. So
 * do "Proposed by Cllr. A, seconded by Cllr. B, and resolved:" and "The Cathaoirleach declared the following
 * resolution carried:", as Irish minutes print them.
 */
const ADOPTED_AS_FOLLOWS = /\b(?:following|this)\s+(?:notice\s+of\s+)?motion\s+was\s+(?:\w+\s+)?(?:adopted|agreed|carried|passed)\s*:\s*$|\bseconded\s+by\s+[^:\n]{2,80}?,?\s+and\s+(?:unanimously\s+)?(?:resolved|agreed)\s*:\s*$|\bdeclared\s+the\s+following\s+(?:resolution|motion)\s+(?:to\s+be\s+)?(?:carried|adopted|passed)\s*:\s*$/i;
/** A quoted motion's opening: a straight or curly, single or double quote before "That". */
const QUOTE_OPENING = /^[“"‘'](?=That\b)/;

/**
 * The motion quoted in the block after "the following motion was ADOPTED:": the record is the text
 * inside the quotes (up to the last closing quote of the block: an apostrophe inside is no close).
 */
function quotedAfterOutcome(input: FinderInput, index: number): Candidate | null {
  const { document, blocks } = input;
  const text = document.text;
  const lead = blocks[index]!;
  if (!ADOPTED_AS_FOLLOWS.test(text.slice(lead.contentStart, lead.end))) return null;
  const next = blocks[index + 1];
  if (!next) return null;
  const words = text.slice(next.contentStart, next.end);
  const open = QUOTE_OPENING.exec(words);
  if (!open) return null;
  const close = Math.max(words.lastIndexOf('’'), words.lastIndexOf('”'), words.lastIndexOf('"'), words.lastIndexOf("'"));
  const end = close > 0 ? next.contentStart + close : next.end;
  const tidy = tidyClause(text, { label: null, start: next.contentStart + open[0].length, end });
  return tidy ? clauseCandidate('resolution', null, tidy.start, tidy.end, false) : null;
}

/** A proposal's lead-in ending its block, with no outcome in it: "On the PROPOSAL of Cllr A, SECONDED by Cllr B:". */
// (And "Mrs J. Olusanya proposed, and Mr C. Hext seconded, the following motion:".)
const PROPOSAL_LEAD_IN = /\b(?:on\s+the\s+)?(?:proposal|motion)\s+of\s+[^:\n]{2,80}?,?\s+seconded\s+by\s+[^:\n]{2,80}:\s*$|^\s*(?:Proposed|Moved)\s+by\s+[^:\n]{2,80}?,?\s+seconded\s+by\s+[^:\n]{2,80}:\s*$|\b(?:proposed|moved),?\s+and\s+[^:\n]{2,60}?\s+seconded,?\s+the\s+following\s+(?:motion|resolution)\s*:\s*$/i;
/** The outcome told after the quoted proposal: "The Cathaoirleach declared the resolution CARRIED." */
const DECLARED_CARRIED = /\b(?:declared\s+the\s+(?:resolution|motion|proposal)\s+(?:to\s+be\s+)?|(?:resolution|motion|proposal)\s+was\s+(?:declared\s+)?)(CARRIED|carried|ADOPTED|adopted|AGREED|agreed|LOST|lost|DEFEATED|defeated)\b/;

/**
 * A proposal quoted after its proposer and seconder ('On the PROPOSAL of Cllr A, SECONDED by Cllr B:
 * / "That ..." / a recorded vote / "The Cathaoirleach declared the resolution CARRIED."'): the quoted
 * text is the resolution when its outcome, before the next proposal, says carried.
 */
function quotedProposalCarried(input: FinderInput, index: number): Candidate | null {
  const { document, blocks } = input;
  const text = document.text;
  const block = blocks[index]!;
  // The quoted text follows the lead-in on the next line of the same block, or as the next block.
  const lines = text.slice(block.contentStart, block.end).split('\n');
  const leadLine = lines.findIndex((line) => PROPOSAL_LEAD_IN.test(line));
  if (leadLine < 0) return null;
  const quoteStart = leadLine < lines.length - 1
    ? block.contentStart + lines.slice(0, leadLine + 1).join('\n').length + 1
    : blocks[index + 1]?.contentStart;
  if (quoteStart === undefined) return null;
  const quoteEnd = leadLine < lines.length - 1 ? block.end : blocks[index + 1]!.end;
  const words = text.slice(quoteStart, quoteEnd);
  const indent = words.length - words.trimStart().length;
  const open = QUOTE_OPENING.exec(words.trimStart());
  if (!open) return null;
  // "Proposed by Cllr A, Seconded by Cllr B, and agreed:": the lead-in tells the outcome itself.
  const agreedInLeadIn = /,?\s+and\s+(?:agreed|adopted|carried|resolved)(?:\s+unanimously)?\s*:\s*$/i.test(lines[leadLine]!);
  const close = Math.max(words.lastIndexOf('’'), words.lastIndexOf('”'), words.lastIndexOf('"'));
  if (!agreedInLeadIn) {
    // (The outcome may share the quote's block: 'team and to Coachlink Ltd before 15 May 2026." / On a show of hands the motion was CARRIED'.)
    const outcomeFrom = close > indent ? quoteStart + close + 1 : quoteEnd;
    const after = text.slice(outcomeFrom, outcomeFrom + 1500);
    const nextProposal = after.search(/\b(?:proposal|motion)\s+of\b|\bseconded\s+by\b/i);
    const outcome = DECLARED_CARRIED.exec(nextProposal < 0 ? after : after.slice(0, nextProposal));
    if (!outcome || !/carried|adopted|agreed/i.test(outcome[1]!)) return null;
  }
  const tidy = tidyClause(text, { label: null, start: quoteStart + indent + open[0].length, end: close > indent ? quoteStart + close : quoteEnd });
  return tidy ? clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(text.slice(tidy.start, tidy.end))) : null;
}

/** A motion quoted on a line of its own: "That ...", in straight or curly quotes. */
const QUOTED_MOTION = /^[ \t]*[“"](?=That\b)/;
/** Lines after the quoted motion in which its outcome may be told. */
const OUTCOME_WITHIN_LINES = 3;

/**
 * An item that quotes the motion and then says, in the same block, that it was adopted ("7. NOTICE
 * OF MOTION ... / "That the District calls on ..." / The Motion was proposed by ..., seconded by ...,
 * and ADOPTED."): the record is the quoted text. A motion declared lost never says adopted.
 */
function quotedMotionsAdopted(text: string, block: Block): Candidate[] {
  const out: Candidate[] = [];
  const lines = [...text.slice(block.contentStart, block.end).matchAll(/[^\n]+/g)].map((m) => ({ start: block.contentStart + m.index, text: m[0] }));
  lines.forEach((line, i) => {
    const open = QUOTED_MOTION.exec(line.text);
    if (!open) return;
    const outcome = lines.slice(i + 1, i + 1 + OUTCOME_WITHIN_LINES).some((later) => MOTION_ADOPTED.test(later.text));
    if (!outcome) return;
    const close = line.text.slice(open[0].length).search(/[”"]/);
    const start = line.start + open[0].length;
    const end = close < 0 ? line.start + line.text.trimEnd().length : start + close;
    const tidy = tidyClause(text, { label: block.marker, start, end });
    if (tidy) out.push(clauseCandidate('resolution', block.marker, tidy.start, tidy.end, false));
  });
  return out;
}

/** Whether a position lies in a numbered item that has not reached its outcome or a blank line yet. */
function insideNumberedItem(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 600), index);
  const labels = [...before.matchAll(new RegExp(ITEM_LABEL.source, 'gm'))];
  const last = labels.pop();
  if (!last) return false;
  const since = before.slice(last.index);
  return !/\n[ \t]*\n/.test(since) && !/\bcarried\b/i.test(since);
}
