import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { isProcedural } from './procedural.ts';
import { tidyClause } from './span.ts';

/**
 * An outcome written in a table cell of minutes, on a line of its own: "Approved.", "£2500 approved.",
 * "Granted." (GUIDELINES: outcomes recorded in table cells are resolutions of the body whose minutes
 * they are). Refusals and rejections decide against the application: no record. "Agreed." alone is
 * left out: parish minutes write it under an item's heading too, where the item is the record.
 */
// Capitalised alone ("approved" alone on a line is a sentence wrapped there, as a PDF of typed lines gives it).
const OUTCOME_CELL = /^[ \t]*((?:[£$€][\d,]+(?:\.\d{2})?[ \t]+(?:approved|granted|Approved|Granted)|Approved|APPROVED|Granted|GRANTED)\.?)[ \t]*$/gm;
/** An allocation under the outcome, one per line: "Four Oaks - £400". */
const ALLOCATION_LINE = /^[ \t]*[A-Z][\w’' ]{1,40}?[ \t]*[-–][ \t]*[£$€][\d,]+(?:\.\d{2})?[ \t]*$/;

export function findOutcomeCells(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(OUTCOME_CELL)) {
    const start = m.index + m[0].indexOf(m[1]!);
    let end = start + m[1]!.length;
    const following = text.slice(m.index + m[0].length).split('\n').slice(1, 12);
    // "Approved. / Committee resolved to fund from ...": the resolution finder reads that sentence.
    if (following[0] !== undefined && /\bresolved\b/i.test(following[0])) continue;
    let pos = m.index + m[0].length + 1;
    for (const line of following) {
      if (!ALLOCATION_LINE.test(line)) break;
      end = pos + line.trimEnd().length;
      pos += line.length + 1;
    }
    out.push(clauseCandidate('resolution', null, start, end));
  }
  return out;
}

/**
 * An item followed by its disposition on a line of its own, as US consent agendas are minuted ("7.A Approve
 * the minutes of the Regular Meeting of February 17, 2026." / "APPROVED ON CONSENT"): the item is the
 * resolution, labelled with its number.
 */
const ITEM_THEN_OUTCOME = /^[ \t]*(\d{1,2}\.[A-Z]|\d{1,2}\.\d{1,2}|[A-Z]\.)[ \t]+([A-Z](?:[^\n]|\n(?![ \t]*\n)(?![ \t]*(?:APPROVED|ADOPTED)\b))*?)\n[ \t]*(?:APPROVED|ADOPTED)(?:\s+ON\s+(?:THE\s+)?CONSENT(?:\s+(?:AGENDA|CALENDAR))?)?\.?[ \t]*$/gm;

export function findItemsWithOutcomeLine(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(ITEM_THEN_OUTCOME)) {
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    out.push(clauseCandidate('resolution', m[1]!, start, start + m[2]!.trimEnd().length, isProcedural(m[2]!)));
  }
  return out;
}

/**
 * US "action minutes": an item and, on a line of its own, "ACTION: Approved as recommended. (4-0-1)" or
 * "ACTION: Adopted Resolution No. 26-031": the item's own words (its first sentence, under an upper-case
 * title if it has one) are the resolution, labelled with the item's number.
 */
/** "By a vote of 4-1 (Oduya no), the Board" before what the action line says was done: the vote, not the decision. */
const VOTE_TOLD = String.raw`(?:By\s+a\s+(?:unanimous\s+)?vote\s+of\s+\d+[-–]\d+(?:\s*\([^)\n]*\))?,\s*the\s+Board\s+)?`;
const ACTION_APPROVED = new RegExp(String.raw`(?:^|\n)[ \t]*(?:ACTION|Action):\s*${VOTE_TOLD}(?:Approved|Adopted|Received|Accepted|Awarded|Authorized|Authorised|Directed|Waived\s+(?:full\s+|further\s+)?reading\s+and\s+adopted)\b`, 'i');
/** "ACTION: Approved as recommended. (4-0-1)", "ACTION: Adopted Resolution No. 26-033.": the line says only that the item passed. */
const BARE_APPROVAL = /^ACTION:\s*(?:Approved|Adopted|Waived\s+(?:full\s+|further\s+)?reading\s+and\s+adopted)(?:\s+(?:as\s+(?:recommended|presented|amended|submitted|written)|the\s+(?:staff\s+)?recommendations?|on\s+consent|(?:Resolution|Ordinance)\s+No\.?\s*[\w-]+))?\s*[.;]?\s*(?:\([^)]*\)|Vote:\s*[\d–-]+\.?)?\s*$/i;

