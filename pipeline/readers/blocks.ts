import type { Block } from '../../schemas/document.ts';
import { matchMarker, type MarkerMatch } from './markers.ts';

/** A line drawn with characters ("-----", "=====", "_____"): it separates what is above from what is below. */
export const RULE_LINE = /^[-=_~*·.–—]{4,}$/;

/**
 * Plain text to blocks: consecutive non-blank lines form one block (a rule line, "-----", separates
 * blocks and belongs to none); a line that starts with a
 * list marker starts a new list item; a short single line without closing punctuation is a heading.
 * Used by the txt reader and, line by line, by the PDF reader.
 */
export function blocksFromPlainText(text: string, base = 0): Block[] {
  const blocks: Block[] = [];
  let current: { start: number; end: number; marker: string | null; contentStart: number; lines: number } | null = null;

  const flush = (): void => {
    if (!current) return;
    blocks.push(toBlock(text, current.start, current.end, current.marker, current.contentStart, current.lines, base));
    current = null;
  };

  let lineStart = 0;
  let previousLine = '';
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
    } else if (RULE_LINE.test(line.trim())) {
      // A rule drawn under a heading or between sections ("6. DECISION" / "------"): it separates, and
      // is no one's content (it would otherwise read as the first line of what the heading introduces).
      flush();
    } else {
      const leading = line.length - line.trimStart().length;
      const trimmedEnd = lineStart + line.trimEnd().length;
      const found = matchMarker(line);
      const marker: MarkerMatch | null = found && current && (restatesInFigures(previousLine, found.marker) || numberOfReference(previousLine, found.marker) || addressNumberWrapped(previousLine, found.marker)) ? null : found;
      if (marker || !current) {
        flush();
        current = {
          start: lineStart + leading,
          end: trimmedEnd,
          marker: marker ? marker.marker : null,
          contentStart: marker ? lineStart + marker.contentOffset : lineStart + leading,
          lines: 1,
        };
      } else {
        current.end = trimmedEnd;
        current.lines++;
      }
    }
    previousLine = line;
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 1 to 99 in words as legal drafting writes them ("fifteen", "twenty-one"). */
function numberInWords(n: number): string {
  if (n < 20) return UNITS[n]!;
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]!}-${UNITS[unit]!}`;
}

/**
 * "... the former Alden Grain Exchange,\n8 Wharf Street, under Part IV ...": a plain number (no stop or
 * bracket) starting a line is no marker when the line before breaks off mid-sentence, after a comma or a
 * word that cannot end one ("of", "and", "at"): the sentence goes on with a house number or a figure.
 */
export function addressNumberWrapped(previousLine: string, marker: string): boolean {
  return /^\d+$/.test(marker) && /(?:,|\b(?:and|or|the|of|to|at|in|on|for|with|by|from|no\.?))\s*$/i.test(previousLine);
}

/**
 * "within fifteen\n(15) working days": legal drafting gives a number in words and then in figures,
 * and a line that wraps between the two starts with what looks like a "(15)" marker. It is the
 * sentence going on when the line before ends with that very number in words.
 */
export function restatesInFigures(previousLine: string, marker: string): boolean {
  const figures = /^\((\d{1,2})\)$/.exec(marker);
  if (!figures) return false;
  const n = Number(figures[1]);
  if (n < 1) return false;
  const lastWords = previousLine.trimEnd().toLowerCase().split(/[\s\u00a0]+/);
  const words = numberInWords(n);
  return lastWords.at(-1) === words || lastWords.slice(-2).join('-') === words;
}

/** Words that take a number after them: "Procedure Rule\n16.4", "paragraph\n3.", "Minute\n45". */
const TAKES_A_NUMBER = /\b(?:rules?|sections?|paragraphs?|paras?\.?|appendix|minutes?|items?|no\.|nos\.|clauses?|regulations?|articles?|pages?|schedules?|parts?|chapters?|standing\s+orders?|by-?laws?|ordinances?|resolutions?)$/i;

/**
 * "the Council AGREED that Council Procedure Rule\n16.4 be varied": a line wrapped after a word that
 * takes a number, so the number is that reference, not a "16.4" list marker.
 */
export function numberOfReference(previousLine: string, marker: string): boolean {
  if (!/^\d{1,3}(?:\.\d{1,3})*\.?$/.test(marker)) return false;
  // "based on a\n3.2 per cent increase": a line that ends on an article or preposition goes on.
  // ("Standing\nOrder\n18.1": a wrapped "Standing Order" leaves "Order" alone on its line, capitalised.)
  return TAKES_A_NUMBER.test(previousLine.trimEnd()) || ENDS_MID_PHRASE.test(previousLine.trimEnd()) || /\bOrders?$/.test(previousLine.trimEnd());
}

/** A line ending on a word that cannot end a sentence or a clause. */
const ENDS_MID_PHRASE = /\b(?:a|an|the|of|to|by|for|with|at|on|in|from|than|per|about|over|under|between|into)$/;

function toBlock(text: string, start: number, end: number, marker: string | null, contentStart: number, lines: number, base: number): Block {
  const body = text.slice(start, end);
  let kind: Block['kind'] = marker ? 'list_item' : 'paragraph';
  if (!marker && lines === 1 && looksLikeHeading(body)) kind = 'heading';
  return { kind, start: start + base, end: end + base, contentStart: contentStart + base, marker, level: kind === 'heading' ? 2 : 0 };
}

function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !/\p{L}/u.test(t)) return false;
  // ('"That the Minutes, as circulated, be taken as read and adopted."': a sentence closed inside its quotes.)
  if (/[.;,:]["”’')]?$/.test(t)) return false;
  // A line opening in lower case carries on a sentence (after a page break, say): no heading.
  if (/^[a-z]/.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}
