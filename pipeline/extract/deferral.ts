import { TRANSLATION_FIRST } from './translated.ts';

/**
 * Clauses that dispose of nothing yet (GUIDELINES: deferred items and items passed to a second
 * reading are no record), whichever section records them:
 * - a clause that only puts an item off: "be deferred", "to defer the item" (not "defer, without interest,
 *   the rates instalments", a decision about payments), "to table the item", "to continue the
 *   public hearing to April 21" (US), "ADJOURNED. ... the Committee adjourned the application",
 *   "agreed to continue consideration of the report to a future meeting" (the Scottish wording);
 * - a by-law or ordinance given only its first or second reading ("be read a first and second
 *   time"), not passed;
 * - an item referred to another body for its consideration ("to refer the draft bye-laws to the
 *   Economic Development SPC for further consideration"), or to a later budget ("be referred to the 2027
 *   budget deliberations").
 */
const DEFERS_ONLY =
  /^(?:that\s+)?(?:the\s+)?(?:Panel|Committee|Sub-Committee|Board|Council|Commission|Authority)\s+(?:defers?|adjourns?)\s+(?:(?:the\s+)?(?:determination|consideration|decision)\b|(?:the\s+|this\s+)?(?:application|item|matter)\b)|^(?:that\s+)?(?:(?:the\s+\w+\s+)?(?:agreed|decided|resolved)\s+)?(?:to\s+)?(?:defer\s+(?:(?:the|this|its|a|any)\s+)?(?:item|matter|motion|report|application|proposal|request|petition|decision|consideration|response|comments|determination|vote|it|this)\b|defer\s+(?:the\s+)?[\w\s]{0,60}?\bto\s+(?:the\s+|a\s+|its\s+)?(?:next|following|future|[A-Z][a-z]+)\s+(?:\w+\s+)?meeting\b|table\s+(?:the\s+|this\s+)?(?:item|matter|motion|report|it)\b|(?:table|postpone)\s+(?:the\s+)?[^.;]{0,100}?\bto\s+(?:the\s+|a\s+|its\s+)?[^.;]{0,40}?\bmeeting\b|continue\s+(?:the\s+|this\s+)?(?:public\s+)?(?:hearing|appeal|item|matter)\b|continue\s+[^.;]{0,60}?\bto\s+(?:the\s+|a\s+|its\s+)?[^.;]{0,40}?\bmeeting\b|carry\s+(?:the\s+|this\s+)?(?:application|item|matter|hearing)\s+(?:over\s+)?(?:to|until)\b|adjourn\s+(?:the\s+|this\s+)?(?:application|item|matter|hearing|appeal)\s+(?:to|until)\b)|\bbe\s+(?:deferred|postponed)\b|^(?:that\s+)?(?:the\s+)?(?:debate|discussion|consideration)\s+(?:on|of)\s+[^;]{0,80}?\bbe\s+adjourned\b|^(?:(?:the\s+)?item\s+)?deferred\s+(?:to|until)\b|\b(?:be\s+|was\s+)?(?:laid|lie|lay|left)\s+on\s+the\s+table\b|^(?:that\s+)?(?:(?:the\s+\w+\s+)?(?:agreed|decided|resolved)\s+)?(?:to\s+)?continue\s+(?:its\s+|the\s+)?consideration\b/i;
const REFERS_ONLY = /^(?:[Tt]hat\s+)?(?:(?:[Aa]greed\s+)?(?:[Tt]o\s+)?(?:refer|remit)\s+|[^;]{0,160}?\bbe\s+(?:referred|remitted)\s+)[^;]{0,200}?\bto\s+(?:the\s+)?[A-Z][^;]{0,120}?\bfor\s+(?:its\s+|their\s+)?(?:further\s+)?(?:consideration|review|comments?|discussion|examination|views|determination|decision)\b/;
/** "ADJOURNED. At the request of the applicant ...", "GOHIRIWYD / DEFERRED. ...", "GOHIRIWYD / DEFERRED to a future meeting", "the Committee adjourned the application to May 14". */
const ADJOURNED_ITEM = new RegExp(String.raw`^${TRANSLATION_FIRST}(?:adjourned|deferred)(?:\.|\s+(?:to|until)\b)|\badjourned\s+the\s+(?:application|item|matter|hearing|appeal)\b`, 'i');
/** "The report be referred back to the Municipal Public Accounts Committee." */
const REFERRED_BACK = /^(?:that\s+)?(?:the\s+)?(?:report|item|matter|application|proposal)\s+(?:be|was)\s+referred\s+back\b/i;
const READ_NOT_PASSED = /\bbe\s+(?:now\s+)?(?:read\s+a\s+(?:first|second)(?:\s+and\s+(?:a\s+)?second)?\s+time|given\s+(?:a\s+)?(?:first|second)(?:\s+and\s+second)?\s+readings?)\b(?![^.;]*\b(?:third|finally\s+passed)\b)/i;
/** "... request for dedicated courts be referred to the 2027 budget deliberations": put off to a later budget. */
const REFERRED_TO_BUDGET = /\bbe\s+referred\s+to\s+(?:the\s+)?(?:\d{4}(?:[/-]\d{2,4})?\s+)?(?:budget|capital\s+(?:plan|programme|program)|financial\s+plan)\b/i;

/**
 * An application refused or rejected: "Refused, for the reason set out in the officer report", "That
 * planning permission be REFUSED for the following reasons: ...", "to refuse the application", "to deny
 * Tentative Parcel Map SUB-26-004" (not "to deny the appeal and approve the permit": the permit stands).
 * GUIDELINES counts it with deferred items: "rejected applications ... are not records".
 */
const REJECTS_APPLICATION = /^(?:that\s+)?(?:(?:refused|rejected|declined)\b|(?:the\s+)?(?:Panel|Committee|Sub-Committee|Board|Council|Commission|Authority)\b(?:[^.;]|\.(?=\d)){0,200}?\b(?:refuses|rejects)\s+(?:the\s+|this\s+)?(?:development\s+|planning\s+|modification\s+)?(?:application|consent|permission|licence|license|appeal|request)\b|(?:to\s+)?(?:refuse|reject)\s+(?:the\s+|this\s+)?(?:planning\s+|listed\s+building\s+|advertisement\s+)?(?:application|permission|consent|licence|license|appeal|request)\b|(?:to\s+)?deny\s+(?:the\s+|this\s+)?[^.;]{0,60}?\b(?:application|permit|variance|case|appeal|petition|map|plat|subdivision|request|rezoning)\b(?![^.;]*\band\s+(?:approv|uphold|grant|affirm))|(?:the\s+)?(?:planning\s+|listed\s+building\s+|advertisement\s+)?(?:application|permission|consent|licence|license)\b[^.;]{0,120}?\bbe\s+(?:refused|rejected|REFUSED|REJECTED)\b)/i;

export function disposesOfNothing(clauseWords: string): boolean {
  const words = clauseWords.trim();
  return DEFERS_ONLY.test(words) || READ_NOT_PASSED.test(words) || REFERS_ONLY.test(words) || REFERRED_BACK.test(words) || REFERRED_TO_BUDGET.test(words) || ADJOURNED_ITEM.test(words) || REJECTS_APPLICATION.test(words) || MOTION_TOLD_LOST.test(words);
}

/** "A motion to approve the application was moved by ... On being put to the vote the motion was LOST": a motion that fell, told. */
const MOTION_TOLD_LOST = /^A\s+motion\b[^]*\bmotion\s+was\s+(?:LOST|lost|DEFEATED|defeated|FAILED|failed)\b/;