export function findItemsApprovedByActionLine(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  for (const block of blocks) {
    const content = text.slice(block.contentStart, block.end);
    const action = ACTION_APPROVED.exec(content);
    if (!action) continue;
    // "ACTION: Adopted Resolution No. 26-032 amending the fee schedule ...": the action line says what
    // was decided, in its own words; they are the record, up to the vote in brackets.
    // (The line may open a paragraph of its own: "Action: Adopted Resolution No. 2026-033 authorizing ...".)
    const lineStart = block.contentStart + action.index + (action[0].startsWith('\n') ? 1 : 0);
    const actionText = text.slice(lineStart, block.end).replace(/\s+/g, ' ').trim();
    if (!BARE_APPROVAL.test(actionText)) {
      // ("ACTION: By a vote of 4-1 (Oduya no), the Board approved settlement ...": the vote is not what was decided.)
      const label = new RegExp(String.raw`^[ \t]*ACTION:\s*${VOTE_TOLD}`, 'i').exec(text.slice(lineStart, block.end))!;
      const vote = /\s*\((?:[^)]*\d[-–]\d[^)]*)\)\s*$/.exec(text.slice(lineStart, block.end));
      const end = vote ? lineStart + vote.index : block.end;
      out.push(clauseCandidate('resolution', block.marker, lineStart + label[0].length, end, isProcedural(text.slice(lineStart, end))));
      continue;
    }
    // A bare "ACTION: Approved." as a paragraph of its own: the item's words are the paragraph before it
    // when that is an agenda item's request ("Appoint Marisol Venegas to the ... Commission ...").
    if (action.index === 0 || !action[0].startsWith('\n')) {
      const item = itemBefore(document, blocks, blocks.indexOf(block));
      if (item) out.push(clauseCandidate('resolution', item.marker, item.start, item.end, isProcedural(text.slice(item.start, item.end))));
      continue;
    }
    let start = block.contentStart;
    const firstLineEnd = content.indexOf('\n');
    // "APPROVAL OF MINUTES" above the item's words is its title.
    if (firstLineEnd > 0 && !/[a-z]/.test(content.slice(0, firstLineEnd))) start = block.contentStart + firstLineEnd + 1;
    const stop = block.contentStart + action.index;
    const sentenceEnd = /[.](?=[ \t]*\n)/.exec(text.slice(start, stop));
    const end = sentenceEnd ? start + sentenceEnd.index + 1 : stop;
    const words = text.slice(start, end);
    const lead = words.length - words.trimStart().length;
    if (words.trim().length > 10) out.push(clauseCandidate('resolution', block.marker, start + lead, end, isProcedural(words)));
  }
  return out;
}

/** An agenda item's request: it opens with what the body is asked to do. */
const ITEM_REQUEST = /^(?:Approve|Adopt|Accept|Authori[sz]e|Appoint|Award|Ratify|Receive|Confirm|Establish|Amend|Waive|Grant|Proclaim|Designate|Reappoint)\b/;

/** The paragraph just before a bare action line, when it is an agenda item's request (its first sentence). */
function itemBefore(document: FinderInput['document'], blocks: FinderInput['blocks'], index: number): { start: number; end: number; marker: string | null } | null {
  const previous = blocks[index - 1];
  if (!previous || previous.kind === 'heading' || previous.kind === 'table_row') return null;
  const words = document.text.slice(previous.contentStart, previous.end);
  // ("Second Reading. Adopt Ordinance No. 1622 ...": the reading is the item's stage, not its words.)
  const stage = /^\s*(?:(?:First|Second|Third|Final)\s+Reading|Introduction)\.\s+/i.exec(words);
  const lead = stage ? stage[0].length : words.length - words.trimStart().length;
  if (!ITEM_REQUEST.test(words.slice(lead))) return null;
  const sentence = /^[^]*?[.](?=\s*$|\s+[A-Z])/.exec(words.slice(lead));
  const length = sentence ? sentence[0].length : words.trimEnd().length - lead;
  return { start: previous.contentStart + lead, end: previous.contentStart + lead + length, marker: previous.kind === 'list_item' ? previous.marker : null };
}

