import type { NormalisedDocument } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import { findDates, parseUkDate } from './dates.ts';
import { bodyFromHeader, cleanBody, qualifiedByTitle } from './body.ts';
import { classifyDocument } from './doctype.ts';

/** How far into a document its header (title, body, date) is looked for. */
const HEADER_CHARS = 2500;

interface LabelledField {
  label: string;
  value: string;
}

/**
 * "Label: value" fields as ModernGov decision pages, records of decision and report cover sheets print
 * them; the value may also stand on the next line.
 */
/** A value that stops on a word that cannot end it ("Cabinet Member for"): its line was wrapped. */
const ENDS_MID_PHRASE = /(?:\b(?:of|for|and|the|to|in|on|with|by)|[&,–-])$/i;

/**
 * A form's label and its value on one line with no separator, as a PDF prints a two-column table
 * ("Decision maker Corporate Director of Neighbourhoods and Environment"): known labels only.
 */
const KNOWN_LABEL = /^(Decision[- ]maker|Decision taker|Date of decision|Decision date|Date of publication|Publication date|Date of meeting|Meeting date)\s+(\S.*)$/;

function labelledFields(text: string): LabelledField[] {
  const fields: LabelledField[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // A two-cell table row reads the same: "Committee | Licensing Sub-Committee" (readers join cells with " | ").
    const m = /^([A-Z][A-Za-z ?'’/()-]{1,40}?)\s*[:?]\s*(.*)$/.exec(line) ?? /^([A-Z][A-Za-z ?'’/()-]{1,40}?) \| ((?:(?! \| ).)*)$/.exec(line) ?? KNOWN_LABEL.exec(line);
    if (!m) continue;
    // "Is Key decision?: No": the label's own question mark and colon both stand before the value.
    let value = m[2]!.replace(/^[:?]\s*/, '').trim();
    if (value === '') {
      // The value on the next lines; a layout that prints labels in a column puts other labels first.
      let j = i + 1;
      while (j < lines.length && (lines[j]!.trim() === '' || /:\s*$/.test(lines[j]!))) j++;
      value = (lines[j] ?? '').trim();
      // A value wrapped over two lines ("... Integrated Children's / Services").
      const following = (lines[j + 1] ?? '').trim();
      if (value !== '' && /^[A-Z][a-z]+$/.test(following) && /[a-z’']$/.test(value)) value = `${value} ${following}`;
    } else if (ENDS_MID_PHRASE.test(value) && /^\s+\S/.test(lines[i + 1] ?? '') && !/^\s*[A-Z][A-Za-z ?'’/()-]{1,40}?\s*:/.test(lines[i + 1]!)) {
      // A value wrapped onto an indented line ("Councillor X, Cabinet Member for / Environment and Waste").
      value = `${value} ${lines[i + 1]!.trim()}`;
    }
    fields.push({ label: m[1]!.trim(), value });
  }
  return fields;
}

function field(fields: LabelledField[], names: RegExp): string | null {
  for (const f of fields) {
    if (names.test(f.label) && f.value !== '') return f.value;
  }
  return null;
}

function yesNo(value: string | null): boolean | null {
  if (value === null) return null;
  if (/^\s*(yes|y|true)\b/i.test(value)) return true;
  if (/^\s*(no|n|false)\b/i.test(value)) return false;
  return null;
}

/** Statements in running text: "This is not a key decision", "not subject to call-in". */
function statedFlag(text: string, subject: RegExp): boolean | null {
  const m = new RegExp(String.raw`\b(?:is|are)\s+(not\s+)?(?:a\s+)?` + subject.source, 'i').exec(text);
  if (!m) return null;
  return m[1] === undefined;
}

export function extractMeta(document: NormalisedDocument): DocumentMeta {
  const text = document.text;
  const header = text.slice(0, HEADER_CHARS);
  const fields = labelledFields(text.length > 60000 ? text.slice(0, 60000) : text);

  const decisionDate = parseField(field(fields, /^(date of decision|decision date|date decision taken)$/i));
  const publicationDate = parseField(field(fields, /^(publication date|date of publication|date published)$/i));
  const effectiveFrom = parseField(field(fields, /^(effective from|date effective|comes into force)$/i));
  const meetingField = field(fields, /^(meeting|date of meeting|meeting date|date of hearing|hearing date)$/i);
  // A page whose text names no date at its top may carry it in its <title> ("Minutes - Overview and Scrutiny
  // Committee - Wednesday, 18th March, 2026 10.00 am - Severn and Wyre Combined Authority").
  const meetingDate = parseField(meetingField) ?? meetingDateFromHeader(header) ?? (document.title ? findDates(document.title)[0]?.iso ?? null : null);

  const keyField = field(fields, /^(is key decision|key decision|is this a key decision|key decision\?)\??$/i);
  const callInField = field(fields, /^(is subject to call in|subject to call[- ]in|call[- ]in)\??$/i);

  // "Committee:", "Report to:", "To:" name the body only on a cover sheet's first lines; further down "To:"
  // is a budget transfer's or a letter's ("From: A1990.4 Contingency  To: A5142.1 Snow Removal").
  const makerField = field(fields, /^(decision maker|decision-maker|decision taker|decision to be taken by|decision taken by|decision made by|decided by|decision-making body)$/i) ?? field(labelledFields(header), /^(committee|report to|to)$/i);
  const headerBody = bodyFromHeader(header);
  const titled = document.title ? bodyFromHeader(document.title.replace(/\s+[-–—|]\s+/g, '\n')) : null;
  const body =
    cleanBody(makerField) ??
    cleanBody(meetingField ? meetingField.replace(/^[\d/.\s-]+-\s*/, '') : null) ??
    // A bare "Committee" or "Council" (or none) from the text gives way to the name its page's <title> gives.
    (headerBody === null || !headerBody.includes(' ') ? resolvingBody(text) ?? (headerBody && qualifiedByTitle(header, headerBody)) ?? (titled?.includes(' ') ? titled : null) ?? headerBody : headerBody);

  const date = decisionDate ?? adoptionDate(text) ?? meetingDate ?? dateFromSignature(text) ?? null;
  return {
    title: titleOf(document),
    body,
    date,
    meeting_date: meetingDate,
    decision_date: decisionDate,
    publication_date: publicationDate,
    effective_from: effectiveFrom,
    status: field(fields, /^(decision status|status)$/i),
    key_decision: yesNo(keyField) ?? statedFlag(text, /key\s+decision/),
    call_in: yesNo(callInField) ?? statedFlag(text, /subject\s+to\s+call[- ]in/),
    references: referencesOf(text),
    doc_type: classifyDocument(document),
  };
}

/** The body a resolution's own lead-in names: "RESOLVED that the Health and Well-being Board;". */
function resolvingBody(text: string): string | null {
  const m = /\bRESOLVED\s+that\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|the)\s+)?){0,6}(?:Board|Committee|Panel|Cabinet|Council|Sub-Committee))\s*[;:,]/.exec(text);
  return m ? m[1]!.trim() : null;
}

