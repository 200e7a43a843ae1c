import { AGREED_A_VIEW, AGREED_DONE_BY, AGREED_WOULD, APPOINTED_WOULD, DECISION_VERB } from './actions.ts';
import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { isProcedural } from './procedural.ts';
import { ABBREVIATION, tidyClause } from './span.ts';
import { disposesOfNothing } from './deferral.ts';

/**
 * Procedural outcomes minutes record without the word RESOLVED: "Apologies were received and
 * accepted", "The minutes of the meeting held on ... were agreed as a correct record".
 */
const PROCEDURAL_STATEMENTS: readonly RegExp[] = [
  /(?<=^|[.!?:]\s+|\n|[•·▪|]\s|^\([a-z]{1,3}\)\s+|\bseconded\s+by\s+[^,.]{2,60},\s)(?:[Tt]he\s+)?(?:[Mm]inutes|[Mm]inute(?=\s+of\b))\s+(?:of\s+(?:[^.\n|]|\n(?![ \t]*\n)(?![ \t]*The\s+minutes\b)){0,220}?)?\b(?:were|was)\s+(?:\w+\s+){0,4}?(?:approved|agreed|confirmed|signed|accepted|adopted)\b(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$)/gim,
  /(?<=^|[.!?:]\s+|\n|[•·▪]\s|\b\d{1,4}\/\d{2,4}\s+)Apologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+(?:(?:\w+\s+){0,3}?accepted\b|received\b(?:[^.\n]|\n(?![ \t]*\n)|(?<=\b[A-Z])\.){0,160}?\band\s+(?:these|they|this)\s+(?:were|was)\s+accepted\b)(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$)/gim,
  // The agenda item's title run into its minute ("... Acceptance for Apologies of Absence Apologies were
  // noted and accepted for ..."): a capitalised "Apologies" after a title word opens the statement.
  /(?<=\b[A-Z][a-z]+\s)Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:\w+\s+){0,3}?accepted\b[^.\n]*(?:\.|$)/gm,
  // "The Council, under Section 50A(4) of the Local Government (Scotland) Act 1973, excluded the public from the meeting ...".
  // ("The Committee agreed, under section 50A(4) of the Local Government\n(Scotland) Act 1973, to exclude the public ...".)
  // ("The Committee resolved under Section 50A(4) of the ... Act 1973 to exclude the press and public ..." too.)
  /(?<=^|[.!?]\s+|\n)The\s+(?:Council|Committee|Sub-Committee|Board|Cabinet|Panel|Authority)(?:\s+(?:resolved|agreed))?(?:,[^,.]{3,200},|\s+(?:under|in\s+terms\s+of)\s+(?:[^.]|\.(?=\d)){3,200}?(?=\s+to\s+exclude\b))?\s+(?:(?:resolved|agreed)\s+)?(?:to\s+)?exclude[ds]?\s+the\s+(?:press\s+and\s+)?public\b(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$)/gm,
  // "There being no corrections, those present agreed the notes as a true record and the Chairman signed them."
  /(?<=^|[.!?,]\s+|\n)(?:those\s+present|the\s+meeting|members|councillors)\s+(?:agreed|approved|confirmed)\s+(?:the\s+)?(?:notes|minutes)\s+(?:of\s+(?:[^.\n]|\n(?![ \t]*\n)){0,120}?\s+)?as\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$)/gim,
  // "There was submitted and approved as a correct record the minute of the meeting ... held on 20 January 2026." (Scottish minutes)
  /(?<=^|[.!?]\s+|\n)There\s+(?:was|were)\s+submitted\s+and\s+approved\s+as\s+(?:a\s+)?correct\s+records?\s+the\s+minutes?\s+of\b(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$)/gm,
  // "Cllr Tess Pryor sent apologies (work) and these were accepted by all."
  /(?<=^|[.!?:]\s+|\n)[A-Z][^.\n]{2,80}?\s+(?:sent|gave|tendered|offered)\s+(?:\w+\s+)?apologies\b[^.\n]{0,80}?\band\s+(?:these|this|they|it|the\s+apologies)\s+(?:were|was)\s+(?:\w+\s+){0,3}?accepted\b[^.\n]*(?:\.|$)/gm,
];

/**
 * "127/20 EXCLUSION OF PRESS AND PUBLIC The Council to pass a resolution excluding ... This item was
 * resolved.": the item as its agenda put it, which the minute says was resolved, from its first
 * sentence after the number and capitalised title to the words that say so.
 */
