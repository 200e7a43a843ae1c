import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import { matchMarker } from '../readers/markers.ts';
import { tidyClause } from './span.ts';
import { collectContinuedList, collectList, collectVerbParagraphs, extendClause, isNoise, isSubheading, markerStyle, splitVerbLines, type Clause } from './clauses.ts';

/** Where a cue ("RESOLVED that", "Decision:", "is asked to") was found: its block and the end of its words. */
export interface Cue {
  blockIndex: number;
  /** Offset of the cue's first character. */
  start: number;
  /** Offset just after the cue's words: where what was decided begins. */
  end: number;
  /** Where the text this cue governs must stop at the latest (the next cue in the same block). */
  limit: number;
}

/** Words that end a lead-in: what follows is the list of clauses, not part of them. */
const LEAD_IN_END = /(?::\s*[-–—]?|;|\bthat|\bto|\bthe following|\bagree|\bbe)\s*$/i;
/** A lead-in that only names the body, its verbs in the clauses below ("RESOLVED: That the Board (i) approve ..."). */
const BODY_LEAD_IN = /^(?:[Tt]hat\s+|THAT\s+)?(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'-]*){0,4}$/;

/**
 * The clauses a cue governs: a list of clauses after a lead-in ("RESOLVED that Cabinet agree to: (a) ...
 * (b) ..."), or the text after the cue when it stands alone ("RESOLVED that the minutes be approved").
 */
export function operativeClauses(document: NormalisedDocument, blocks: readonly Block[], cue: Cue): Clause[] {
  const { text } = document;
  const block = blocks[cue.blockIndex]!;
  const rest = text.slice(cue.end, cue.limit);
  const restTrimmed = rest.trim();
  const nextIndex = nextContentBlock(document, blocks, cue.blockIndex + 1);
  const next = nextIndex === null ? null : blocks[nextIndex]!;
  const ownStyle = block.kind === 'list_item' && block.marker ? markerStyle(block.marker) : null;

  const isLeadIn = restTrimmed === '' || LEAD_IN_END.test(restTrimmed) || (next?.kind === 'list_item' && BODY_LEAD_IN.test(restTrimmed));
  // "DO HEREBY RESOLVE: / WHEREAS ...; and / WHEREAS ...; / THEREFORE Council directs ...": the recitals
  // between the cue and the operative words are no part of the resolution (GUIDELINES).
  if (cue.limit === block.end && isLeadIn && nextIndex !== null) {
    const operative = pastRecitals(document, blocks, nextIndex);
    if (operative !== null) return [extendClause(document, blocks, operative.index, { label: null, start: operative.start, end: blocks[operative.index]!.end })];
  }
  if (cue.limit === block.end && isLeadIn && next && nextIndex !== null) {
    if (next.kind === 'list_item') {
      // A list may carry its numbering on from the section before ("RECOMMENDED TO COUNCIL: (1) (2)" then
      // "RESOLVED: That Cabinet (3) (4)").
      const listed = collectList(document, blocks, nextIndex, ownStyle);
      const clauses = listed.clauses.length > 0 ? listed.clauses : collectContinuedList(document, blocks, nextIndex).clauses;
      if (clauses.length > 0) return itemsOfOneClause(text, restTrimmed, clauses) ? [wholeClause(text, cue, clauses)] : unwrapLeadInItem(document, blocks, clauses);
    }
    if (restTrimmed === '' || /:\s*[-–—]?$/.test(restTrimmed)) {
      const verbs = collectVerbParagraphs(document, blocks, nextIndex);
      if (verbs.length > 0) return verbs;
      if (restTrimmed === '') {
        // A cue standing alone ("Decision:", "RESOLVED") governs the paragraph after it, or a lead-in and its list.
        const decided = decidedParagraph(document, blocks, nextIndex);
        if (decided) return [decided];
        const nextText = text.slice(next.contentStart, next.end).trim();
        // A lead-in may end ":-" or ":—" ("The Committee agreed:-"), as Scottish minutes print it.
        if (/:\s*[-–—]?$/.test(nextText) && (nextText.length < 300 || DECIDED_LEAD_IN.test(nextText))) {
          let afterIndex = nextContentBlock(document, blocks, nextIndex + 1);
          if (afterIndex !== null && isSubheading(document, blocks[afterIndex]!) && blocks[afterIndex]!.kind !== 'list_item') afterIndex = nextContentBlock(document, blocks, afterIndex + 1);
          if (afterIndex !== null && blocks[afterIndex]!.kind === 'list_item') {
            const { clauses } = collectList(document, blocks, afterIndex, null);
            if (clauses.length > 0 && itemsOfOneClause(text, nextText, clauses)) return [{ label: null, start: next.contentStart, end: clauses[clauses.length - 1]!.end }];
            if (clauses.length > 0) return unwrapLeadInItem(document, blocks, clauses);
          }
          if (afterIndex !== null) {
            const verbs2 = collectVerbParagraphs(document, blocks, afterIndex);
            if (verbs2.length > 0) return verbs2;
          }
        }
        if (next.kind === 'paragraph' || next.kind === 'list_item') return [extendClause(document, blocks, nextIndex, { label: null, start: next.contentStart, end: next.end })];
        return [];
      }
    }
  }
  if (restTrimmed === '') return [];
  const start = cue.end + (rest.length - rest.trimStart().length);
  const numbered = inlineFirstItem(document, blocks, cue, start);
  if (numbered) return numbered;
  const verbClauses = splitVerbLines(text, start, cue.limit);
  if (verbClauses) return verbClauses;
  // "Decision taken\nCabinet agreed to extend ...": the decision starts at "to extend".
  const decidedLead = HAS_DECIDED.exec(text.slice(start, cue.limit));
  const inlineStart = decidedLead ? start + decidedLead[0].length : start;
  const inline = { label: null, start: inlineStart, end: cutAtNewItem(text, inlineStart, cue.limit) };
  return [cue.limit === block.end ? extendClause(document, blocks, cue.blockIndex, inline) : inline];
}

/** A recital ("WHEREAS ...; and"): the reasons a resolution gives, no part of what it resolves (GUIDELINES). */
export const RECITAL = /^(?:WHEREAS|Whereas)\b/;
const THEREFORE = /^(?:(?:NOW,?\s+)?THEREFORE|(?:Now,?\s+)?[Tt]herefore),?\s+(?:(?:BE\s+IT|[Bb]e\s+it)\s+(?:RESOLVED|[Rr]esolved)\s+(?:THAT|that)\s+)?/;
const MAX_RECITALS = 12;

/** After "WHEREAS" paragraphs, the "THEREFORE ..." one: its block and where its operative words start; null when no recitals come first. */
function pastRecitals(document: NormalisedDocument, blocks: readonly Block[], first: number): { index: number; start: number } | null {
  let index: number | null = first;
  let skipped = 0;
  while (index !== null && skipped < MAX_RECITALS && RECITAL.test(document.text.slice(blocks[index]!.contentStart, blocks[index]!.end))) {
    index = nextContentBlock(document, blocks, index + 1);
    skipped++;
  }
  if (index === null || skipped === 0) return null;
  const block = blocks[index]!;
  const therefore = THEREFORE.exec(document.text.slice(block.contentStart, block.end));
  return therefore ? { index, start: block.contentStart + therefore[0].length } : null;
}

/**
 * A long lead-in that says the body decided what the list below holds ("6.1 Having considered the
 * application, ..., the Sub-Committee has determined to take the following steps, which it considers
 * appropriate ...:"): however long its preamble, its list holds the decisions.
 */
// (Or "Having considered the objection ..., the Committee's decision is that:", as a hearing's written decision puts it.)
const DECIDED_LEAD_IN = /\b(?:has|have|had)\s+(?:decided|determined|resolved|agreed)\b[^:]*\bthe\s+following\b[^:]*:\s*[-–—]?$|\b(?:decision|determination)\s+(?:is|was)\s+(?:that|as\s+follows)\s*:\s*[-–—]?$/i;

/**
 * A list of one numbered item that is only a lead-in ("2.1 That Cabinet:") over lettered clauses
 * ("(a) approves ...", "(b) ..."): the lettered clauses are the clauses.
 */
function unwrapLeadInItem(document: NormalisedDocument, blocks: readonly Block[], clauses: Clause[]): Clause[] {
  const only = clauses.length === 1 ? clauses[0]! : null;
  const at = only ? blocks.findIndex((b) => b.contentStart === only.start) : -1;
  if (at < 0) return clauses;
  const own = document.text.slice(blocks[at]!.contentStart, blocks[at]!.end).trim();
  if (!/:\s*[-–—]?$/.test(own) || (own.length > 120 && !DECIDED_LEAD_IN.test(own))) return clauses;
  const inner = nextContentBlock(document, blocks, at + 1);
  if (inner === null || blocks[inner]!.kind !== 'list_item') return clauses;
  const nested = collectList(document, blocks, inner, only!.label ? markerStyle(only!.label) : null).clauses;
  return nested.length > 0 ? nested : clauses;
}

/** "The Sub-Committee has considered the application, the representations and the guidance.": what was read, not decided. */
const CONSIDERED_PREAMBLE = /^(?:(?:The|the)\s+[\w -]{1,60}?\s+(?:has|have)\s+considered|Having\s+(?:considered|regard))\b(?![^]*\b(?:decided|resolved|agreed|determined)\b)/;
/** "The Sub-Committee has decided to grant ...", "The IJB agreed to note ...": the decision starts at "to". */
const HAS_DECIDED = /^(?:(?:The|the)\s+[\w -]{1,60}?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:(?:has|have)\s+)?(?:decided|resolved|determined|agreed)\s+(?=to\b|that\b)/;

/**
 * Under a "Decision" heading, a paragraph that says the body "has decided to ..." or "agreed to ..." (after one saying
 * what it considered): the decision from "to ..." on, with the conditions it lists when it grants
 * "subject to the following conditions:". Null when the section is not written that way.
 */
function decidedParagraph(document: NormalisedDocument, blocks: readonly Block[], first: number): Clause | null {
  const { text } = document;
  let index: number | null = first;
  if (CONSIDERED_PREAMBLE.test(text.slice(blocks[first]!.contentStart, blocks[first]!.end))) index = nextContentBlock(document, blocks, first + 1);
  if (index === null) return null;
  const block = blocks[index]!;
  const decided = HAS_DECIDED.exec(text.slice(block.contentStart, block.end));
  if (!decided || block.kind !== 'paragraph') return null;
  const clause: Clause = { label: null, start: block.contentStart + decided[0].length, end: block.end };
  // "Cabinet agreed to:" over its list: a lead-in, and the list holds the decisions.
  if (/^\s*(?:to|that)?\s*:\s*[-–—]?\s*$/i.test(text.slice(clause.start, clause.end))) return null;
  const listAt = nextContentBlock(document, blocks, index + 1);
  if (listAt !== null && blocks[listAt]!.kind === 'list_item' && CONDITIONS_FOLLOW.test(text.slice(clause.start, clause.end))) {
    const { clauses } = collectList(document, blocks, listAt, null);
    if (clauses.length > 0) return { ...clause, end: clauses[clauses.length - 1]!.end };
  }
  return clause;
}

/**
 * A decision granted "subject to the following conditions:" or "subject to:", or refused "for the
 * following reasons:": the listed conditions or reasons are part of it (GUIDELINES: sub-items belong
 * to their clause), not decisions of their own.
 */
// ("... is GRANTED, subject to the following conditions, all of which must be fulfilled within two years:")
const CONDITIONS_FOLLOW = /\bsubject\s+to\b[^:]{0,300}?\bconditions?\b[^:]{0,160}:\s*[-–—]?$|\bsubject\s+to\s*:\s*$|\bfor\s+the\s+following\s+reasons?\s*:\s*$/i;

const AMENDED_AS_LISTED = /\bbe\s+(?:amended|varied|revised|changed|updated)\b[^:]{0,200}?\bto\s*:\s*[-–—]?$/i;

/**
 * A lead-in that is itself the resolution, with a list of bare items ("the following items should be
 * brought forward: • Newsletter • Land at Flanders Hall", "... totalling $1.18m, comprising: • EFT payments
 * $1.06m • Cheques $14,880"): the items are not clauses of their own.
 * So is a grant "subject to the following conditions: 1. ... 2. ...": the conditions belong to it.
 */
const LISTS_WHAT_IS_DECIDED = /\bthe\s+following\s+(?:applications?|permits?|licen[cs]es?|grants?|requests?|items?|contracts?|appointments?)\s+(?:be|are|is|were)\b/i;
const RECEIVES_LISTED = /\b(?:receives?|received|notes?|noted)\s+(?:the\s+following|these)\s+(?:reports?|items?|documents?|minutes|correspondence|communications?|papers?|letters?)\b[^:]{0,60}:\s*$/i;

function itemsOfOneClause(text: string, leadIn: string, clauses: readonly Clause[]): boolean {
  // (Unless what the list holds is what is approved: "THAT the following applications be approved subject to the
  // standard conditions ...: (a) Application P-2026-118 ... (b) ...".)
  if (CONDITIONS_FOLLOW.test(leadIn) && /\b(?:grant|approve|permit|renew|vary|refuse)\w*\b/i.test(leadIn) && !LISTS_WHAT_IS_DECIDED.test(leadIn)) return true;
  // "That the Board's Terms of Reference be amended, as set out in Appendix A, to: (i) add ... (ii) reduce ...": the changes of one amendment.
  if (AMENDED_AS_LISTED.test(leadIn)) return true;
  // "... receive the list of accounts paid ..., totalling $1,184,327.56, comprising: - EFT payments ... $1,061,904.12":
  // the items itemise the one clause.
  // "THAT the Board receive the following reports for information: - Report PSB-26-09, ...": the reports
  // received are what the one clause receives.
  const itemises = /\b(?:comprising|consisting\s+of|made\s+up\s+(?:of|as\s+follows)|namely)\s*:\s*$/i.test(leadIn) || RECEIVES_LISTED.test(leadIn);
  if (!itemises && !/\bthe\s+following\s+(?:items?|matters?|topics?|subjects?)\b[^:]*\b(?:should|shall|will|be)\b[^:]*:\s*$/i.test(leadIn)) return false;
  return clauses.every((c) => {
    const tidy = tidyClause(text, c);
    const words = tidy ? text.slice(tidy.start, tidy.end) : '';
    // (An itemised amount may run "payments 18842 to 19016": "to" there is no infinitive.)
    return words.split(/\s+/).length <= 15 && !(itemises ? /\b(?:be|is|are|that|shall|will|should)\b/i : /\b(?:be|is|are|to|that|shall|will|should|approve[sd]?|agree[sd]?|note[sd]?)\b/i).test(words);
  });
}

function wholeClause(text: string, cue: Cue, clauses: readonly Clause[]): Clause {
  const rest = text.slice(cue.end, cue.limit);
  return { label: null, start: cue.end + (rest.length - rest.trimStart().length), end: clauses[clauses.length - 1]!.end };
}

/**
 * "Resolved: (1) That X.", then "(2) That Y." as the next item: the first clause stands on the cue's own
 * line with its label, the rest follow as list items of the same family.
 */
function inlineFirstItem(document: NormalisedDocument, blocks: readonly Block[], cue: Cue, start: number): Clause[] | null {
  const marker = matchMarker(document.text.slice(start, cue.limit));
  if (!marker || /^[•·▪■◦●○\-–—*o]$/.test(marker.marker)) return null;
  const first: Clause = { label: marker.marker, start: start + marker.contentOffset, end: cue.limit };
  const nextIndex = nextContentBlock(document, blocks, cue.blockIndex + 1);
  if (nextIndex === null || cue.limit !== blocks[cue.blockIndex]!.end) return [first];
  const next = blocks[nextIndex]!;
  if (next.kind !== 'list_item' || next.marker === null || markerStyle(next.marker) !== markerStyle(marker.marker)) return [first];
  const firstValue = Number.parseInt(marker.marker.replace(/\D/g, ''), 10);
  const continuesFrom = Number.isNaN(firstValue) ? (marker.marker.replace(/[^a-z]/gi, '').toLowerCase().charCodeAt(0) - 96) : firstValue;
  return [first, ...collectList(document, blocks, nextIndex, null, continuesFrom).clauses];
}

/**
 * Where a clause running on in one block meets the start of something else: a line that is only a
 * minute or item number ("87."), an "(Item 4)" line, or a page-number line. Text extracted from PDFs
 * often has no blank line there.
 */
function cutAtNewItem(text: string, start: number, end: number): number {
  const region = text.slice(start, end);
  const m = /\n[ \t]*(?:\d{1,4}\.?|\(Item\s+\d+\)|Page\s+\d+(?:\s+of\s+\d+)?)[ \t]*(?:\n|$)/i.exec(region);
  return m ? start + m.index : end;
}

export function nextContentBlock(document: NormalisedDocument, blocks: readonly Block[], from: number): number | null {
  for (let k = from; k < blocks.length; k++) {
    if (!isNoise(document, blocks[k]!)) return k;
  }
  return null;
}

/**
 * Every match of a cue pattern inside the blocks, with the limit of the text it governs.
 * The pattern must be global; its match is the cue's words.
 */
export function findCues(document: NormalisedDocument, blocks: readonly Block[], pattern: RegExp): Cue[] {
  const cues: Cue[] = [];
  blocks.forEach((block, blockIndex) => {
    const content = document.text.slice(block.contentStart, block.end);
    const found: { start: number; end: number }[] = [];
    for (const m of content.matchAll(pattern)) {
      found.push({ start: block.contentStart + m.index, end: block.contentStart + m.index + m[0].length });
    }
    found.forEach((f, i) => cues.push({ blockIndex, start: f.start, end: f.end, limit: found[i + 1]?.start ?? block.end }));
  });
  return cues;
}
