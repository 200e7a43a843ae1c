import type { Block } from '../../schemas/document.ts';
import type { Candidate, FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';
import { disposesOfNothing } from './deferral.ts';
import { collectList, isNoise } from './clauses.ts';
import { nextContentBlock } from './operative.ts';
import { markerStyle, type MarkerStyle } from '../readers/markers.ts';
import { tidyClause } from './span.ts';
import { insideProposedMotion } from './quoted.ts';

/**
 * An aside between the one tasked and the task: "the Chair, with the Panel Support Officer, to write",
 * "the City Manager, or his designee, is directed", "the Treasurer, with the approval of the Select
 * Board, is authorized", "X, in consultation with Y, be authorised".
 */
const ASIDE = String.raw`(?:,\s+(?:(?:in\s+consultation\s+with|on\s+behalf\s+of|together\s+with|with|supported\s+by|assisted\s+by)\s+[^,;]{3,80}|or\s+(?:his|her|their|its|the)\s+(?:designee|nominee|deputy)),)?`;

/** Someone tasked in a clause: "the chief executive be tasked with", "X be authorised to", "X be asked to". */
const TASKED = new RegExp(String.raw`(?:^|[;,]\s*|\.\s+|\bthat\s+|\band\s+)((?:the\s+)?[\w’'&-]+(?:\s+(?!that\b|be\b)[\w’'&-]+){0,9}?)(?<!\bnot)(?:\s*\([^()]{1,60}\))?${ASIDE}\s+(?:be|is|are)\s+(?:hereby\s+)?(?:tasked|asked|requested|instructed|authori[sz]ed|delegated|empowered|directed|mandated)\b`, 'gi');
/**
 * An office given a task in the subjunctive, as resolutions word it: "that the District Manager write
 * to ...", "the Clerk forward a copy of this resolution to ...", "the Head of Planning arrange ...", "the Chair write,
 * on behalf of the Board, to ...", "the Task and Finish Group report its findings to ...".
 */
// (An English town or parish council's "RFO" is its Responsible Financial Officer.)
const OFFICE = String.raw`(?:RFO|Cabinet\s+Member|Portfolio\s+Holder|Executive\s+Member|Manager|Clerk|Director|Officer|Adviser|Advisor|Engineer|Executive|Secretary|Treasurer|Administrator|Co-?ordinator|Solicitor|Surveyor|Head|Chair(?:man|person)?|Vice-Chair(?:man|person)?|Leader|Mayor|Group|Committee|Working\s+Party|Superintendent|Attorney|Auditor|Inspector|Planner|Controller|Comptroller|Lead|Board|Convener|Convenor|Provost|Cathaoirleach|Reeve)`;
const OFFICE_SUBJUNCTIVE = new RegExp(
  String.raw`(?:^|\b(?:[Tt]hat|THAT)\s+|[;,]\s*)((?:the\s+)?(?:task(?:\s+and\s+finish)?|working|steering)\s+group|(?:the\s+)?(?:[A-Z][a-z]+\s+(?:(?:and|of|for)\s+)?){0,3}(?:[A-Z][a-z]+-)?${OFFICE}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?(?:\s+and\s+the\s+(?:[A-Z][a-z]+\s+){0,2}${OFFICE})?)` +
    String.raw`(?:\s*\([^()]{1,60}\))?${ASIDE}\s+(?:write|arrange|bring|prepare|report|contact|circulate|forward|send|investigate|review|seek|ensure|engage|liaise|provide|publish|notify|inform|meet|host|sign|attend|draft|obtain|consult|present|submit|explore|develop|monitor|undertake|issue|serve|commission|procure|organise|organize|apply|recalculate|update|revise|complete|reply|respond|produce|confirm|appoint|convene|re-?submit|resend|re-?send|chase|request|pursue|object|place|order|purchase)(?:e?s)?\b`,
  'g',
);
/**
 * Anyone tasked in the subjunctive at the head of a clause: "that the PSB Support Officer finalise the report",
 * "that Menna Hafod provide ...", "that each statutory partner nominate ...", "that NRW and the Council's Flood
 * Risk Manager bring ...". Only verbs that set a task (not approve, adopt, note: the body's own acts), and not
 * an owner or applicant: "That the owner obtain a building permit ..." is a condition of a consent, no task set here.
 */
const ANYONE_SUBJUNCTIVE = /^\s*(?:that|That|THAT)\s+(?!(?:the\s+)?(?:[Oo]wner|[Aa]pplicant|[Dd]eveloper|[Pp]ermit\s+[Hh]older|[Ll]icen[cs]e\s+[Hh]older)s?\b)((?:(?:the|each|every|all)\s+)?(?:(?!(?:be|is|are|was|were|will|would|shall|should|not|draft)\b)[\w’'&.-]+\s+){0,6}?(?:[A-Z][\w’'&.-]*|partners?|officers?|members?|bodies|body|agencies|agency|organisations?))\s+(?:finali[sz]e|nominate|provide|bring|prepare|submit|publish|circulate|write|arrange|report|review|investigate|contact|liaise|draft|produce|update|develop|monitor|consult|organi[sz]e|obtain|seek|send|present|complete|explore|engage|issue|undertake|share|convene|identify)\b/;

/** Officers tasked in the subjunctive as a group: "... and that officers undertake a public consultation". */
const OFFICERS_SUBJUNCTIVE = /(?:^\s*|\b(?:[Tt]hat|THAT)\s+)((?:[A-Z][\w-]*\s+){0,3}(?:[Oo]fficers|[Ss]taff))\s+(?:undertake|proceed|prepare|report|bring|consult|arrange|write|carry\s+out|review|investigate|explore|develop|draft|seek|provide|contact|liaise|engage|meet|circulate|publish|notify|inform)\b/g;
/** Officers as a group: "directing staff to bring back a report", "instruct officers to". */
/** "The Panel requests that Council's Traffic and Transport team review ...": who is asked, and the step they take. */
const REQUESTS_THAT = /\b(?:requests?|asks?|directs?|instructs?)\s+that\s+((?:the\s+)?(?:Council['’]s\s+)?[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|of|for)){0,6}(?:\s+(?:team|officers|staff))?)\s+(?:review|report|prepare|provide|investigate|consider|undertake|bring|arrange|consult|monitor|write)\b/g;
// ("requests the administration to lodge a claim": an Australian council's word for its staff.)
const STAFF_DIRECTED = /\b(?:direct|instruct|ask|request|authori[sz]e)(?:s|ed|ing|e)?\s+((?:(?:the\s+)?Council(?:['’]s)?\s+)?(?:staff|officers)|the\s+administration)\s+to\b/gi;
/** The other order: "Delegates to the Chief Executive the authority to make minor changes". */
const DELEGATED_TO = /\b[Dd]elegate[sd]?\s+to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'&-]*)){0,10}?|an?\s+(?:[a-z]+\s+){0,2}(?:panel|sub-?committee|working\s+group|group)\b(?:\s+of\s+[^;]{3,100}?)?)\s+(?:the\s+|its\s+)?(?:authority|powers?|responsibility|decision)\b/g;
/** Authority delegated to someone: "DELEGATE authority to the Director of Public Health, in consultation with". */
const DELEGATED = /\bdelegate[sd]?\s+(?:authority|powers?|responsibility|[a-z]+ing\b[^.;]{0,80}?|any\s+[^.;]{0,80}?)\s+(?:be\s+given\s+|is\s+given\s+)?to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'&-]*)){0,10}?)(?=\s*(?:,|;|\bin consultation\b|\bto\b|\(|$))/gi;
/**
 * Where a sentence's action starts: after an item heading printed on its own line above it ("BOARD
 * DIRECTION - OLD QUARRY ROAD"), and after discussion joined to the task by a semicolon ("Members
 * discussed the fence; Cllr Jenkins agreed to inspect it").
 */
function actionStartIn(words: string, taskAt: number | null): number {
  const heading = /^[^\na-z]{6,}\n\s*/.exec(words);
  let from = heading ? heading[0].length : 0;
  if (taskAt !== null && taskAt > from) {
    const semicolon = words.lastIndexOf(';', taskAt);
    if (semicolon >= from) from = semicolon + 1 + (/^\s*/.exec(words.slice(semicolon + 1))?.[0].length ?? 0);
    // "Members were concerned at the deficit, and Cabinet agreed that the Section 151 Officer would ...".
    const joined = /,\s+and\s+(?=(?:the\s+)?(?:Cabinet|Committee|Sub-Committee|Council|Board|Panel|Forum|Commission|it\s+was)\b)/i.exec(words.slice(from, taskAt + 40));
    if (joined && from + joined.index < taskAt + 1) from += joined.index + joined[0].length;
    // "Members noted that ..., and the Planning Adviser agreed to send ...": the task starts with its actor.
    else if (/,\s+and\s+$/.test(words.slice(from, taskAt)) && !/^(?:he|she|they|it|we)\b/i.test(words.slice(taskAt))) from = taskAt;
  }
  return from;
}

/** The outcome line of a motion not carried, before any other motion or outcome. */
const MOTION_NOT_CARRIED = /^(?:(?!\bmotion\s+(?:by|carried|passed|was\s+carried)\b)[^])*?\bmotion\s+(?:failed|was\s+(?:lost|defeated|withdrawn)|lost|defeated|withdrawn)\b/i;

/**
 * Who the body agreed would do it: "Members agreed that Cllr Prys and Cllr Evans would prepare ...", "Council
 * agreed that the Director of Public Works would hold ..."; a
 * task agreed in discussion (GUIDELINES: an action), not a decision of the body (statements.ts).
 */
// A US board names its members by office: "President Novak", "Trustee Brandt", "Commissioner Ruiz".
const PERSON = String.raw`(?:(?:Cllrs?\.?|Councillors?|Councilors?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|President|Vice[- ]President|Trustee|Commissioner|Supervisor|Alderman|Alderperson)\s+)?[A-Z][\w'’-]+`;
const NAMED_OFFICE = String.raw`(?:the\s+)?(?:(?:[A-Z][a-z]+|(?<=Section\s)\d{2,3})\s+(?:and\s+)?){0,3}${OFFICE}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?`;
/** "be held on 9 June 2026, to be arranged by the Democratic Services Manager": the office that arranges it. */
const TO_BE_DONE_BY_OFFICE = new RegExp(String.raw`\b(?:to\s+be|will\s+be|would\s+be)\s+(?:arranged|organised|organized|prepared|circulated|sent|drafted|led|co-?ordinated|issued|published|written)\s+by\s+(${NAMED_OFFICE}|officers|staff)\b`, 'g');
/** A clause agreeing what an office will do: "(It was AGREED that) the District Engineer would arrange a site meeting". */
const OFFICE_WOULD = new RegExp(String.raw`(?:^|\bthat\s+|,\s+but\s+)(${NAMED_OFFICE}(?:\s+[A-Z][a-z]+){0,2})\s+(?:would|will|shall|is\s+to)\s+(?!be\b|not\b|have\b)[a-z]+`);
/**
 * What a body decides rather than tasks anyone with: "It was agreed to pay the invoice / accept the quote /
 * apply for a contribution / book a stall" (GUIDELINES: approving a payment is no action by itself).
 */
export const DECISION_VERB = String.raw`pay|give|allocate|contribute|spend|accept|apply|book|donate|grant|award|adopt|approve|purchase|buy|support|object|lodge|fund|appoint|set|increase|reduce|retain|renew|join|sign\s+up|commission|endorse|continue|suspend|hold|co-opt|ratify`;
const DECIDED_NOT_TASKED = new RegExp(String.raw`^(?:also\s+|further\s+)?(?:${DECISION_VERB})\b`, 'i');

/** "agreed that Mr Okoro would join the Resources Committee": an appointment the body made, not a task. */
export const APPOINTED_WOULD = /\bwould\s+(?:join|serve\s+(?:on|as)|become|represent|sit\s+on|be\s+appointed)\b/;
/** Agreed in the passive with its doer named: "agreed that a response would be drafted by the Chair and Vice-Chair". */
export const AGREED_DONE_BY = /\bagreed\s+that\b[^.;]{0,200}?\b(?:would|will|should)\s+be\s+[a-z]+ed\b[^.;]{0,40}?\bby\s+(?:the\s+)?(?:[A-Z]|Clerk\b)/;
// An Australian title runs on after the office: "the Coordinator Governance and Risk", "the Manager Finance".
export const AGREED_WOULD = new RegExp(String.raw`\bagreed\s+(?:by\s+consensus\s+|unanimously\s+)?that\s+(${NAMED_OFFICE}(?:\s+[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)?|${PERSON}(?:\s+(?:and|&)\s+${PERSON})*)\s+would\b`);
/** The passive: "That authority be delegated to the Director of Place, in consultation with ...". */
const AUTHORITY_DELEGATED = /\b(?:authority|powers?|responsibility)\s+(?:be|is|are|was|were)\s+(?:hereby\s+)?delegated\s+to\s+((?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'&-]*)){0,10}?)(?=\s*(?:,|;|\bin consultation\b|\bto\b|\(|$))/gi;
/** Someone instructed in a clause: "instruct the Clerk to", "asked the Clerk to". */
const INSTRUCTED = new RegExp(String.raw`\b(?:[Ii]nstruct(?:s|ed|ing)?|[Dd]irect(?:s|ed|ing)?|[Aa]sk(?:s|ed|ing)?|[Rr]equest(?:s|ed|ing)?|[Aa]uthori[sz](?:e[sd]?|ing)|[Tt]ask(?:s|ed|ing)?)\s+((?:the\s+|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z&][\w&’'-]*|and|of|for|and\s+the|of\s+the)){0,6}(?:\s+to\s+the\s+(?:Board|Council|Committee|Authority|Panel))?(?:,\s+[A-Z][\w&-]*(?:\s+(?:[A-Z&][\w&-]*|and)){0,3}(?=\s+to\b))?)(?:\s*\([^()]{1,60}\))?${ASIDE}\s+to\b`, 'g');
/** Something to be sent on: "a copy of the Resolution be sent to the MPP", "this Resolution be forwarded to". */
const SENT_ON = /\bbe\s+(?:[a-z]+ed\s+and\s+)?(?:sent|forwarded|circulated|copied|referred)\s+to\b/i;
/**
 * A later step the clause sets in train: "the draft budget to be presented to County Council", "will be
 * reported to Cabinet", "a further report come to the Committee", "reconsider it in November 2026".
 */
const LATER_STEP = /\b(?:to\s+be|will\s+be|be)\s+(?:presented|reported|submitted|brought|taken|provided)\s+(?:back\s+)?to\b|\ba\s+further\s+(?:review|report|update)\b|\b(?:reconsider|revisit)\b/i;
/** A referral to someone: "refer to Legal Department for preparation of proper legislation". */
const REFERRED_TO = /\b[Rr]efer(?:red)?\s+to\s+((?:the\s+)?(?:City\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})\s+(?:for|to)\b/;
/**
 * Someone who should do something: "the Council should seek further legal advice". A passive ("the
 * following items should be brought forward") names what is to be done, not who is to do it.
 */
const SHOULD_DO = /(?:^|[;,]\s*|\bthat\s+|\band\s+)((?:the\s+)?[\w@.’'-]+(?:\s+[\w@.’'-]+){0,4}?)\s+should\s+(?!not\b|be\s+(?!made\s+aware\b))(?:be\s+made\s+aware|[a-z]+)/i;
/** Initials with a bare verb in a "That" clause: "That HR contact Albanwise", "BB contact Roger Lankfer". */
const INITIALS_DO = /^(?:[Tt]hat\s+)?([A-Z]{2,3}(?:\s*(?:and|&)\s*[A-Z]{2,3})?)\s+(?:contact|report|log|send|write|chase|arrange|check|investigate|obtain|order|update|ask|speak|circulate|email|prepare|draft|find|look|add|use|keep|progress|organise|organize|book|respond|reply|liaise)\b/;
/** The resolving body commits to a step: "Agree to submit a request to Government", "write to the Minister". */
const BODY_STEP = /^(?:(?:to\s+)?agree\s+to\s+|that\s+[\w ]{0,60}?\b(?:council|cabinet|committee)\s+)?(?:submit|request|write|circulate|seek|apply|lobby|call\s+on|engage)\b(?!-)|^[\w ]{0,60}?\b(?:council|cabinet|committee)\s+(?:submit|request|write|circulate|seek|apply|engage)\b(?!-)/i;
/** Members' attendance approved ("the Council approved the attendance of the following Members: ..."): they are to go. */
const ATTENDANCE = /\bapprov\w*\s+(?:the\s+)?attendance\s+of\b/i;
/**
 * "the Minister for Housing is called upon to reconsider", "urge the Government to": calling on a
 * minister or a government is lobbying, no task for anyone at the meeting. (Requesting something of a
 * minister, "Agree to request that the Minister ...", is the body's own step: it sends the request.)
 */
const LOBBIES = /\b(?:urges?|call(?:s|ed)?\s+(?:up)?on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Minister|Government|Secretary\s+of\s+State|Province|Premier|MPs?|MPPs?)\b|\b(?:Minister|Government|Secretary\s+of\s+State)\b[^.;]{0,80}?\bis\s+(?:called\s+upon|urged)\b/i;
/**
 * A named person or office to do something: "Clerk to", "HR to", "The Clerk agreed to", "Cllr X will",
 * "Mr Pryce undertook at the hearing, on behalf of the licence holder, to submit ..." (an aside between
 * commas may stand between "undertook" and "to").
 * Initials count only where a subject stands (a sentence's or clause's start, after "that" or "and"):
 * in "fund ABC to cut back the hedge" or "emailed the county association to confirm" they are the object.
 */
const NAMED_TO_DO =
  /(?<![\w’'])(?<!\bby\s)(?<!\bby\sthe\s)((?:[Tt]he\s+)?(?:Town\s+|Parish\s+|City\s+|Deputy\s+)?[Cc]lerk|(?:[Tt]he\s+)?Chair(?:man|person)?|(?<![Tt]he\s)(?<=(?:^|[.;:,!?()•·▪–—-])\s*|\n\s*|\b(?:[Tt]hat|[Aa]nd|&|[Tt]hen|[Aa]lso|[Ss]o)\s)[A-Z]{2,3}(?:\s*(?:and|&|,)\s*[A-Z]{2,3})*|(?:Cllrs?\.?|Councillor)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z](?:[^,.\n]|\n(?![ \t]*\n)){3,60},(?=\s+(?:agreed|undertook)\s+to\b)|Cllrs?\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|Councillor\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?:Mr|Mrs|Ms|Miss|Dr|Supervisor|Clerk|Treasurer|Trustee|(?:Fire\s+|Police\s+)?Chief|Commissioner|Superintendent|Director|President|(?:Chief\s+)?Inspector|Sergeant|PCSO|PC|Constable)\.?\s+[A-Z][\w'’-]+(?=\s+(?:agreed|undertook(?:\s[^.;:]{0,80}?,)?|was\s+(?:asked|directed|instructed))\s+to\b)|(?:[Tt]he\s+)?(?:Chief\s+Executive|Head\s+of\s+[A-Z][\w ]+?|(?:Director|Commissioner)\s+of\s+[A-Z][\w ]+?)|(?:[Tt]he\s+)?(?:Director|Leader|Mayor|Monitoring\s+Officer|(?:Police\s+|Fire\s+)?Chief(?:\s+of\s+(?:Police|Fire))?|Convener|Convenor|Provost|Cathaoirleach|(?:Police\s+and\s+Crime\s+)?Commissioner|Chief\s+Constable)(?=\s+(?:agreed|undertook(?:\s[^.;:]{0,80}?,)?|(?:was|is)\s+(?:further\s+|also\s+)?(?:asked|directed|instructed))\s+to\b)|(?:[Tt]he\s+)?(?:Portfolio\s+Holder|Cabinet\s+Member|Executive\s+Member)(?:\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,4})?(?=\s+(?:agreed|undertook(?:\s[^.;:]{0,80}?,)?|was\s+(?:asked|directed|instructed))\s+to\b)|(?<=^\s*|\n\s*|[.;:!?]\s+)(?:Officers|Staff)(?=\s+to\s+[a-z]|\s+(?:were|was)\s+(?:also\s+|further\s+)?(?:asked|requested|instructed)\s+to\b)|[Tt]he\s+[A-Z]{2,4}(?=\s+(?:was\s+asked|agreed|undertook)\s+to\b)|(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}(?:Manager|Officer|Engineer|Administrator|Co-?ordinator|Planner|Treasurer|Secretary|Surveyor|Inspector|Attorney|Solicitor|Adviser|Advisor)(?:\s+[A-Z][a-z]+(?=\s+(?:agreed|undertook|will)\b))?)\s+(?:to|agreed\s+to|will|undertook(?:\s[^.;:]{0,80}?,)?\s+to|offered\s+to|(?:was|were|is)\s+(?:also\s+|further\s+)?(?:asked|requested|directed|instructed)\s+to|is\s+to|has\s+agreed\s+to)\s+(?!the\b|a\b|an\b|this\b|its\b|be\b|not\b)(?=[a-z])/g;
/**
 * A task in the passive with its doer named: "An update would be emailed round by HR", "will be
 * restarted by the Clerk". Being at a meeting ("would be attended by the Chairman") is no task.
 */
const DONE_BY = /\b(?:would|will|is\s+to|are\s+to)\s+be\s+(?!(?:attended|chaired|held|hosted|led|presented|represented|joined|accompanied|opened|closed)\b)[a-z]+ed\b(?:\s+(?:round|out|on|up))?\s+by\s+((?:the\s+)?(?:[A-Z]{2,3}(?:\s+and\s+[A-Z]{2,3})?|(?:Town\s+|Parish\s+)?[Cc]lerk|Chair(?:man|person)?))\b/;
const REPORT_BACK = /\b(?:report|bring|come)\s+back\b/i;
/**
 * A clause that agrees something will be done: "Agreed that a briefing would be held for Councillors",
 * "The Council agreed that the accounts will go for audit on 24th April".
 */
const AGREED_TO_HAPPEN = /^\s*(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:council|committee|board|cabinet|members|councillors)\s+)?(?:(?:it\s+was\s+)?agreed|agree)\s+that\b[^.;]*\b(?:would|will|should|be(?!\s+(?:held|rescheduled|moved|changed|fixed|adopted|approved|noted|accepted|endorsed|confirmed|ratified|increased|reduced|set|granted|awarded|renewed|varied|amended|ring-fenced|earmarked|allocated|retained|credited|carried\s+forward)\b))\b/i;
/** A clause in which the resolving body commits itself: "Would further consider membership ...". */
const BODY_WILL = /^\s*(?:would|will)\s+(?:further\s+|also\s+)?(?:consider|review|receive|explore|bring|report|write|contact|seek|arrange|hold|investigate|monitor|revisit|look)\b/i;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** "by 31 March 2025", "no later than the May 12, 2026 regular meeting", "before the next meeting", "by the AGM": a due date or phrase after its preposition. */
const DUE_PHRASE = new RegExp(
  String.raw`\b(?:by|before|no\s+later\s+than|on\s+or\s+before)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?` +
    String.raw`(the\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+\d{4})\s+(?:[\w-]+\s+){0,2}meeting` +
    String.raw`|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|the\s+(?:next\s+|following\s+)?(?:[A-Z][a-z]+\s+)?meeting(?:\s+in\s+[A-Z][a-z]+)?` +
    String.raw`|(?:the\s+)?(?:end\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?|\d{1,2}\/\d{1,2}\/\d{2,4}|the\s+(?:next|following)\s+(?:\w+\s+)?meeting(?:\s+in\s+\w+)?` +
    String.raw`|the\s+AGM|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:month|year|financial\s+year|\w+\s+\d{4}))`,
  'i',
);

/**
 * A due date or phrase: "by 31 March 2025" and "no later than the May 12, 2026 regular meeting" become
 * ISO dates; "by the AGM" stays a phrase.
 */
/** "before the budget briefing on 27 April 2026": due by the event's date. */
const BEFORE_DATED_EVENT = new RegExp(String.raw`\bbefore\s+the\s+(?:[\w'’-]+\s+){1,4}on\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4})`);

export function dueOf(text: string): string | null {
  const beforeEvent = BEFORE_DATED_EVENT.exec(text);
  if (beforeEvent) return parseUkDate(beforeEvent[1]!) ?? oneLine(beforeEvent[0]);
  const m = DUE_PHRASE.exec(text);
  if (!m) return dueAtMeeting(text);
  return parseUkDate(m[1]!) ?? oneLine(m[0]);
}

/**
 * Due at a meeting: "to the Ordinary Council Meeting of 28 April 2026", "to the meeting of this Committee
 * on 16 July 2026", "to the Board on 9 July 2026", "for the Regular Meeting of Council on March 24, 2026" (a date); "to the meeting of the IJB in September 2026",
 * "to the July meeting" (a phrase); "within ten working days" (a phrase).
 */
const AT_MEETING = new RegExp(
  String.raw`\b(?:to|for)\s+(?:the\s+|this\s+|its\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:[Mm]eeting|Board|Committee|Council|Cabinet|Panel)(?:\s+of\s+(?:the\s+|this\s+)?(?:[A-Z][\w-]*\s*){1,5}?)?\s+(?:of|on)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{1,2},?)?\s+\d{4})`,
);
/** "to the May 5, 2026 work session": the date before the meeting's name. */
const TO_DATED_MEETING = new RegExp(String.raw`\b(?:to|at|for)\s+the\s+(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\s+\d{4})\s+(?:[\w-]+\s+){0,2}(?:meeting|session|workshop|hearing)\b`, 'i');
const IN_MONTH_MEETING = new RegExp(String.raw`\bto\s+the\s+(?:[A-Z][\w-]*\s+){0,4}[Mm]eeting(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,5}?)?\s+(in\s+${MONTH}\s+\d{4})|\bto\s+(the\s+${MONTH}\s+meeting)\b`);
const WITHIN = /\b(within\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fourteen|twenty-one|twenty-eight|thirty)\s+(?:working\s+|calendar\s+)?(?:days|weeks|months))\b/i;

function dueAtMeeting(text: string): string | null {
  const dated = AT_MEETING.exec(text) ?? TO_DATED_MEETING.exec(text);
  if (dated) return parseUkDate(dated[1]!);
  const phrase = IN_MONTH_MEETING.exec(text) ?? WITHIN.exec(text);
  return phrase ? oneLine(phrase[1] ?? phrase[2]!) : null;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function cleanActor(raw: string): string | null {
  let a = raw.replace(/\s+/g, ' ').trim().replace(/^(?:that|and|to|also)\s+/i, '').replace(/[,;:]+$/, '').replace(/\s+to$/i, '');
  a = a.replace(/^(?:Cabinet|Council|Committee)\s+(?:agree|agrees|resolve[sd]?)\s+(?:that\s+)?/i, '');
  if (a.length < 2 || a.split(' ').length > 12) return null;
  if (/^(?:it|this|which|they|there|that|all|any|these|those)$/i.test(a)) return null;
  // Asking another government or its ministers is lobbying, not a task for anyone at the meeting.
  // (A Shire President, a Village President or a club's president is someone at the meeting.)
  if (/\b(?:province|government|minister|ministers|mps?|mpps?|secretary of state|premier|(?<!\b(?:shire|council|club|board|society|association|village|town|borough)\s)president)\b/i.test(a)) return null;
  return a;
}

/** The actor a clause tasks or empowers, or null when it tasks nobody. */
export function taskedActor(clause: string): string | null {
  for (const pattern of [DELEGATED, DELEGATED_TO, AUTHORITY_DELEGATED, TASKED, INSTRUCTED, STAFF_DIRECTED, REQUESTS_THAT, TO_BE_DONE_BY_OFFICE, OFFICERS_SUBJUNCTIVE, NAMED_TO_DO, OFFICE_SUBJUNCTIVE, OFFICE_WOULD, REFERRED_TO, SHOULD_DO, INITIALS_DO, ANYONE_SUBJUNCTIVE]) {
    pattern.lastIndex = 0;
    const m = pattern.exec(clause);
    pattern.lastIndex = 0;
    if (!m) continue;
    const actor = cleanActor(m[1]!);
    if (actor) return actor;
  }
  return null;
}

/**
 * Actions inside decision and resolution clauses: a clause that tasks, asks, authorises or delegates
 * to someone gives an action with that actor, its parent the clause's label.
 */
export function actionsFromClauses(input: FinderInput, clauses: readonly Candidate[]): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const clause of clauses) {
    if (clause.kind !== 'decision' && clause.kind !== 'resolution') continue;
    if (clause.procedural) continue;
    // Its finder already read who the clause tasks (a numbered item's referrals): not again as a whole.
    if (clause.label !== null && clauses.some((a) => a.kind === 'action' && a.parent === clause.label && a.start >= clause.start && a.end <= clause.end)) continue;
    for (const part of operativeParts(text, clause.start, clause.end)) {
      const listed = listedItems(input, part);
      // A list under a lead-in ("grant planning permission subject to the following conditions:", "Council
      // staff are directed as follows:"): the listed items that name whom they task are the actions; when
      // none does, the lead-in tasks the whole clause or no one.
      if (listed) {
        const tasks = listedTasks(input, clause, listed);
        if (tasks.length > 0 || !actionOfClause(input, { ...clause, start: part.start, end: listed[0]!.start })) {
          out.push(...tasks);
          continue;
        }
      }
      const action = actionOfClause(input, { ...clause, start: part.start, end: part.end });
      if (action) out.push(action);
    }
  }
  return out;
}

/**
 * "SECTION 4. ... approves the permit, subject to the following conditions: ... 10. The Community
 * Development Director shall schedule a review ...": the items listed under a lead-in that ends with a
 * colon (perhaps before a subheading, "General Conditions", over the first item). Null when the part has
 * no such list.
 */
function listedItems(input: FinderInput, part: { start: number; end: number }): Block[] | null {
  const { text } = input.document;
  // (The clause's span may stop before its last item's "; and".)
  const items = input.blocks.filter((b) => b.kind === 'list_item' && b.marker !== null && b.start > part.start && b.start < part.end);
  // Conditions are numbered or lettered; bullets list the points one clause makes ("consideration be given
  // to the following points: • ... AND THAT this Resolution be forwarded to ..."), read as that clause.
  if (items.length === 0 || items.some((b) => markerStyle(b.marker!) === 'bullet')) return null;
  // The list ends the part: words after it ("AND THAT this Resolution be forwarded to ...") are the clause's own.
  if (text.slice(Math.min(items[items.length - 1]!.end, part.end), part.end).trim() !== '') return null;
  const leadIn = text.slice(part.start, items[0]!.start).trimEnd().replace(/(?:\n[ \t]*[^\n.;:]{1,80})+$/u, '');
  return /:\s*[-–—]?$/.test(leadIn) ? items : null;
}

/**
 * Each listed item that tasks someone is an action of its own, its parent the clause. One that names no
 * one ("samples shall be submitted to and approved by the planning authority") binds the applicant.
 */
function listedTasks(input: FinderInput, clause: Candidate, items: readonly Block[]): Candidate[] {
  return items.flatMap((item) => {
    // (The last item ends where the clause does, before a trailing "; and".)
    const action = actionOfClause(input, { ...clause, start: item.contentStart, end: Math.min(item.end, clause.end) });
    return action && action.actor !== null ? [action] : [];
  });
}

/**
 * A resolution's operative parts: "BE IT RESOLVED THAT X; AND BE IT FURTHER RESOLVED THAT Y" is one
 * numbered resolution (GUIDELINES) but two things resolved, each tasking its own someone.
 */
const FURTHER_RESOLVED = /;?\s*(?:AND\s+|And\s+)?(?:BE\s+IT\s+|Be\s+it\s+)?(?:FURTHER|Further)\s+(?:RESOLVED|resolved)\s*(?:THAT|That|that)?\b[:,]?\s*/g;

function operativeParts(text: string, start: number, end: number): { start: number; end: number }[] {
  const words = text.slice(start, end);
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const m of words.matchAll(FURTHER_RESOLVED)) {
    // A part keeps the semicolon that ends it, as a listed clause keeps its own.
    const partEnd = m.index + (m[0].startsWith(';') ? 1 : 0);
    if (partEnd > from) parts.push({ start: start + from, end: start + partEnd });
    from = m.index + m[0].length;
  }
  if (from < words.length) parts.push({ start: start + from, end });
  return parts;
}

/** The action a decision or resolution clause (or one operative part of it) gives, if it tasks someone. */
function actionOfClause(input: FinderInput, clause: Candidate): Candidate | null {
  const words = input.document.text.slice(clause.start, clause.end);
  // An actor set on the clause comes from its lead-in ("RESOLVED the Leader to: (a) CREATE ...").
  const bodyWill = BODY_WILL.test(words);
  // "Killowen District Council write to the Minister ...": the body named before its own step does it.
  const namedBody = /^((?:[A-Z][\w’'-]*\s+(?:(?:and|of|the)\s+)?){0,6}(?:Council|Cabinet|Committee))\s+(?:submit|request|write|circulate|seek|apply|engage)\b/.exec(words.trim());
  // "calls on the Minister for Transport to direct the National Transport Authority to ...": whoever the
  // minister is asked to direct is tasked by the minister, not by the meeting.
  const lobbied = LOBBIES.exec(words);
  // "to make no objection but to comment that ... KDC should secure a traffic plan": a comment to the
  // planning authority, not a task.
  const commented = /\bcomments?\s+that\b/i.exec(words);
  const scope = Math.min(lobbied?.index ?? words.length, commented?.index ?? words.length);
  const found = taskedActor(words.slice(0, scope));
  const actor = clause.actor ?? found ?? (bodyWill && input.meta.body ? `the ${input.meta.body}` : null) ?? (namedBody ? namedBody[1]! : null);
  const bodyStep = BODY_STEP.test(words.trim());
  // Asking a minister or a government to act is lobbying: no task for anyone at the meeting.
  const lobbies = LOBBIES.test(words);
  // "Notes that the next register will be presented to the May meeting": what the body notes will happen
  // is no task it sets (unless it names whom).
  const notesFuture = actor === null && NOTES_THAT.test(words);
  const tasked = !notesFuture && (actor !== null || REPORT_BACK.test(words) || AGREED_TO_HAPPEN.test(words) || bodyWill || (bodyStep && !lobbies) || SENT_ON.test(words) || (LATER_STEP.test(words) && !lobbies) || ATTENDANCE.test(words));
  if (!tasked) return null;
  const part = taskingPart(words);
  return { kind: 'action', label: null, start: clause.start + part.start, end: clause.start + part.end, procedural: false, actor, due: dueOf(words), parent: clause.label };
}

const NOTES_THAT = /^\s*(?:that\s+)?(?:(?:the\s+)?[A-Z][\w ]{0,40}?\s+)?(?:notes?|noted|notes\s+with\s+\w+)\s+that\b/i;

/** Where a clause's parts meet: "...; and that ...", "... and that ...", ", but the Secretary will ...", "To approve X and to delegate authority to ...". */
const PART_BREAK = /;\s*(?:and\s+)?(?:that\s+)?|,\s+but\s+(?=(?:the\s+)?[A-Z])|\s+and\s+that\s+|\s+and\s+(?=to\s+(?:delegate|authori[sz]e|instruct|ask|request|task|direct)\b)|,?\s+and\s+(?=(?:directing|instructing|requesting|asking|authori[sz]ing)\b)/gi;

/**
 * The part of a clause that tasks someone: when the tasking is in a later part ("...; AND THAT a copy
 * be sent to the MPP"), that part alone; otherwise the whole clause.
 */
function taskingPart(words: string): { start: number; end: number } {
  const breaks = [...words.matchAll(PART_BREAK)];
  if (breaks.length === 0) return { start: 0, end: words.length };
  const parts = breaks.map((b, i) => ({ start: b.index + b[0].length, end: breaks[i + 1]?.index ?? words.length }));
  const firstPart = words.slice(0, breaks[0]!.index);
  if (isTasking(firstPart)) return { start: 0, end: words.length };
  const tasking = parts.find((p) => isTasking(words.slice(p.start, p.end)));
  return tasking ?? { start: 0, end: words.length };
}

function isTasking(part: string): boolean {
  return taskedActor(part) !== null || SENT_ON.test(part) || REPORT_BACK.test(part) || LATER_STEP.test(part) || BODY_WILL.test(part.trim()) || BODY_STEP.test(part.trim());
}

/**
 * Action points recorded outside formal clauses: "ACTION: Clerk to ...", "HR to chase", "The Clerk agreed
 * to write to ...", "Cllr X was asked to ...". The span is the sentence that tasks.
 */
export function actionPoints(input: FinderInput, covered: readonly Candidate[]): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  const proposals = proposalBlocks(text, blocks);
  const reported = reportedActionBlocks(text, blocks);
  for (const [blockIndex, block] of blocks.entries()) {
    // A motion or amendment as moved is a proposal; what it asks is done only if the decision says so.
    if (proposals.has(blockIndex)) continue;
    const content = text.slice(block.contentStart, block.end);
    let previous: Candidate | null = null;
    for (const sentence of sentencesOf(content)) {
      // Last meeting's actions reported on ("AM to chase X - done") were agreed then, not now; a step
      // set after the report ("Dog bin: still not replaced. Clerk to chase the District again") is new.
      // ("It was agreed that the Treasurer would provide ..." under matters arising is agreed now.)
      if (reported.has(blockIndex) && content.slice(0, sentence.start).trim() === '' && !AGREED_NOW.test(content.slice(sentence.start, sentence.end))) continue;
      const last: Candidate | null = previous;
      previous = null;
      const start = block.contentStart + sentence.start;
      const end = block.contentStart + sentence.end;
      // A sentence that is (part of) a clause already read is that clause's business, not a new action.
      if (covered.some((c) => c.start < end && start < c.end && (c.kind === 'action' || (c.start >= start && c.end <= end)))) continue;
      const words = text.slice(start, end);
      // A motion that failed tasks nobody ("Motion by A, second by B, to authorize the Officer to ...
      // Motion failed 2-4."): lost motions are no records (GUIDELINES).
      if (/\bmotion\s+by\b/i.test(words) && MOTION_NOT_CARRIED.test(text.slice(end, end + 400))) continue;
      // The clerk's statutory duty printed under Ontario minutes ("Clerk to record, without note or
      // comment, all resolutions ...") describes the office, it tasks nobody at the meeting.
      if (/\bwithout\s+note\s+or\s+comment\b/i.test(words)) continue;
      // "Cabinet had resolved to close the site ... and to delegate authority to the Director to agree ...":
      // the decision called in, told as background (GUIDELINES: what earlier meetings decided is no record).
      if (/\b(?:Cabinet|Council|Committee|Board|Panel|Authority|Commission|Executive)\s+(?:had|has)\s+(?:previously\s+|already\s+)?(?:resolved|decided)\b/.test(words)) continue;
      // "Background: on 21 January the Committee agreed to ...", "The Director had asked officers to explore
      // ...": what was asked before this meeting, told as background.
      if (/^\s*Background\s*[:–-]/i.test(words) || /\bhad\s+(?:already\s+|previously\s+)?(?:been\s+)?$/.test(words.slice(0, /\b(?:asked|agreed|instructed|directed|requested|undertook)\b/.exec(words)?.index ?? 0))) continue;
      // "It is therefore proposed that KCC will not re-procure ...": a report's proposal, not a task.
      if (/\b(?:is|are)\s+(?:therefore\s+|also\s+)?proposed\s+that\b/i.test(words)) continue;
      // A question as submitted ("I will ask at the next Meeting ...") asks; it tasks nobody.
      if (/\bI\s+will\s+ask\b/.test(words)) continue;
      // "Members agreed that reduced speed limits were important": agreement with a view, not a task.
      if (AGREED_A_VIEW.test(words)) continue;
      // "Councillor A moved and Councillor B seconded the following amendment: "That ... the Director be
      // asked to ..."": a proposal as moved, whatever became of it; what was carried is read where resolved.
      if (/\b(?:moved|proposed)\b[^.]{0,120}?\bthe\s+following\s+(?:amendment|motion)\b/i.test(words) || insideProposedMotion(text, start)) continue;
      // "the Council AGREED that Procedure Rule 16.4 be varied": a decision in the passive, nobody tasked.
      if (/\bagreed\s+that\s+(?:[\w.,'’()-]+\s+){1,20}?(?<!\b(?:would|will|should|shall)\s)be\s+(?:varied|approved|adopted|noted|accepted|amended|agreed|endorsed|confirmed|ratified|granted|awarded|increased|reduced|suspended|extended|retained|renewed|set|closed|waived|rescinded|carried\s+forward|held|rescheduled|moved|changed|fixed)\b/i.test(words) && !NAMED_TO_DO.test(words)) {
        NAMED_TO_DO.lastIndex = 0;
        continue;
      }
      NAMED_TO_DO.lastIndex = 0;
      // "Subject to Full Council approving the recommendation on 24 March, the Town Clerk will begin recruitment":
      // a step that waits on another body's decision, told in the future, not a task set here.
      if (CONDITIONAL_ON_APPROVAL.test(words)) continue;
      // "ACTION: Motion by A, second by B, to ...": how some US minutes head a motion; the motion finders read it.
      if (/^\s*ACTIONS?\s*[:–-]\s*Motion\s+(?:by|to)\b/i.test(words)) continue;
      // "A proposal from Councillor Bhatt to keep the threshold was not supported": a proposal that fell.
      if (/\b(?:proposal|motion|amendment|suggestion)\b[^.;]{0,160}?\b(?:(?:was|were)\s+(?:not\s+(?:supported|seconded|carried)|lost|defeated|withdrawn)|fell)\b/i.test(words)) continue;
      // "ACTION: Approved as recommended. (4-0-1)": US action minutes record an item's disposition so.
      // (Unless it also directs someone: "ACTION: Continued to May 5. Staff was directed to return with ...".)
      if (!/\b(?:was|were)\s+(?:also\s+)?(?:directed|asked|instructed|requested)\s+to\b/i.test(words) && /^\s*ACTIONS?\s*[:–-]\s*(?:approved|adopted|continued|received|denied|introduced|none|no\s+(?:reportable\s+)?action|items?\b|accepted|carried|failed|tabled|removed|withdrawn|informational|information\s+only|waived)\b/i.test(words)) continue;
      // "Action (all members): send comments ...": the actor in brackets after the heading word.
      // ("Follow-up: Park Planner Whitford to circulate ..." is one too.)
      const explicit = /^\s*(?:ACTIONS?|Follow[- ]?ups?)(?:\s*\(([^()]{2,60})\))?\s*[:–-]\s*/i.exec(words);
      NAMED_TO_DO.lastIndex = 0;
      const namedFound = NAMED_TO_DO.exec(words);
      NAMED_TO_DO.lastIndex = 0;
      // "... and authorize the City Manager to execute the amendment": the object of an authority given
      // in a clause (read with that clause when it is resolved), not an action point of its own.
      const named = namedFound && OBJECT_OF_AUTHORITY.test(words.slice(0, namedFound.index)) ? null : namedFound;
      // "Tran to get two quotes": a person's name and a task verb, at the start of a sentence.
      const personTo = /^\s*((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)\s+to\s+(?:get|obtain|check|contact|write|send|arrange|order|investigate|prepare|draft|find|ask|speak|update|circulate|email|chase|book|confirm|follow|collect|organi[sz]e|purchase|buy|repair|fix|clean|post|research|look\s+into|liaise|source|request|draw\s+up|provide|produce|attend|monitor|inform)\b/.exec(words);
      const person = personTo && !/^(?:Members|Council|Councillors|Cabinet|Committee|Board|Officers|Residents|Motion|Item|Report|Minutes|Apologies|Proposal|Agreed?|Resolved?|Decided?|Approved?|Noted?)$/.test(personTo[1]!.split(/\s/)[0]!) ? personTo : null;
      // "agreed that it needed to ..." agrees a view, not a task for anyone.
      const agreed = /\b(?:it\s+was|it|councillors|members|governors|trustees|directors|she|he|they|(?:the\s+)?(?:parish\s+|town\s+)?council|(?:the\s+)?(?:committee|sub-committee|board|commission|governing\s+body|cabinet|panel|forum))\s+(?:also\s+|further\s+)?(?:agreed|undertook)\s+(?:by\s+consensus\s+|unanimously\s+)?(?:that\s+|to\s+(?!(?:the|this|these|an?|its|their)\s))(?!recommend\w*\b|make\s+the\s+following\s+recommendations?\b|note\b|accept\b|approve\b|refer\b|adopt\b|(?:it|there|this|they)\s+(?:needed|was|were|is|are|had)\b|(?:the\s+)?(?:press\s+and\s+)?public\s+be\s+excluded\b)/i.exec(words);
      const doneBy = DONE_BY.exec(words);
      // "It was agreed to defer this item to the April meeting": putting an item off tasks nobody.
      // ("It was agreed to defer a decision ..., and the RFO was asked to obtain quotations": the task named after it stands.)
      if (agreed && disposesOfNothing(words.slice(agreed.index + agreed[0].length)) && !named) {
        // "... agreed to adjourn the application to June 18, and asked the owner to submit a grading plan
        // ...": the item put off, the task set with it stands.
        const asked = /,?\s+and\s+((?:asked|requested|directed|instructed)\s+(the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+to\s+[a-z])/.exec(words);
        if (asked) {
          const tidy = tidyClause(text, { label: null, start: start + asked.index + asked[0].indexOf(asked[1]!), end });
          if (tidy) out.push({ kind: 'action', label: null, start: tidy.start, end: tidy.end, procedural: false, actor: asked[2]!, due: dueOf(words), parent: null });
        }
        continue;
      }
      if (agreed && APPOINTED_WOULD.test(words)) continue;
      // "It was agreed to pay the hall hire invoice": the body decided; nobody was tasked (statements.ts).
      if (agreed && !named && /\bto\s+$/.test(agreed[0]) && DECIDED_NOT_TASKED.test(words.slice(agreed.index + agreed[0].length))) continue;
      // "By consensus, the Board directed Director Tandy to bring ...": directed without a motion.
      INSTRUCTED.lastIndex = 0;
      STAFF_DIRECTED.lastIndex = 0;
      const chairAsked = CONSENSUS.test(words) ? null : CHAIR_ASKED.exec(words);
      const directed = chairAsked ?? (CONSENSUS.test(words) ? INSTRUCTED.exec(words) ?? STAFF_DIRECTED.exec(words) ?? CONSENSUS_WOULD.exec(words) : null);
      INSTRUCTED.lastIndex = 0;
      STAFF_DIRECTED.lastIndex = 0;
      if (!explicit && !named && !agreed && !person && !doneBy && !directed) continue;
      const whoWould = agreed ? AGREED_WOULD.exec(words) : null;
      // "agreed that President Novak would contact the Village Manager to ask ...": the one who would act comes first.
      const wouldFirst = whoWould !== null && named !== null && whoWould.index < named.index;
      const actor = wouldFirst ? whoWould[1]! : named ? cleanActor(named[1]!) : person ? person[1]! : explicit ? cleanActor(explicit[1] ?? words.slice(explicit[0].length).split(/\s+to\s+/)[0] ?? '') : doneBy ? doneBy[1]! : whoWould ? whoWould[1]! : directed ? cleanActor(directed[1]!) : null;
      // "ACTIONS: Clerk to ...": the heading word is not part of the action; nor is the occasion
      // before the actor ("In response to a question from Councillor X, the Head of Y undertook to ...").
      const occasion = explicit ? null : OCCASION.exec(words);
      const taskAt = (named ?? agreed ?? person ?? doneBy ?? directed)?.index ?? null;
      // ("26/033 Allotments\nThe Chair asked staff to ...": the direction starts its own line.)
      const lead = Math.max(explicit ? explicit[0].length : occasion ? occasion[0].length : 0, actionStartIn(words, taskAt), chairAsked?.index ?? 0);
      const tidy = tidyClause(text, { label: null, start: start + lead, end });
      if (!tidy) continue;
      // "It was agreed to arrange a date for litter picking. Cllr X and Cllr Y agreed to take the idea
      // forward.": the second sentence names who does the first's task; one action, theirs.
      // In a numbered item of an update list ("10. Drainage: ... It was agreed that JR would investigate
      // ... HR to investigate previous costs ..."), the item's tasks are one action, as its row would be.
      const oneItem = block.kind === 'list_item' && block.marker !== null && !/^[•·▪◦●○\-–—*o]$/.test(block.marker);
      // "It was agreed to write in support of the limit. / Action: Secretary": the line after names who
      // does the task before it; one action, theirs.
      const afterHeading = explicit === null ? '' : words.slice(explicit[0].length).trim();
      const onlyWho = explicit !== null && explicit[1] === undefined && /^[A-Z][\w.'’/& -]{0,40}$/.test(afterHeading) && afterHeading.split(/\s+/).length <= 4;
      if (last && last.end <= tidy.start && onlyWho) {
        last.end = tidy.end;
        last.actor = actor ?? last.actor;
        previous = last;
        continue;
      }
      if (last && last.end <= tidy.start && (REFERS_BACK.test(words) || oneItem)) {
        last.end = tidy.end;
        last.actor = REFERS_BACK.test(words) ? actor ?? last.actor : joinActors(last.actor, actor);
        previous = last;
        continue;
      }
      // "The Sub-Committee directed the Licensing Officer to: (i) serve ... (ii) issue ...": the lead-in
      // names who; each listed task is an action of its own.
      const listed = /\bto\s*:\s*[-–—]?\s*$/.test(text.slice(tidy.start, tidy.end)) && tidy.end >= block.end - 1 ? tasksListedAfter(input, blockIndex) : [];
      if (listed.length > 0) {
        out.push(...listed.map((item) => ({ kind: 'action' as const, label: item.label, start: item.start, end: item.end, procedural: false, actor, due: dueOf(text.slice(item.start, item.end)), parent: null })));
        continue;
      }
      previous = { kind: 'action', label: null, start: tidy.start, end: tidy.end, procedural: false, actor, due: dueOf(words), parent: null };
      out.push(previous);
    }
  }
  return out;
}

/** The list items right after a block, each tidied as a clause (none when no list follows). */
function tasksListedAfter(input: FinderInput, blockIndex: number): { label: string | null; start: number; end: number }[] {
  const { document, blocks } = input;
  const first = nextContentBlock(document, blocks, blockIndex + 1);
  if (first === null || blocks[first]!.kind !== 'list_item') return [];
  const own = blocks[blockIndex]!;
  const { clauses } = collectList(document, blocks, first, own.kind === 'list_item' && own.marker ? markerStyle(own.marker) : null);
  return clauses.flatMap((clause) => tidyClause(document.text, clause) ?? []);
}

/**
 * The chair (or the body) asking its staff at the meeting: "The Chair asked staff to respond to the Club
 * in writing ...". A direction given there and then, as one by consensus is.
 */
const CHAIR_ASKED = /(?<=^|\n)[ \t]*(?:The\s+)?(?:(?:Deputy\s+)?Chair(?:man|person)?|Mayor|Convene[rn]|Committee|Board|Panel)\s+(?:then\s+|also\s+|further\s+)?(?:asked|directed|instructed|requested)\s+((?:Council\s+)?(?:staff|officers)|the\s+(?:[A-Z][\w'’-]*\s+){1,4}?(?:Manager|Officer|Director|Executive|Clerk|Engineer|Planner|Secretary|Treasurer|Administrator|Co-?ordinator)(?:\s+[A-Z][a-z]+){0,3})\s+to\s+(?=[a-z])/;

/** A verb whose object is the one named before "to": "authorize the City Manager to", "ask Officers to". */
const OBJECT_OF_AUTHORITY = /\bdelegat(?:e|es|ed|ing)\s+(?:(?:its|the|full)\s+)?(?:authority|powers?|responsibility)\s+to\s+$|\b(?:authori[sz]e|authori[sz]es|authori[sz]ing|direct|directs|directing|ask|asks|asking|request|requests|requesting|instruct|instructs|instructing|permit|permits|allow|allows|enable|enables)\s+$/i;

/**
 * "Members agreed that reduced speed limits were important", "... that the impact could only be judged on
 * site": agreement with a view, not a task (nor a decision of the body).
 */
// (A "would" before the verb makes it a task: "agreed that the Clerk would contact X to ask whether the poles are ...".)
export const AGREED_A_VIEW = /\bagreed\s+that\s+(?:(?!(?:would|will|should|shall)\s)[\w'’()-]+\s+){1,16}?(?:(?:was|were|is|are)\b(?!\s+(?:to\b|\w+ed\b))|(?:could|can|might)\s+(?:only\s+)?be\s+(?:properly\s+)?(?:judged|assessed|seen|understood|considered|met|achieved|managed|mitigated|addressed)\b)(?![^.]*\b(?:will|would|should|shall)\b)/i;

/** An opening that says when or why, before the sentence's actor. */
const OCCASION = /^\s*(?:In\s+response\s+to|Responding\s+to|Following|After|At\s+the\s+request\s+of|When\s+asked)\b[^,.;]{0,150},\s*(?=(?:the\s+)?[A-Z])/;

/** Heading lines that open a motion or amendment as moved, and those that end one. */
/** "OFFICER'S RECOMMENDATION" printed in minutes above the council's resolution: a proposal too (GUIDELINES). */
const RECOMMENDATION_HEADING = /^(?:(?:officer|staff|executive|management)(?:['’]?s)?\s+)?recommendations?:?$/i;
const PROPOSAL_HEADING = /^(?:Motion|Amendment)(?:\s+\d+)?$/i;
const PROPOSAL_END = /^(?:Decision|Voting|Vote|Resolved|Outcome)\b|^\d{1,3}(?:\.\d+)*\.?\s/i;

/** Blocks of a motion or amendment section ("Motion" / "(1) To ..." / "- moved by ..."), up to its "Decision" or "Voting". */
function proposalBlocks(text: string, blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let inside: 'motion' | 'recommendation' | null = null;
  blocks.forEach((block, i) => {
    const line = text.slice(block.contentStart, block.end).trim();
    if (PROPOSAL_HEADING.test(line)) {
      inside = 'motion';
      return;
    }
    // The heading may share its block with the recommendation ("OFFICER'S RECOMMENDATION\nThat Council:").
    if (RECOMMENDATION_HEADING.test(line.split('\n')[0]!.trim())) {
      inside = 'recommendation';
      out.add(i);
      return;
    }
    if (inside === 'motion' && (PROPOSAL_END.test(line) || block.kind === 'heading')) inside = null;
    // A recommendation printed in minutes is its lead-in ("That Council:") and its list; what follows is not.
    if (inside === 'recommendation' && block.kind !== 'list_item' && !/:\s*$/.test(line)) inside = null;
    if (inside) out.add(i);
  });
  return out;
}

/** An item's title that says its actions are the last meeting's: "Matters arising / actions from February". */
const REPORTED_ACTIONS_TITLE = /\b(?:matters\s+arising|actions?\s+(?:from|carried\s+forward\s+from)\s+(?:the\s+)?(?:last|previous|[A-Z][a-z]+)|previous\s+actions|outstanding\s+actions|action\s+(?:log|points)\s+from\s+(?:the\s+)?(?:last|previous))\b/i;

/** The blocks under such a title, up to the next title (a heading, or a short numbered item without a full stop). */
/** A sentence that records an agreement made at this meeting. */
const AGREED_NOW = /^\s*(?:It\s+was\s+(?:also\s+|further\s+)?(?:agreed|AGREED)|(?:The\s+)?(?:Authority|Council|Committee|Board|Members)\s+(?:also\s+)?agreed)\s+(?:that|to)\b/;

function reportedActionBlocks(text: string, blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  let inside = false;
  blocks.forEach((block, i) => {
    const own = text.slice(block.contentStart, block.end).trim();
    const title = block.kind === 'heading' || (block.kind === 'list_item' && block.marker !== null && /^\d/.test(block.marker) && own.split('\n')[0]!.length < 90 && !/[.;:]$/.test(own.split('\n')[0]!));
    if (title) {
      inside = REPORTED_ACTIONS_TITLE.test(own.split('\n')[0]!);
      // A title that shares its block with its first line of text ("3. Matters arising\n- AM to chase ...").
      if (inside && own.includes('\n')) out.add(i);
      return;
    }
    if (inside) out.add(i);
  });
  return out;
}

function joinActors(a: string | null, b: string | null): string | null {
  if (a === null || b === null || a === b) return a ?? b;
  return `${a}; ${b}`;
}

const CONDITIONAL_ON_APPROVAL = /^\s*(?:Subject\s+to|If|Should|Once|Provided\s+that)\s+(?:the\s+)?(?:full\s+|Full\s+)?(?:Council|Cabinet|Board|Committee|[A-Z][\w ]{0,40}?Committee)\s+(?:approving|approves|agreeing|agrees|adopting|adopts|endorsing|endorses|approval\s+of|agreement\s+to)\b[^.]{0,160},\s+[^.]{0,80}?\b(?:will|would)\b/;

/** A body's direction given without a motion: "By consensus, the Board directed ...", "it was the consensus of Council to direct ...", "Council directed staff to ...", "Council asked the CAO to ...". */
/** "it was the consensus of the Board that Clerk Sobczak would request ...": who the consensus tasked. */
const CONSENSUS_WOULD = /\bthat\s+((?:(?:the\s+)?[A-Z][a-z]+\s+)?[A-Z][\w'’-]+)\s+would\s+(?!be\b|not\b)[a-z]+/;
const CONSENSUS = /\b(?:by|the)\s+consensus\b|\bconsensus\s+(?:was|of)\b|\b(?:Council|Board|Committee|Sub-Committee|Commission|Cabinet|Panel|Authority)\s+(?:also\s+)?(?:directed|asked|requested|instructed|directs|instructs)\b/i;

/** A task given by pointing back at the sentence before: "take the idea forward", "lead on this". */
const REFERS_BACK = /\b(?:take|taking|took)\s+(?:the\s+idea|this|it|that|the\s+matter)\s+forward\b|\b(?:lead|follow\s+up)\s+on\s+(?:this|it|that)\b|\b(?:progress|action)\s+(?:this|it|that)\b/i;

/** Sentences of a block: split after . ! ? followed by a space and a capital, keeping offsets. */
function sentencesOf(content: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // A sentence ends at . ! ? before a capital, or where an inline bullet ("• The Clerk agreed ...") starts one.
  // A minute reference run into the text ("... Anytown 114/20 To Approve ...") starts a new item too,
  // and so does an "ACTION:" line after an outcome line ("CARRIED\nACTION: X to ...").
  const boundary = /[.!?](?=\s+[A-Z(“"‘•·▪])|\s(?=[•·▪]\s)|\s(?=\d{1,4}\/\d{2}\s+[A-Z])|\n(?=[ \t]*ACTIONS?\s*:)/g;
  for (const m of content.matchAll(boundary)) {
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    // "Cllr. Smith", "Mr. Jones", "e.g. The": not sentence ends.
    if (/\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|e\.g|i\.e|[A-Z])$/.test(content.slice(Math.max(0, end - 6), end - 1))) continue;
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: content.length });
  return out.filter((s) => content.slice(s.start, s.end).trim().length > 0);
}

/** Headings over a list of planned steps: "First steps", "Next steps", "Action plan", "Planned programme ... by August 2016". */
const PLANNED_STEPS_HEADING = /^(?:(?:first|next|immediate)\s+steps|action\s+(?:plan|points|log)|actions(?:\s+agreed|\s+arising)?|planned\s+(?:programme|actions|steps)\b.*)\s*:?$/i;

/**
 * Planned steps listed under a heading that says so: each top-level item is an action, due by the date
 * or phrase the heading gives ("Planned programme status by August 2016").
 */
export function plannedSteps(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const heading = text.slice(block.contentStart, block.end).trim();
    if (heading.length > 120 || heading.includes('\n') || !PLANNED_STEPS_HEADING.test(heading)) return;
    if (block.kind === 'list_item') return;
    const due = dueOf(heading);
    let from = i + 1;
    // A heading wrapped onto a second line ("... drawn from One" / "Herefordshire work").
    const wrapped = blocks[from];
    if (wrapped && wrapped.kind !== 'list_item' && wrapped.end - wrapped.start <= 60) from++;
    let style: MarkerStyle | null = null;
    for (let k = from; k < blocks.length; k++) {
      const item = blocks[k]!;
      if (item.kind !== 'list_item') {
        if (isNoise(document, item)) continue;
        break;
      }
      if (item.level > 0) continue;
      // The steps are one list: "- District Engineer to ..." bullets end where "7. DISPOSAL OF LAND" (the next item) starts.
      const own = item.marker === null ? null : markerStyle(item.marker);
      style ??= own;
      if (own !== style) break;
      const tidy = tidyClause(text, { label: null, start: item.contentStart, end: item.end });
      if (tidy) out.push({ kind: 'action', label: null, start: tidy.start, end: tidy.end, procedural: false, actor: null, due, parent: null });
    }
  });
  return out;
}