const ITEM_WAS_RESOLVED = /\b(?:This|The)\s+item\s+was\s+(?:resolved|agreed|approved|carried)\b\.?/g;

export function findResolvedItems(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  for (const block of blocks) {
    const content = text.slice(block.contentStart, block.end);
    for (const m of content.matchAll(ITEM_WAS_RESOLVED)) {
      const title = /^\s*(?:\d{1,4}(?:\/\d{2})?\.?\s+)?(?:[A-Z][A-Z&,'’()-]*\s+)*(?=[A-Z][a-z])/.exec(content);
      const start = block.contentStart + (title ? title[0].length : 0);
      const end = block.contentStart + m.index + m[0].length;
      if (end - start < 20) continue;
      const words = text.slice(start, end);
      out.push(clauseCandidate('resolution', null, start, end, isProcedural(words)));
    }
  }
  return out;
}

/** "Item Nos. 47 and 51 were pulled for discussion and on a Y-5 roll call, the balance of the Consent Agenda was adopted." */
const CONSENT_ADOPTED = /(?<=^|[.!?]\s+|\n)[^.]{0,200}?\bConsent\s+(?:Agenda|Calendar)\s+(?:was|were)\s+(?:adopted|approved|passed)\b\.?/gm;

/** "The Meetings Administrator declared Councillor Áine Ní Bhriain elected Cathaoirleach of the Council for 2026/2027." */
const ELECTION_DECLARED = /(?<=^|[.!?]\s+|\n|,\s)(?:[Tt]he\s+(?:[A-Z][\w-]*\s+){1,3})declared\s+(?:Councillor|Cllr\.?|Alderman|Mr\.?|Mrs\.?|Ms\.?)\s+[^.\n]{2,60}?\s+(?:duly\s+)?elected\s+(?:as\s+)?[^\n]{3,160}?\.(?=\s|$)|(?<=^|[.!?]\s+|\n)(?:Councillor|Cllr\.?|Alderman)\s+(?:[A-Z]\.\s*)?[^.\n]{2,40}?\s+was\s+declared\s+(?:duly\s+)?elected\s+(?:as\s+)?(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d)){3,200}?\.(?=\s|$)/gm;

const MOVERS_AFTER = /,?\s*on\s+the\s+(?:motion|proposal)\s+of\b|\s*\((?:proposed|moved)\b|,\s*(?:proposed|moved)\s+by\b/i;

export function findProceduralStatements(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const pattern of PROCEDURAL_STATEMENTS) {
    for (const m of text.matchAll(pattern)) {
      // "The Minutes of this meeting were confirmed at the Ordinary Meeting ... held on 21 April 2026": a later
      // meeting's act, printed at the foot of these minutes.
      if (/\bof\s+this\s+meeting\b[^.]*?\b(?:were|was)\s+\w+\s+at\s+(?:the|a)\b/i.test(m[0])) continue;
      // "..., on the motion of Councillor A, seconded by B." names who moved it: not part of the record.
      const movers = MOVERS_AFTER.exec(m[0]);
      const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + (movers ? movers.index : m[0].length) });
      if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, true));
    }
  }
  // An election declared ("The Cathaoirleach declared Cllr X elected ...", "Councillor M. Ní Bhriain was declared
  // elected Cathaoirleach ..."): a resolution (GUIDELINES does not count elections as procedural).
  for (const m of text.matchAll(ELECTION_DECLARED)) {
    const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + m[0].length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, false));
  }
  // The consent agenda adopted in one vote: a resolution adopting its items, not a procedural one.
  for (const m of text.matchAll(CONSENT_ADOPTED)) {
    // "Members agreed that Cllr Prys and Cllr Evans would prepare a draft", "Governors agreed that a response
    // would be drafted by the Chair": who will do what, a task agreed in discussion (GUIDELINES: an
    // action), not a decision of the body.
    if ((AGREED_WOULD.test(m[0]) && !APPOINTED_WOULD.test(m[0])) || AGREED_DONE_BY.test(m[0])) continue;
    const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + m[0].length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, false));
  }
  return out;
}

/**
 * "Having taken advice ..., the Sub-Committee RESOLVED that the press and public be excluded from the meeting
 * during ...": in a decision notice's account of the hearing, the one resolution the body passed besides its
 * decision (procedural, GUIDELINES). Other "resolved" in a notice's narrative is background and stays out.
 */