/**
 * A consent calendar approved by one action line naming its items ("ACTION: Items 5, 6, 7, 9 and 10
 * approved as recommended on one motion"), the items numbered after it: each named item is a
 * resolution, labelled with its number; an item pulled for separate discussion is not named, and is
 * read where it is taken.
 */
const ITEMS_APPROVED = /\bACTION:\s*Items?\s+(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)\s+(?:were\s+)?(?:approved|adopted)\b/i;
/** How far after the action line its items may be printed. */
const ITEMS_WITHIN_BLOCKS = 40;

export function findItemsNamedByActionLine(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const named = ITEMS_APPROVED.exec(text.slice(block.contentStart, block.end));
    if (!named) return;
    const wanted = new Set(named[1]!.split(/\s*(?:,|and|&)\s*/).map(Number));
    out.push(
      ...itemsAfter(input, i, (marker) => {
        const number = /^(\d{1,3})\.?$/.exec(marker);
        if (wanted.size === 0 || !number || !wanted.has(Number(number[1]))) return false;
        wanted.delete(Number(number[1]));
        return true;
      }),
    );
  });
  return out;
}

/**
 * "ACTION: Item 4.4 was pulled for separate discussion. The remainder of the Consent Calendar was approved
 * as recommended." over the calendar's numbered items: each item not pulled is a resolution, labelled
 * with its number (a pulled item is read where it is taken).
 */
const CONSENT_APPROVED = /\bACTION:[^\n]*\bconsent\s+(?:calendar|agenda)\b[^.\n]{0,60}?\b(?:was|were)\s+(?:approved|adopted)\b/i;
const PULLED = /\bItems?\s+(\d{1,3}(?:\.\d{1,2}|\.?[A-Z])?(?:\s*(?:,|and|&)\s*\d{1,3}(?:\.\d{1,2}|\.?[A-Z])?)*)\s+(?:was|were)\s+(?:pulled|removed|withdrawn|held)\b/gi;

export function findConsentItemsApproved(input: FinderInput): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  blocks.forEach((block, i) => {
    const content = text.slice(block.contentStart, block.end);
    if (!CONSENT_APPROVED.test(content)) return;
    const pulled = new Set([...content.matchAll(PULLED)].flatMap((m) => m[1]!.split(/\s*(?:,|and|&)\s*/)).map((label) => label.replace(/\.$/, '')));
    out.push(...itemsAfter(input, i, (marker) => /\d/.test(marker) && !pulled.has(marker.replace(/\.$/, '')), true));
  });
  return out;
}

/**
 * The numbered items printed after the action line at block `index` that `wanted` accepts (by marker),
 * each a resolution labelled with its number; up to ITEMS_WITHIN_BLOCKS blocks on, or the next heading.
 */
function itemsAfter(input: FinderInput, index: number, wanted: (marker: string) => boolean, stopAtHeading = false): Candidate[] {
  const { document, blocks } = input;
  const text = document.text;
  const out: Candidate[] = [];
  for (let k = index + 1; k < blocks.length && k <= index + ITEMS_WITHIN_BLOCKS; k++) {
    const item = blocks[k]!;
    if (stopAtHeading && item.kind === 'heading') break;
    if (item.kind !== 'list_item' || item.marker === null || !wanted(item.marker)) continue;
    const tidy = tidyClause(text, { label: item.marker, start: item.contentStart, end: item.end });
    if (tidy) out.push(clauseCandidate('resolution', tidy.label, tidy.start, tidy.end, isProcedural(text.slice(tidy.start, tidy.end))));
  }
  return out;
}