function parseField(value: string | null): string | null {
  return value ? parseUkDate(value) : null;
}

/**
 * The meeting date minutes give near their top: in the sentence that says where the meeting was
 * "held" ("held in the Council Chamber ... on Thursday, 9 January 2025"), else on a title line
 * ("CORPORATE PARENTING PANEL – 10th December 2024"), else in a "held" sentence further down, else
 * the first date at the top.
 */
function meetingDateFromHeader(header: string): string | null {
  // "THIS 12TH DAY OF JANUARY, 2011" → "12 JANUARY 2011"
  const flat = header.replace(/\s+/g, ' ').replace(/\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]+),?\s+(\d{4})/gi, '$1 $2 $3');
  // Only the first mention of this meeting: later ones are usually earlier meetings. Mentions of
  // another meeting ("Minutes of the Previous Meeting", "the minutes of the meeting held on ...", "the
  // next meeting will be held") are passed over.
  const firstMention = [...flat.matchAll(/\b(?:held|meeting)\b/gi)].find((m) => !OTHER_MEETING.test(flat.slice(Math.max(0, m.index - 50), m.index)));
  const held = firstMention && /^[^.]{0,200}?(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/i.exec(flat.slice(firstMention.index));
  const heldDate = held ? parseUkDate(held[1]!) : null;
  // A "held" sentence near the top says where and when this meeting was; one further down (an item's
  // text) gives way to a date on the title lines.
  if (heldDate && firstMention!.index <= NEAR_TOP) return heldDate;
  const titleDate = dateOnTitleLines(header);
  return titleDate ?? heldDate ?? firstDateAtTop(flat);
}

/** How far into the header (in characters, spaces collapsed) a "held" sentence still opens the minutes. */
const NEAR_TOP = 400;