const PUBLIC_EXCLUDED = /\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed)\s+that\s+((?:the\s+)?(?:press\s+and\s+(?:the\s+)?)?public\s+be\s+excluded\b(?:[^.\n]|\n(?![ \t]*\n))*(?:\.|$))/gm;

/** Where a match's first group, which closes the match (the words after "RESOLVED that", "By consensus,"), stands. */
function closingGroup(m: RegExpMatchArray & { index: number }): { start: number; end: number } {
  const end = m.index + m[0].length;
  return { start: end - m[1]!.length, end };
}

export function findPublicExcluded(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(PUBLIC_EXCLUDED)) {
    const tidy = tidyClause(text, { label: null, ...closingGroup(m) });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, true));
  }
  return out;
}

/**
 * Informal decisions in minutes that use no RESOLVED: "Councillors agreed that Tom should proceed",
 * "The Council were pleased with the plan and agreed to adopt it", and after a comma "..., the Council
 * agreed to move the meeting date to ...". The sentence (or that part of it) is the record. An agenda
 * title run into the minute ("... Annual Budget The Council were pleased ...") ends before "The".
 */
/**
 * "it was agreed that the April meeting be held in ...": a decision in the passive, nobody tasked
 * ("... that a workshop would be held in April" is an arrangement someone is to make: actions.ts).
 */
const AGREED_PASSIVE = String.raw`that\s+(?:the\s+)?(?:[\w’'-]+\s+){1,10}?(?<!\b(?:would|will|should|shall|to)\s)be\s+(?:held|changed|moved|rescheduled|fixed|set|approved|adopted|accepted|increased|reduced|renewed|granted|awarded|paid)\b`;
/** How it was agreed, between "agreed" and what: "unanimously", "by 5 votes to 1", "by a majority". */
const AGREED_HOW = String.raw`(?:unanimously\s+|by\s+(?:a\s+)?majority\s+|by\s+\d{1,2}\s+votes?\s+to\s+\d{1,2}(?:,?\s+with\s+\d{1,2}\s+abstentions?)?\s+)?`;
const BODY_AGREED = new RegExp(String.raw`(?:(?<=^|[.!?]\s+|\n|[•·▪]\s|\b[A-Z][a-z]+\s)(?:Councillors|Members|Governors|Trustees|Directors|The\s+(?:Parish\s+|Town\s+)?Council|The\s+(?:[A-Z][\w’'-]*\s+(?:and\s+|of\s+)?){0,4}(?:Committee|Sub-Committee|Board|Panel|Forum|Commission|Policy\s+Group)|The\s+Governing\s+Body|It\s+was\s+(?=(?:also\s+|further\s+)?agreed\s+${AGREED_HOW}(?:to\s+(?:${DECISION_VERB})\b|${AGREED_PASSIVE})))|(?<=,\s)(?:the\s+(?:Parish\s+|Town\s+)?Council(?=\s+agreed\b)|it\s+was\s+(?=(?:also\s+|further\s+)?agreed\s+${AGREED_HOW}(?:to\s+(?:${DECISION_VERB})\b|${AGREED_PASSIVE}))))\b[^.\n]{0,120}?\bagreed\s*${AGREED_HOW}(?:,[^,.\n]{3,120},\s*)?(?:that|to|(?=the\s+recommendations?\b))\b(?:[^\n]|\n(?![ \t]*\n))*?(?:(?<!${ABBREVIATION})[.!?](?=\s|$)|(?=\n[ \t]*\n)|(?![\s\S]))`, 'gm');

/** "agreed that the Coordinator Governance and Risk would convene ...": a titled office (capitalised words) that would act. */
// (An aside may stand before "would": "the Head of Planning, in consultation with the Chair, would finalise ...".)
const TITLED_WOULD = /\bagreed\s+that\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|of|for|&)){0,6}(?:,[^,.;]{3,120},)?\s+would\s+(?!be\b|not\b|have\b)[a-z]+/;
/** "agreed that a training session would be held ...": an event or paper someone is to arrange, not a decision. */
const AGREED_ARRANGEMENT = /\bagreed\s+that\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,8}?(?:would|will)\s+be\s+(?:held|arranged|organi[sz]ed|convened|scheduled|circulated|sent|provided|prepared|drafted|written|set\s+up)\b/i;

