/**
 * List-item markers as councils write them at the start of a line:
 * "(a)", "a)", "A)", "(iv)", "iv)", "(1)", "1)", "1.", "1.2", "14.3.", "6.A", "4A.", "a.", "R1.", "Clause 1 -", "•", "·", "-", "–", "*", "o".
 * Shared by every reader that must find markers in plain text (txt, pdf, html/docx paragraphs
 * whose numbering is typed rather than automatic).
 */
export interface MarkerMatch {
  /** The marker as written, e.g. "(a)". */
  marker: string;
  /** Offset, from the start of the examined string, where the item's own words begin. */
  contentOffset: number;
}

// \uF0B7, \uF0A7, \uF0D8, \uF0FC: Symbol/Wingdings bullets as PDFs made from Word extract them.
const BULLET = String.raw`[•·▪■◦●○\-–—*\uF0B7\uF0A7\uF0D8\uF0FC]`;
const PATTERNS: readonly RegExp[] = [
  // "Section 1." / "SECTION 2:" as US resolutions and ordinances number their operative parts
  // (the full stop or colon required: "Section 106 Agreement" is a UK planning term, not a marker)
  /^[ \t\u00a0]*((?:Section|SECTION)[ \t\u00a0]+\d{1,2}[.:])[ \t\u00a0]+(?=\S)/,
  // "Clause 1 - That ..." as a Canadian council lists the clauses of a committee report it adopts
  // (the dash or colon required: "Clause 3 of Report No. 5" is a reference, not a marker)
  /^[ \t\u00a0]*((?:Clause|CLAUSE)[ \t\u00a0]+\d{1,2}[a-z]?)[ \t\u00a0]*[-–—:][ \t\u00a0]+(?=\S)/,
  // "R1." / "R4:" as a scrutiny review numbers its recommendations (a capital after it: not "R718 road")
  /^[ \t\u00a0]*(R\d{1,2}[.:])[ \t\u00a0]+(?=[A-Z])/,
  // (a) (iv) (1) (A) (1a)
  /^[ \t\u00a0]*(\((?:[a-zA-Z]|[ivxlcIVXLC]{1,6}|\d{1,3}[a-z]?)\))[ \t\u00a0]*/,
  // a) iv) 1) A) a.) 1a)
  /^[ \t\u00a0]*((?:[a-zA-Z]|[ivxlcIVXLC]{1,6}|\d{1,3}[a-z]?)\.?\))[ \t\u00a0]+/,
  // 6.A 12.C: a US agenda's lettered sub-item of item 6
  /^[ \t\u00a0]*(\d{1,2}\.[A-Z])[ \t\u00a0]+(?=\S)/,
  // 4A. 4B.: the same, written without the stop between ("4A. Approve the minutes ..."; a capital after it)
  /^[ \t\u00a0]*(\d{1,2}[A-Z]\.)[ \t\u00a0]+(?=[A-Z])/,
  // 1. 1.2 14.3. (not a year or an amount: at most three digits a part)
  /^[ \t\u00a0]*(\d{1,3}(?:\.\d{1,3})*\.?)[ \t\u00a0]+(?=\S)/,
  // a. b. iv. A. (a single letter or a roman numeral followed by a full stop)
  /^[ \t\u00a0]*((?:[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\.)[ \t\u00a0]+(?=\S)/,
  // bullets
  new RegExp(String.raw`^[ \t\u00a0]*(${BULLET})[ \t\u00a0]+(?=\S)`),
  // "o" used as a bullet by word processors
  /^[ \t\u00a0]*(o)[ \t\u00a0]{1,}(?=[A-Z])/,
];

/** The list marker a line starts with, if any. Plain numbers such as years are not markers. */
export function matchMarker(line: string): MarkerMatch | null {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(line);
    if (!m || m[1] === undefined) continue;
    const marker = m[1];
    // "1." must be followed by content; a bare "2020." or "1.5 million" is not a marker.
    const content = line.slice(m[0].length);
    if (content.trim() === '') continue;
    if (/^\d/.test(marker) && /^\d/.test(content)) continue;
    if (/^\d+$/.test(marker) && !plainNumberIsMarker(marker, content)) continue;
    // "- (a) the strategic direction": a bullet before a typed label; the label is the clause's own.
    if (pattern === PATTERNS[PATTERNS.length - 2] || pattern === PATTERNS[PATTERNS.length - 1]) {
      const inner = matchMarker(content);
      if (inner && !/^[•·▪■◦●○\-–—*o]$/.test(inner.marker)) return { marker: inner.marker, contentOffset: m[0].length + inner.contentOffset };
    }
    return { marker, contentOffset: m[0].length };
  }
  return null;
}

const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * A number with no full stop or bracket ("3 Minutes of the last meeting") is a marker only before a
 * capitalised word that is not a month, and only up to 99: wrapped lines in PDF text often start
 * with "10 to 11 percent", "22 November" or "400 Robert D. Ray Drive".
 */
function plainNumberIsMarker(marker: string, content: string): boolean {
  return Number(marker) <= 99 && /^\p{Lu}/u.test(content) && !MONTH.test(content);
}

/** "Section 2.", "Clause 2" and "R2." count as "2.": the word or letter names the list, the number places the item. */
export function withoutListWord(marker: string): string {
  return marker.replace(/^(?:section|clause)[ \t\u00a0]+/i, '').replace(/^R(?=\d)/, '');
}

export type MarkerStyle = 'paren-alpha' | 'alpha' | 'paren-roman' | 'roman' | 'paren-number' | 'number' | 'decimal' | 'bullet';

/** "6.A", "6.B" (or "4A.", "4B."): the lettered items of one agenda item, as US agendas number them. */
export function isLetteredAgendaItem(marker: string): boolean {
  return /^\d{1,2}\.[A-Z]$|^\d{1,2}[A-Z]\.$/.test(marker);
}

/** A marker's family, used to tell a sibling clause from a nested sub-item. */
export function markerStyle(marker: string): MarkerStyle {
  const m = withoutListWord(marker.trim());
  if (/^[•·▪■◦●○\-–—*o\uF0B7\uF0A7\uF0D8\uF0FC]$/.test(m)) return 'bullet';
  if (/^\d{1,3}\.\d/.test(m)) return 'decimal';
  if (isLetteredAgendaItem(m)) return 'alpha';
  const paren = m.startsWith('(');
  const core = m.replace(/[().:]/g, '');
  if (/^\d+[a-z]?$/.test(core)) return paren ? 'paren-number' : 'number';
  if (/^(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3})$/i.test(core) && core.length > 1) return paren ? 'paren-roman' : 'roman';
  if (/^i$/i.test(core)) return paren ? 'paren-roman' : 'roman';
  return paren ? 'paren-alpha' : 'alpha';
}
