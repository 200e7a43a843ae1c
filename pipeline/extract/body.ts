/** The body a document belongs to: its decision maker or meeting body, as the document names it. */

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'cum', 'in', 'on', 'at', 'to']);

/** "BURTON-CUM-WALDEN PARISH COUNCIL" → "Burton-cum-Walden Parish Council"; mixed case is kept. */
export function titleCaseIfShouting(raw: string): string {
  const name = raw.replace(/\s+/g, ' ').trim().replace(/^(?:(?:summary|minutes|draft|the|of|meeting|extraordinary|ordinary|annual|special|regular|monthly|quarterly|statutory|adjourned)\s+)+/i, '');
  if (/[a-z]/.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** US boards are named with what they are boards of: "Board of Supervisors", "Board of Education". */
const BOARD_OF = String.raw`Board of (?:Supervisors|Directors|Trustees|Commissioners|Aldermen|Education|Selectmen|Health)`;
const BODY_NOUN = String.raw`(?:Parish Council|Town Council|City Council|County Council|District Council|Borough Council|Council|Cabinet|Committee of the Whole|Committee|Sub-Committee|Panel|${BOARD_OF}|Board|Commission|Executive|Assembly|Forum|Review Body|Governing Body|Municipal District|(?:Fire and Rescue|Fire|Combined|Police|Transport|Waste|National Park|Joint|Harbour|Port)\s+Authority)`;
/** A letter of a name, any script's ("Waikōura", "Dún Laoghaire", "Ynys Môn"), or its joiners. */
const NAME_CHAR = String.raw`[\p{L}\p{M}\p{N}_’'&-]`;
/** Bodies that meet within an authority: named under the authority's name, they are the meeting's body. */
const MEETING_BODY = new RegExp(String.raw`(?:Cabinet|Committee of the Whole|Committee|Sub-Committee|Panel|${BOARD_OF}|Board|Commission|Municipal District)$`, 'i');
/** "the Board Room", "the Council Chamber": a place the meeting is held, not a body. */
const NOT_A_PLACE = String.raw`(?!\s+(?:Room|Chamber|Chambers|Offices|Office|Hall|House|Building|Suite)\b)`;
const NAME_ON_LINE = new RegExp(String.raw`((?:\p{Lu}${NAME_CHAR}*\s+(?:(?:of|and|the|for|cum)\s+)?){0,6}${BODY_NOUN})\b${NOT_A_PLACE}`, 'u');
const SHOUTED_NAME_ON_LINE = new RegExp(String.raw`((?:\p{Lu}[\p{Lu}\p{M}’'&-]*\s+(?:(?:OF|AND|THE|FOR|CUM)\s+)?){0,6}${BODY_NOUN.toUpperCase()})\b(?!\s+(?:ROOM|CHAMBERS?|OFFICES?|HALL|HOUSE|BUILDING|SUITE)\b)`, 'u');
/** An authority named on a line of its own: "SHIRE OF KARRAWONG", "City of Ashgrove Springs". */
const AUTHORITY_LINE = /^(?:(?:the\s+)?corporation\s+of\s+(?:the\s+)?)?(?:Shire|City|Town|Township|Village|Municipality|County|District|Borough|Region|Corporation)\s+of\s+\p{Lu}[\p{L}\p{M}\p{N}_’' -]{1,60}$/iu;
/** Names that say what kind of body but not which one; a qualified form elsewhere is better. */
const GENERIC = /^(?:the\s+)?(?:parish|town|city|borough|district)?\s*council$/i;

/** A field value such as "Cabinet – 30 January 2025" or "Mrs Sue Chandler, Cabinet Member for X" to a body. */
export function cleanBody(value: string | null): string | null {
  if (!value) return null;
  // A field read from a two-cell table row ("Report to: | Council") keeps the cell separator: not the body's.
  let v = value.replace(/\s+/g, ' ').trim().replace(/^\|\s*/, '');
  // A person named before their office: keep the office, which is the decision maker.
  const office = /,\s*((?:Cabinet Member|Leader|Deputy Leader|Chief Executive|Corporate Director|Director|Head)\b.*)$/i.exec(v);
  if (office) v = office[1]!;
  v = v.replace(/\s*[-–—]\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|\d{1,2}\s+\w+\s+\d{4}).*$/i, '');
  v = v.replace(/\s*\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$/, '').replace(/[.;:,]+$/, '').trim();
  if (v.length < 3 || v.length > 120 || !/\p{L}/u.test(v) || /^(?:decision|n\/a|none)\b/i.test(v)) return null;
  // What was left of "Thursday 12 March 2026, 10.00am" (a date of hearing): a day, not a body.
  if (/^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(v)) return null;
  return titleCaseIfShouting(v);
}

interface Found {
  index: number;
  name: string;
  strength: number;
}

/** The body named in the first lines of minutes or a report. */
/** A bilingual title line, Welsh first ("COFNODION Y CABINET / MINUTES OF THE CABINET"): its Welsh half. */
const WELSH_HALF = /^([^\n/]{3,80}?)\s\/\s(?=\S)/gm;
const WELSH_WORD = /\b(?:y|yr|cyngor|pwyllgor|cofnodion|penderfyniad(?:au)?|sir|tref|cymuned|cyfarfod|bwrdd)\b/i;

/** The header with the Welsh half of each bilingual line blanked (same length, so offsets stay): the English half names the body. */
function englishHalves(header: string): string {
  return header.replace(WELSH_HALF, (whole: string, left: string) => (WELSH_WORD.test(left) ? ' '.repeat(whole.length) : whole));
}

/** A line listing who attended ("Present:", "Officers:", "In attendance:"). */
const ATTENDANCE_LINE = /^\s*(?:Present|Officers?|Staff|In\s+attendance|Also\s+(?:present|in\s+attendance)|Attendees|Apologies)\s*[:–-]/i;

export function bodyFromHeader(bilingualHeader: string): string | null {
  const header = englishHalves(bilingualHeader);
  const flat = header.replace(/\s+/g, ' ');
  const found: Found[] = [];
  const add = (pattern: RegExp, source: string, strength: number, shape: (s: string) => string = (s) => s): void => {
    for (const m of source.matchAll(pattern)) {
      const name = shape(m[1]!.replace(/^(?:the|a|an|minutes|summary|of)\s+/i, '').trim());
      if (name.split(/\s+/).length <= 10) found.push({ index: m.index, name: titleCaseIfShouting(name), strength });
    }
  };
  // "COUNCIL OF THE CITY OF PORTLAND" → "Portland City Council"
  add(/\bcouncil of the city of ([A-Z][\w]+(?: [A-Z][\w]+)?)/gi, flat, 3, (s) => `${titleCaseIfShouting(s)} City Council`);
  // "MINUTES of a meeting of the Cabinet held ...", "A regular meeting of the Township of Nipissing Council"
  // Only near the top: further down, "meeting of the X Committee" is usually another body's meeting.
  add(new RegExp(String.raw`\bmeeting of (?:the )?((?:\p{Lu}[\p{L}\p{M}\p{N}_’'&,-]*\s+(?:(?:of|and|the|for|cum|OF|AND|THE|FOR|CUM)\s+)?){0,8}?${BODY_NOUN})\b`, 'giu'), flat.slice(0, 700), 2);
  // A name on a line of its own or at a line's start: "BURTON-CUM-WALDEN PARISH COUNCIL", "Stoke Ferry Parish Council Meeting"
  const headerLines = header.split('\n').slice(0, 40);
  for (const [lineIndex, line] of headerLines.entries()) {
    // "Officers: Graham Tulloch (Chief Executive Officer), ...": who attended, with their offices, not whose meeting.
    if (ATTENDANCE_LINE.test(line)) continue;
    const offset = header.indexOf(line);
    const mixed = NAME_ON_LINE.exec(line);
    const shouted = SHOUTED_NAME_ON_LINE.exec(line);
    // The earlier of the two on the line: "WEREHAM PARISH COUNCIL Draft Minutes ... Extraordinary Parish Council Meeting".
    const m = mixed && shouted ? (shouted.index <= mixed.index ? shouted : mixed) : mixed ?? shouted;
    if (m) {
      // "That Council grant leave ...": the start of a resolution, not a name.
      // "A RESOLUTION OF THE PLANNING COMMISSION OF ...": the resolution's caption names the body after "of".
      const name = m[1]!.trim().replace(/^(?:that|the)\s+/i, '').replace(/^(?:an?\s+)?(?:resolution|ordinance)\s+of\s+(?:the\s+)?/i, '');
      // A name at the start of a line, or on the line that says these are its minutes, is the body's own;
      // a committee named on the first lines under its authority's name is the meeting's.
      const meets = MEETING_BODY.test(name) && offset < 300 ? 0.2 : 0;
      // A centred title line starts with spaces: its name still stands at the line's start.
      // A line that carries on the sentence above ("... a matter for the\nCounty Council.") is no title.
      const carriesOn = lineIndex > 0 && /[a-z,]$/.test(headerLines[lineIndex - 1]!.trim());
      const atStart = m.index === line.length - line.trimStart().length && !carriesOn;
      // ("Speakers are limited to three minutes" further down says nothing about whose minutes these are.)
      const minutesLine = /\bminutes\b/i.test(line) && !/\b(?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|few)\s+minutes\b/i.test(line) && offset < 600;
      const strength = (minutesLine ? 1.8 : atStart ? 1.5 : 1) + meets;
      if (name.split(/\s+/).length <= 8) found.push({ index: offset + m.index, name: titleCaseIfShouting(name), strength });
    }
  }
  if (found.length === 0) return null;
  // A generic "Council" or "City Council" under the authority's name on a line of its own says which
  // council ("SHIRE OF KARRAWONG" → "Shire of Karrawong Council", "CITY OF CALLOWAY RIDGE" over "CITY
  // COUNCIL ... MINUTES" → "Calloway Ridge City Council"): qualified, it is as specific as any other.
  // "THE CORPORATION OF THE TOWN OF ASHCOMBE FALLS" (Ontario's style) names the town.
  const authority = header.split('\n').slice(0, 4).map((l) => l.trim()).find((l) => AUTHORITY_LINE.test(l))?.replace(/^(?:the\s+)?corporation\s+of\s+(?:the\s+)?(?=\w+\s+of\b)/i, '');
  const named = authority ? found.map((f) => (GENERIC.test(f.name) ? { ...f, name: qualifiedByAuthority(f.name, authority) } : f)) : found;
  const specific = named.filter((f) => !GENERIC.test(f.name));
  const pool = specific.length > 0 ? specific : named;
  pool.sort((a, b) => b.strength - a.strength || a.index - b.index);
  // "Cabinet" from "meeting of the Cabinet" beats the authority's name printed above it; a generic
  // "Parish Council" gives way to the qualified name on the first lines.
  return pool[0]!.name;
}

/** A generic council's name with its authority's: "City of X" and "City Council" give "X City Council". */
function qualifiedByAuthority(generic: string, authority: string): string {
  const noun = generic.replace(/^the\s+/i, '');
  const place = /^(\w+)\s+of\s+(.+)$/i.exec(authority);
  if (place && new RegExp(String.raw`^${place[1]!}\s+council$`, 'i').test(noun)) return `${titleCaseIfShouting(place[2]!)} ${titleCaseIfShouting(noun)}`;
  return `${titleCaseIfShouting(authority)} ${noun}`;
}

/**
 * A bare "Committee" or "Board" named with the title its minutes carry: "Amenities, Leisure and
 * Community Services Minutes | Tuesday ..." over a text that calls the body "Committee" gives
 * "Amenities, Leisure and Community Services Committee". Null when no title line names it.
 */
export function qualifiedByTitle(header: string, bareNoun: string): string | null {
  const lines = header.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 6);
  for (const line of lines) {
    // "Minutes" only: "Special Budget Meeting" names an occasion, not a body.
    const m = /^((?:[A-Z][\w’'&-]*,?\s+(?:(?:and|of|for|the)\s+)?){1,8}?)Minutes\b/.exec(line);
    if (!m) continue;
    const name = m[1]!.trim().replace(/,$/, '');
    if (name.split(/\s+/).length < 2 || new RegExp(String.raw`\b${BODY_NOUN}$`, 'i').test(name)) continue;
    return `${titleCaseIfShouting(name)} ${bareNoun}`;
  }
  return null;
}