export function findBodyAgreements(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(BODY_AGREED)) {
    // "The Council had agreed that ...": an earlier decision told as background, not this meeting's.
    if (/\bhad(?:\s+\w+|,[^,.]{1,60},)?\s+agreed\b/i.test(m[0])) continue;
    // "agreed to review / write to / contact ...": a task for later, which the action finder reads.
    // Referring or deferring decides nothing here; it is another body's business or a later meeting's.
    if (/\bagreed\s+(?:unanimously\s+)?to\s+(?:refer|defer)\b/i.test(m[0])) continue;
    // "agreed to continue consideration of the report to its next meeting": put off, as a deferral is.
    const agreedAt = /\bagreed\s*(?:unanimously\s*)?/.exec(m[0]);
    if (agreedAt && disposesOfNothing(m[0].slice(agreedAt.index + agreedAt[0].length))) continue;
    if (/\bagreed\s+(?:unanimously\s+)?to\s+(?:pass\s+(?:on\s+)?(?:their\s+|our\s+|its\s+)?thanks|convey|review|write|contact|arrange|check|follow|consider|seek|look|investigate|find|send|speak|ask|update|report|circulate|chase|obtain|organi[sz]e|take)\b/i.test(m[0])) continue;
    // "Members agreed that Cllr Prys and Cllr Evans would prepare a draft", "Governors agreed that a response
    // would be drafted by the Chair": who will do what, a task agreed in discussion (GUIDELINES: an
    // action), not a decision of the body. So is an office named by its title ("the Coordinator Governance
    // and Risk would convene a workshop") and an arrangement someone is to make ("a training session
    // would be held for all Members in May").
    if ((AGREED_WOULD.test(m[0]) && !APPOINTED_WOULD.test(m[0])) || AGREED_DONE_BY.test(m[0])) continue;
    if ((TITLED_WOULD.test(m[0]) && !APPOINTED_WOULD.test(m[0])) || AGREED_ARRANGEMENT.test(m[0])) continue;
    // "Members agreed that the impact could only be judged on site": a view, not a decision.
    if (AGREED_A_VIEW.test(m[0])) continue;
    // "The Committee agreed to recommend to the Council that X be approved": what it recommends (GUIDELINES).
    const recommends = /\bagreed\s+(?:unanimously\s+)?to\s+recommend\s+to\s+(?:the\s+)?[A-Z][\w ]{0,60}?\s+that\s+/.exec(m[0]);
    // "The Corporate Policy Group agreed to recommend the Annual Service Delivery Plan to the full Council for
    // adoption": the whole sentence is what it recommends.
    if (!recommends && /\bagreed\s+(?:unanimously\s+)?to\s+recommend\s+(?!to\b)[^.]{3,200}?\bto\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|[A-Z][\w ]{0,40}?(?:Council|Committee|Board))\b/.test(m[0])) {
      const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + m[0].length });
      if (tidy) out.push(clauseCandidate('recommendation', null, tidy.start, tidy.end, false));
      continue;
    }
    if (recommends) {
      const tidy = tidyClause(text, { label: null, start: m.index + recommends.index + recommends[0].length, end: m.index + m[0].length });
      if (tidy) out.push(clauseCandidate('recommendation', null, tidy.start, tidy.end, false));
      continue;
    }
    // "It was agreed by 5 votes to 1 to donate £200 ...": the vote is no part of the record (GUIDELINES).
    const byVote = /^It\s+was\s+(?:also\s+|further\s+)?agreed\s+by\s+(?:a\s+majority|\d{1,2}\s+votes?\s+to\s+\d{1,2}(?:,?\s+with\s+\d{1,2}\s+abstentions?)?)\s+(?=to\b|that\b)/i.exec(m[0]);
    const tidy = tidyClause(text, { label: null, start: m.index + (byVote ? byVote[0].length : 0), end: m.index + m[0].length });
    // "The Board agreed that the public be excluded ...": procedural, as the same words RESOLVED are.
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, agreedAt !== null && isProcedural(m[0].slice(agreedAt.index))));
  }
  return out;
}

/**
 * "The Board voted 4-0-1 to authorize County Counsel to settle the matter ...": a body's vote told in a
 * sentence (a closed session reported out); what it voted to do is the resolution. Another body named
 * ("the Planning Commission voted 6-1 to ...") is background, not this meeting's vote.
 */
