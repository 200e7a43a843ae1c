import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import { markerStyle, type MarkerStyle } from '../readers/markers.ts';

/** A clause found in the text: its label as written (or null) and its span. */
export interface Clause {
  label: string | null;
  start: number;
  end: number;
}

/** How deep a marker family usually nests: numbers hold letters, letters hold roman numerals, then bullets. */
const STYLE_RANK: Record<MarkerStyle, number> = {
  decimal: 0,
  number: 1,
  'paren-number': 1,
  alpha: 2,
  'paren-alpha': 2,
  roman: 3,
  'paren-roman': 3,
  bullet: 4,
};

/** Page numbers and running headers/footers between the parts of a clause: skipped, never a clause. */
export function isNoise(document: NormalisedDocument, block: Block): boolean {
  const t = document.text.slice(block.start, block.end).trim();
  if (/^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$/i.test(t)) return true;
  if (t.length < 100 && /\bpage\s+\d{1,3}\b/i.test(t) && !/[.;]$/.test(t)) return true;
  return false;
}

function core(marker: string): string {
  return marker.replace(/[().\s]/g, '');
}

function romanValue(s: string): number | null {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = map[lower[i]!];
    const next = map[lower[i + 1] ?? ''] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

/** The position of a marker in its sequence (a→1, iv→4, 3→3); null for bullets. */
function sequenceValue(marker: string, style: MarkerStyle): number | null {
  const c = core(marker);
  if (style === 'bullet') return null;
  if (style === 'number' || style === 'paren-number') return Number.parseInt(c, 10);
  if (style === 'decimal') return Number.parseInt(c.split('.').pop() ?? '0', 10) || null;
  if (style === 'roman' || style === 'paren-roman') return romanValue(c);
  return c.toLowerCase().charCodeAt(0) - 96;
}

/** Same family, ignoring whether a letter is in brackets: "(a)" then "b)" is one list to a clerk. */
function sameFamily(a: MarkerStyle, b: MarkerStyle): boolean {
  return a === b || a.replace('paren-', '') === b.replace('paren-', '');
}

/**
 * The style a marker has in the list it continues: "(i)" after "(h)" is the ninth letter, not a roman one.
 */
function styleInContext(marker: string, listStyle: MarkerStyle, previousValue: number | null): MarkerStyle {
  const style = markerStyle(marker);
  if ((style === 'roman' || style === 'paren-roman') && (listStyle === 'alpha' || listStyle === 'paren-alpha')) {
    const asLetter = core(marker).length === 1 ? core(marker).toLowerCase().charCodeAt(0) - 96 : null;
    if (asLetter !== null && previousValue !== null && asLetter === previousValue + 1) return listStyle;
  }
  return style;
}

function startsLowercase(document: NormalisedDocument, block: Block): boolean {
  return /^[a-z]/.test(document.text.slice(block.contentStart, block.contentStart + 1));
}

/**
 * The top-level clauses of a list starting at block `first`: sibling items of one marker family in
 * sequence, with nested sub-items and continuation lines kept inside their clause.
 * `outerStyle` is the family of the item the lead-in itself stands in ("3. RESOLVED that:"), which ends the list.
 */
export function collectList(document: NormalisedDocument, blocks: readonly Block[], first: number, outerStyle: MarkerStyle | null): { clauses: Clause[]; next: number } {
  const clauses: Clause[] = [];
  const head = blocks[first];
  if (!head || head.kind !== 'list_item' || head.marker === null) return { clauses, next: first };
  const listStyle = markerStyle(head.marker);
  let previousValue: number | null = null;
  let current: Clause | null = null;
  let k = first;
  for (; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind === 'list_item' && block.marker !== null) {
      const style = styleInContext(block.marker, listStyle, previousValue);
      if (sameFamily(style, listStyle)) {
        const value = sequenceValue(block.marker, style);
        const inSequence = previousValue === null || value === null || value === previousValue + 1;
        if (!inSequence) break;
        if (current) clauses.push(current);
        current = { label: block.marker, start: block.contentStart, end: block.end };
        previousValue = value;
        continue;
      }
      if (outerStyle !== null && sameFamily(style, outerStyle)) break;
      if (STYLE_RANK[style] > STYLE_RANK[listStyle] && current) {
        current.end = block.end;
        continue;
      }
      break;
    }
    if (block.kind === 'paragraph' && current && startsLowercase(document, block)) {
      current.end = block.end;
      continue;
    }
    break;
  }
  if (current) clauses.push(current);
  return { clauses, next: k };
}

/**
 * Clauses written as paragraphs that each open with a capitalised verb, as records of decision print
 * them ("APPROVE the ...", "DELEGATE authority to ..."), after a lead-in ending in a colon.
 */
export function collectVerbParagraphs(document: NormalisedDocument, blocks: readonly Block[], first: number): Clause[] {
  const clauses: Clause[] = [];
  for (let k = first; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    const t = document.text.slice(block.contentStart, block.end);
    if (!/^[A-Z]{4,}\b(?:\s+[A-Z]{2,}\b)?\s+[a-z(]/.test(t)) break;
    clauses.push({ label: null, start: block.contentStart, end: block.end });
  }
  return clauses;
}

export { markerStyle };
