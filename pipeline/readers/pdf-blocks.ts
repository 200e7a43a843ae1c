import type { Block } from '../../schemas/document.ts';
import { matchMarker } from './markers.ts';
import { numberOfReference, restatesInFigures, RULE_LINE } from './blocks.ts';

/**
 * PDF page text to blocks. Extracted PDF text has a line per printed line and no blank line between
 * paragraphs, so paragraphs are found from the lines themselves:
 * - a line that starts with a list marker ("(a)", "1.", "•") opens a list item;
 * - a "RESOLVED" / "Resolved:" / "DECISION" line opens a block; a rule line ("-----") stands alone;
 * - a short ALL-CAPS or Title-Case line after a finished sentence is a heading;
 * - after a line that ends a sentence ([.:;]) and stops well short of the page's usual line
 *   length, a line starting with a capital opens a new paragraph. A full-width line ending in a
 *   full stop is a wrap inside the paragraph, so a clause of several sentences stays one block.
 */
export interface PdfLine {
  /** Offset of the line's first non-blank character in the document text. */
  start: number;
  /** Offset just past the line's last non-blank character. */
  end: number;
  text: string;
  /** A table row rebuilt from its cells (pdf-tables.ts): a block of its own. */
  row?: boolean;
}

const OPENS_BLOCK = /^(?:RESOLVED|Resolved\b|IT WAS RESOLVED|DECISION\b|Decision:|RECOMMENDATIONS?\b|Recommendations?:|AGREED\b|Agreed:)/;

/** The usual length of a full line: a high percentile of line lengths, ignoring very short lines. */
export function typicalLineLength(lines: readonly PdfLine[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length === 0) return 80;
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** Blocks for one page's lines; `fullLine` is the document's typical line length. */
export function blocksFromPdfLines(lines: readonly PdfLine[], fullLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previous: PdfLine | null = null;
  lines.forEach((line, index) => {
    if (line.row || previous?.row) {
      if (current) blocks.push(current);
      current = line.row
        ? { kind: 'table_row', start: line.start, end: line.end, contentStart: line.start, marker: null, level: 0 }
        : null;
      if (line.row) {
        previous = line;
        return;
      }
    }
    const found = matchMarker(line.text);
    // "Procedure Rule\n16.4 be varied", "within fifteen\n(15) days": the number goes on the sentence.
    const marker = found && previous && (restatesInFigures(previous.text, found.marker) || numberOfReference(previous.text, found.marker)) ? null : found;
    const next = lines[index + 1];
    const heading = !marker && (looksLikeHeadingLine(line.text) || looksLikeSentenceCaseHeading(line, previous, next, fullLine));
    const opens =
      current === null ||
      previous === null ||
      RULE_LINE.test(line.text) ||
      RULE_LINE.test(previous.text) ||
      marker !== null ||
      OPENS_BLOCK.test(line.text) ||
      (heading && (current.kind === 'heading' || endsClause(previous.text) || isShort(previous, fullLine))) ||
      current.kind === 'heading' ||
      // ("...; / AND THAT the Mayor ..." goes on with the clause list it belongs to.)
      (endsClause(previous.text) && isShort(previous, fullLine) && /^[\p{Lu}\d("“'‘•]/u.test(line.text) && !/^(?:AND|OR)\b/.test(line.text)) ||
      /^\d{1,4}$/.test(previous.text) ||
      (/^\(.*\)$/.test(previous.text) && isShort(previous, fullLine) && /^\p{Lu}/u.test(line.text));
    if (opens) {
      if (current) blocks.push(current);
      current = marker
        ? { kind: 'list_item', start: line.start, end: line.end, contentStart: line.start + marker.contentOffset, marker: marker.marker, level: 0 }
        : { kind: heading ? 'heading' : 'paragraph', start: line.start, end: line.end, contentStart: line.start, marker: null, level: heading ? 2 : 0 };
    } else if (current) {
      current.end = line.end;
    }
    previous = line;
  });
  if (current) blocks.push(current);
  return blocks;
}

function endsClause(text: string): boolean {
  return /[.:;!?]["”’)]?$/.test(text);
}

function isShort(line: PdfLine, fullLine: number): boolean {
  return line.text.length < fullLine * 0.8;
}

/**
 * "Grants to local groups": a short line without closing punctuation that stands alone (the line
 * before it ended short or ended a sentence) and is followed by a line that starts a sentence.
 */
function looksLikeSentenceCaseHeading(line: PdfLine, previous: PdfLine | null, next: PdfLine | undefined, fullLine: number): boolean {
  if (line.text.length > fullLine * 0.6 || !/^\p{Lu}/u.test(line.text) || /[.,;:!?\-–—]$/.test(line.text) || HOLDS_AMOUNT.test(line.text)) return false;
  // "Council is recommended to approve" is a lead-in, not a heading: headings rarely have a verb.
  if (/\b(?:is|are|be|was|were|has|have|had|will|shall|should|would|may|must)\b/i.test(line.text)) return false;
  if (line.text.split(/\s+/).length > 8 || !/\p{L}{3}/u.test(line.text)) return false;
  if (previous !== null && !isShort(previous, fullLine) && !endsClause(previous.text)) return false;
  return next !== undefined && (/^[\p{Lu}"“‘(]/u.test(next.text) || matchMarker(next.text) !== null);
}

/** "Band A £1,208.24 Band E £2,215.11", "Total £428,475,831.39": a row of figures, never a heading. */
const HOLDS_AMOUNT = /[£$€]\s?\d|\d[\d,]*\.\d{2}\b/;

/**
 * "26/040 RESOLVED: (Cr Abbott / Cr Walsh)": a resolution's number, its cue and its movers, whose words
 * follow on the next lines; a heading would cut the cue off from them.
 */
const MOVED_RESOLUTION = /\bRESOLVED\b\s*[:–—-]?\s*\(/;

/** A short line in capitals ("UNRESTRICTED ITEMS") or in title case without closing punctuation. */
function looksLikeHeadingLine(text: string): boolean {
  if (text.length > 70 || MOVED_RESOLUTION.test(text) || !/\p{L}{2}/u.test(text) || /[.,;:]$/.test(text) || HOLDS_AMOUNT.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 4 && letters === letters.toUpperCase()) return true;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length === 0 || words.length > 8) return false;
  const minor = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)$/;
  return words.every((w) => /^\p{Lu}/u.test(w) || minor.test(w));
}