const BODY_VOTED = new RegExp(String.raw`(?<![A-Z][\w’'-]*\s)\b(?:The\s+|the\s+)?(?:Board|Council|Commission|Committee|Cabinet|Trustees|Directors)\s+(?:then\s+)?voted\s+(?:\(?\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?\)?\s+|unanimously\s+)?(?:in\s+closed\s+session\s+)?(?:\([^()]{0,80}\)\s+)?(to\s+(?:[^.\n]|\.(?=\d)|(?<=${ABBREVIATION})\.|\n(?![ \t]*\n))+?(?<!${ABBREVIATION})\.)`, 'g');

/**
 * A closed session reported out: "the Board, by a vote of 4-1 (Supervisor Kimura dissenting), authorized
 * County Counsel to accept the offer ...": what it did, from the verb on, is the resolution.
 */
const BODY_VOTE_REPORTED = /\b[Tt]he\s+(?:Board|Council|Commission|Committee|Cabinet)\s*,\s*(?:by\s+(?:a\s+)?(?:unanimous\s+)?vote(?:\s+of\s+\d+\s*[-–]\s*\d+(?:\s*[-–]\s*\d+)?)?|unanimously)(?:\s*\([^)]{0,80}\))?\s*,\s*([a-z]+ed\s+(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d))+?\.)/g;

/**
 * "By consensus, the Board appointed Members Raman and Batts as a subcommittee to ...": a body's decision
 * taken without a motion, told with its verb. The body's words from "the Board" are the resolution.
 * ("By consensus, the Board directed the General Manager to ..." only tasks someone: an action, actions.ts.)
 */
const BY_CONSENSUS_DECIDED = /\bBy\s+(?:general\s+)?consensus,\s+((?:the\s+)?(?:Board|Council|Commission|Committee|Panel|Authority|Trustees|Directors)\s+(?:appointed|approved|agreed\s+to\s+(?!(?:ask|write|contact|invite|review|consider)\b)|selected|endorsed|adopted|accepted|chose|confirmed|ratified|established|designated|named)\b(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d))+?\.)/g;

export function findBodyVotes(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(BY_CONSENSUS_DECIDED)) {
    const tidy = tidyClause(text, { label: null, ...closingGroup(m) });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(m[1]!)));
  }
  for (const m of text.matchAll(BODY_VOTE_REPORTED)) {
    const { start } = closingGroup(m);
    // (A refusal or rejection is no record: disposesOfNothing; "denied" is the US word for it.)
    if (/^denied\b/i.test(m[1]!) || disposesOfNothing(m[1]!)) continue;
    const tidy = tidyClause(text, { label: null, start, end: m.index + m[0].length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(m[1]!)));
  }
  for (const m of text.matchAll(BODY_VOTED)) {
    const { start } = closingGroup(m);
    if (/^to\s+(?:deny|reject|refuse|not\b)/i.test(m[1]!) || disposesOfNothing(m[1]!)) continue;
    const tidy = tidyClause(text, { label: null, start, end: m.index + m[0].length });
    // "voted 6-1 to recommend approval to the City Council": what it recommends to another body.
    const recommends = /^to\s+recommend\b/i.test(m[1]!);
    if (tidy) out.push(clauseCandidate(recommends ? 'recommendation' : 'resolution', null, tidy.start, tidy.end, !recommends && isProcedural(m[1]!)));
  }
  return out;
}

/**
 * "Payments - the following payments were approved:" and the list of payees and amounts under it,
 * up to its total: one resolution (GUIDELINES: approving a payment is a decision, not an action). The
 * proposer and seconder line after the list is not part of it.
 */
const PAYMENTS_APPROVED = /\b[Tt]he\s+following\s+(?:payments|accounts|invoices|cheques|bills|grants)\s+(?:were|was)\s+(?:\w+\s+)?(?:approved|agreed|authori[sz]ed|passed)(?:\s+for\s+payment)?\s*:/g;
const AFTER_THE_LIST = /\n[ \t]*(?:Proposed|Seconded|Carried|All\s+in\s+favour|Agreed|Resolved)\b/i;

