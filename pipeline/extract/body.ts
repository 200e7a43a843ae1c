/** The body a document belongs to: its decision maker or meeting body, as the document names it. */

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'cum', 'in', 'on', 'at', 'to']);

/** "BURTON-CUM-WALDEN PARISH COUNCIL" → "Burton-cum-Walden Parish Council"; mixed case is kept. */
export function titleCaseIfShouting(name: string): string {
  if (/[a-z]/.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

const BODY_NOUN = String.raw`(?:Parish Council|Town Council|City Council|County Council|District Council|Borough Council|Council|Cabinet|Committee|Sub-Committee|Panel|Board|Commission|Executive|Assembly|Forum)`;

/** A field value such as "Cabinet – 30 January 2025" or "Mrs Sue Chandler, Cabinet Member for X" to a body. */
export function cleanBody(value: string | null): string | null {
  if (!value) return null;
  let v = value.replace(/\s+/g, ' ').trim();
  // A person named before their office: keep the office, which is the decision maker.
  const office = /,\s*((?:Cabinet Member|Leader|Deputy Leader|Chief Executive|Corporate Director|Director|Head)\b.*)$/i.exec(v);
  if (office) v = office[1]!;
  v = v.replace(/\s*[-–—]\s*(?:\d|mon|tue|wed|thu|fri|sat|sun|\d{1,2}\s+\w+\s+\d{4}).*$/i, '');
  v = v.replace(/\s*\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}.*$/, '').replace(/[.;:,]+$/, '').trim();
  if (v.length < 3 || v.length > 120 || !/\p{L}/u.test(v)) return null;
  return titleCaseIfShouting(v);
}

/** The body named in the first lines of minutes or a report. */
export function bodyFromHeader(header: string): string | null {
  const flat = header.replace(/\s+/g, ' ');
  const patterns: RegExp[] = [
    // "COUNCIL OF THE CITY OF PORTLAND" → "Portland City Council"
    /\bcouncil of the city of ([A-Z][\w]+(?: [A-Z][\w]+)?)/i,
    new RegExp(String.raw`\bminutes of (?:an? |the )?(?:\w+ )?meeting of (?:the )?((?:[A-Z][\w’'&,-]*\s+(?:(?:of|and|the|for|cum)\s+)?){0,8}?${BODY_NOUN})\b`, 'i'),
    new RegExp(String.raw`\b(?:regular|special|ordinary|extraordinary|annual)?\s*meeting of (?:the )?((?:[A-Z][\w’'&,-]*\s+(?:(?:of|and|the|for|cum)\s+)?){0,8}?${BODY_NOUN})\b`, 'i'),
    new RegExp(String.raw`((?:[A-Z][\w’'&-]*\s+(?:(?:of|and|the|for|cum)\s+)?){1,6}${BODY_NOUN})\b`),
    new RegExp(String.raw`((?:[A-Z][A-Z’'&-]*\s+(?:(?:OF|AND|THE|FOR|CUM)\s+)?){1,6}${BODY_NOUN.toUpperCase()})\b`),
  ];
  for (const [i, pattern] of patterns.entries()) {
    const m = pattern.exec(flat);
    if (!m) continue;
    if (i === 0) return `${titleCaseIfShouting(m[1]!)} City Council`;
    const name = m[1]!.replace(/^(?:the|a|an|minutes|summary)\s+/i, '').trim();
    if (name.split(/\s+/).length > 10) continue;
    return titleCaseIfShouting(name);
  }
  return null;
}