function dateOnTitleLines(header: string): string | null {
  const lines = header.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const titleLines = lines.slice(0, 3);
  const minutesAt = titleLines.findIndex((l) => /\bminutes\b/i.test(l));
  // The minutes line with the line after it: a layout may break its date ("Committee – 13" / "December 2025").
  const minutesLine = minutesAt < 0 ? null : `${lines[minutesAt]} ${lines[minutesAt + 1] ?? ''}`;
  for (const line of minutesLine ? [minutesLine, ...titleLines] : titleLines) {
    const parsed = parseUkDate(line);
    if (parsed) return parsed;
  }
  return null;
}

function firstDateAtTop(flat: string): string | null {
  // The first date at the top, unless it is the date of the earlier meeting whose minutes are
  // confirmed ("3 Minutes of Meeting 17th January 2014"): that is not this meeting's date.
  const top = flat.slice(0, 600);
  const first = findDates(top)[0];
  if (!first) return null;
  return EARLIER_MEETING.test(top.slice(Math.max(0, first.index - 60), first.index)) ? null : first.iso;
}

/**
 * Words before "meeting" or "held" that make it another meeting than this one ("That the minutes of
 * the meeting held on ..." approves an earlier one; a title "Minutes of the meeting held on" is this one;
 * "Cabinet recommends that Council, at its meeting on ..." is the next body's).
 */
const OTHER_MEETING = /\b(?:previous|last|next|earlier)\s+$|\b(?:Council|Cabinet|Committee|Board),?\s+at\s+its\s+$|\b\d{1,3}\.?\s+minutes\s+of\s+(?:the\s+)?(?:meeting\s+)?$|\bthe\s+minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,6}$|\bmeeting\s+will\s+be\s+$/i;

/** Words that put the date after them on an earlier meeting. */
const EARLIER_MEETING = /\b(?:minutes\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting|(?:last|previous)\s+meeting)\s*(?:held\s*)?(?:on\s*)?(?:\w+day,?\s*)?$/i;

/**
 * The date a US resolution or ordinance was adopted, as its closing line gives it ("PASSED, APPROVED
 * AND ADOPTED this 17th day of March, 2026", "Adopted by the City Council on March 17, 2026", "PASSED,
 * APPROVED AND ADOPTED by the Planning Commission ... at a regular meeting held on the 11th day of March, 2026"): the
 * date of the decision, where the dates above it are of reports, bids or earlier meetings. A blank
 * form ("this ____ day of ______") gives none.
 */
function adoptionDate(text: string): string | null {
  const closing = /\b(?:PASSED|Passed|ADOPTED|Adopted)(?:,?\s+(?:(?:AND|and)\s+)?(?:APPROVED|Approved|ADOPTED|Adopted|adopted|approved))*\s+(?:by\s+the\s+[A-Z][\w \n]{3,80}?\s+)?(?:at\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}meeting\s+)?(?:held\s+)?(?:this|on)\s+/g;
  let last: string | null = null;
  for (const m of text.matchAll(closing)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60).replace(/\s+/g, ' ');
    const dated = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]+),?\s+(\d{4})/i.exec(after);
    const iso = dated ? parseUkDate(`${dated[1]} ${dated[2]} ${dated[3]}`) : /^[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}/.test(after) ? parseUkDate(after.slice(0, 20)) : null;
    if (iso) last = iso;
  }
  return last;
}

/** A signed record of decision: the date written by the signature ("signed ... 17/1/2025 ... date"). */
function dateFromSignature(text: string): string | null {
  const signed = [...text.matchAll(/\bsigned\b/gi)].pop();
  if (!signed) return null;
  // The date may stand before or after the word, depending on how the form's layout was extracted.
  const near = text.slice(Math.max(0, signed.index - 250), signed.index + 250);
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(near);
  if (numeric) return parseUkDate(numeric[0]);
  // "Minutes of Meeting 17th January 2014 ... signed by the Chairman": the earlier meeting's date.
  const own = findDates(near).find((d) => !EARLIER_MEETING.test(near.slice(Math.max(0, d.index - 60), d.index).replace(/\s+/g, ' ')));
  return own ? own.iso : null;
}

/** Decision references like "24/00096". */
function referencesOf(text: string): string[] {
  const refs = new Set<string>();
  for (const m of text.matchAll(/\b(\d{2}\/\d{5})\b/g)) refs.add(m[1]!);
  return [...refs];
}

function titleOf(document: NormalisedDocument): string | null {
  for (const block of document.blocks.slice(0, 12)) {
    const t = document.text.slice(block.contentStart, block.end).replace(/\s+/g, ' ').trim();
    if (t.length >= 6 && t.length <= 200 && /\p{L}{3}/u.test(t) && !/^(skip to|home|menu|---)/i.test(t)) return t;
  }
  return null;
}