export function findPaymentsApproved(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  for (const block of blocks) {
    const content = text.slice(block.contentStart, block.end);
    for (const m of content.matchAll(PAYMENTS_APPROVED)) {
      // The list runs on to the next blank line, whatever blocks its lines were read as ("K. Whitlow -
      // Clerk's salary" looks like a lettered item).
      const start = block.contentStart + m.index;
      const paragraphEnd = /\n[ \t]*\n/.exec(text.slice(start));
      const rest = text.slice(start, paragraphEnd ? start + paragraphEnd.index : text.length);
      const stop = AFTER_THE_LIST.exec(rest);
      const tidy = tidyClause(text, { label: null, start, end: start + (stop ? stop.index : rest.length) });
      if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, false));
    }
    // "a) The schedule of payments for May, totalling £2,846.30 (Appendix 1), was approved for payment
    // (proposed Cllr A, seconded Cllr B, all in favour).": the sentence, without its movers.
    for (const m of content.matchAll(SCHEDULE_APPROVED)) {
      const start = block.contentStart + m.index;
      const movers = MOVERS_AFTER.exec(m[0]);
      const tidy = tidyClause(text, { label: null, start, end: start + (movers ? movers.index : m[0].length) });
      if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, false));
    }
  }
  return out;
}

const SCHEDULE_APPROVED = /(?<=^|[.!?]\s+)(?:The\s+)?(?:schedule|list)\s+of\s+(?:payments|accounts|invoices|cheques|bills)\b(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d)){0,200}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|authori[sz]ed)\b(?:[^.\n]|\n(?![ \t]*\n)|\.(?=\d))*(?:\.|$)/g;

/**
 * Outcomes recorded after their proposer and seconder, as Irish minutes write them: "On the proposal of
 * Councillor A, seconded by Councillor B, the following dates were agreed: / Briefing ...: Monday ... /
 * Budget Meeting: Friday ...". The record is the outcome, not the names; a list it announces with a
 * colon, in the short paragraphs after it, is part of it.
 */
const PROPOSED_OUTCOME = /\bOn\s+the\s+proposal\s+of\s+[^,;]{3,80}?,\s+seconded\s+by\s+[^,;]{3,80}?,\s+(?=[^.:]{0,120}?\b(?:agreed|approved|adopted|resolved|confirmed)\b)/g;

/** A sentence up to its own full stop (or a colon), not one in "2.00 p.m." or "No. 4". */
const SENTENCE = new RegExp(String.raw`^(?:\b[ap]\.m\.(?=[,;]|\s+[a-z])|\b[ap]\.m(?=\.)|[^.:]|\.(?=\d)|(?<=${ABBREVIATION})\.)*[.:]`);

export function findProposedOutcomes(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const content = text.slice(block.contentStart, block.end);
    for (const m of content.matchAll(PROPOSED_OUTCOME)) {
      const start = block.contentStart + m.index + m[0].length;
      // "..., it was resolved:" over a quoted resolution: the quoted words are the record (motions.ts).
      if (/^it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed)\s*:/i.test(text.slice(start, block.end).trim())) continue;
      // "..., the Members agreed the following recommendation:" over "RECOMMENDATION TO COUNCIL: That ...": what
      // the body recommends onward, which the recommendation finder reads.
      if (/^[^.:]{0,60}\bagreed\s+the\s+following\s+recommendations?\s*:/i.test(text.slice(start, block.end))) continue;
      // The sentence's own full stop, not one in "2.00 p.m." or "No. 4".
      const sentence = SENTENCE.exec(text.slice(start, block.end));
      let end = sentence ? start + sentence[0].length : block.end;
      if (text[end - 1] === ':' && end >= block.end - 1) end = announcedList(document, blocks, i + 1) ?? end;
      const tidy = tidyClause(text, { label: null, start, end });
      if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, isProcedural(text.slice(tidy.start, tidy.end))));
    }
  });
  return out;
}

/** The end of the short one-line paragraphs after a colon (a list of dates or names), or null. */
function announcedList(document: FinderInput['document'], blocks: FinderInput['blocks'], from: number): number | null {
  let end: number | null = null;
  for (let k = from; k < blocks.length && k < from + 8; k++) {
    const block = blocks[k]!;
    const t = document.text.slice(block.contentStart, block.end).trim();
    if (block.kind === 'list_item' && block.marker !== null && /[(a-z0-9]/i.test(block.marker) && !/^[•·▪◦●○\-–—*o]$/.test(block.marker)) break;
    if (block.kind === 'heading' && !/[:.]$/.test(t) && !/\d/.test(t)) break;
    if (t.includes('\n') || t.length > 120) break;
    end = block.end;
  }
  return end;
}
