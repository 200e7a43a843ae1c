import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import { markerStyle, withoutListWord, type MarkerStyle } from '../readers/markers.ts';

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
  if (/^(?:-{3,}|\*{3,}|_{3,})$/.test(t)) return true;
  if (t.length < 100 && /\bpage\s+\d{1,3}\b/i.test(t) && !/[.;]$/.test(t)) return true;
  return false;
}

function core(marker: string): string {
  return withoutListWord(marker).replace(/[().:\s]/g, '');
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
  // "2.3" is the third of section 2 (core() has dropped its dot, so read the marker itself).
  if (style === 'decimal') return Number.parseInt(withoutListWord(marker).replace(/[()\s]/g, '').replace(/\.$/, '').split('.').pop() ?? '', 10) || null;
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
 * A list that carries on another's lettering under a heading of its own ("DECISION: (a) ... /
 * RECOMMENDED TO COUNCIL: (b) ... (c) ..."): like collectList, but it may start at any item.
 */
export function collectContinuedList(document: NormalisedDocument, blocks: readonly Block[], first: number): { clauses: Clause[]; next: number } {
  const head = blocks[first];
  if (!head || head.kind !== 'list_item' || head.marker === null) return { clauses: [], next: first };
  const value = sequenceValue(head.marker, markerStyle(head.marker));
  return collectList(document, blocks, first, null, value === null ? null : value - 1);
}

/** A line that opens a section of outcomes: what follows it is not the list before it carrying on. */
// "Reasons" (for the decision) opens a section too: the numbered paragraphs under it give reasons, not decisions.
const OPENS_SECTION = /\b(?:RESOLVED|Resolved|RECOMMENDED|Recommended|AGREED|DECIDED|DECISION)\b|^\s*(?:Reasons?|REASONS?)(?:\s+(?:for|FOR)\b[^\n]*)?\s*:?\s*$/;

/**
 * The top-level clauses of a list starting at block `first`: sibling items of one marker family in
 * sequence, with nested sub-items and continuation lines kept inside their clause.
 * `outerStyle` is the family of the item the lead-in itself stands in ("3. RESOLVED that:"), which ends the list.
 */
export function collectList(document: NormalisedDocument, blocks: readonly Block[], first: number, outerStyle: MarkerStyle | null, continuesFrom: number | null = null): { clauses: Clause[]; next: number } {
  const clauses: Clause[] = [];
  const head = blocks[first];
  if (!head || head.kind !== 'list_item' || head.marker === null) return { clauses, next: first };
  const listStyle = markerStyle(head.marker);
  // Sections ("SECTION 1.", "Section 2") are siblings only of sections: a list inside one is numbered too.
  const sectioned = hasListWord(head.marker);
  // The list inside the current section so far: its style and the value of its last item.
  let sectionList: SectionList | null = null;
  // A list of clauses starts at its beginning: "(a)", "1.", "(i)" or a bullet; "9." is the next agenda item.
  const firstValue = sequenceValue(head.marker, listStyle);
  if (firstValue !== null && firstValue !== (continuesFrom ?? 0) + 1) return { clauses, next: first };
  let previousValue: number | null = null;
  let current: Clause | null = null;
  let k = first;
  for (; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind === 'list_item' && block.marker !== null) {
      const style = styleInContext(block.marker, listStyle, previousValue);
      // "SECTION 4. ... subject to the following conditions:" over "1." to "10.": numbers without the
      // section word are the section's own list, not its siblings.
      if (sectioned && current && !hasListWord(block.marker)) {
        const own = sectionListGoesOn(block.marker, sectionList);
        if (own) {
          sectionList = own;
          current.end = block.end;
          continue;
        }
      }
      if (sameFamily(style, listStyle)) {
        const value = sequenceValue(block.marker, style);
        const inSequence = previousValue === null || value === null || value === previousValue + 1;
        if (!inSequence) break;
        if (current) clauses.push(current);
        current = { label: block.marker, start: block.contentStart, end: block.end };
        previousValue = value;
        sectionList = null;
        continue;
      }
      if (outerStyle !== null && sameFamily(style, outerStyle)) break;
      // "3. REASONS" after "2.5 ...": a list numbered within its section ends at the next section.
      if (listStyle === 'decimal' && style === 'number') break;
      // "3.1", "3.2" under "3.": sub-items of the clause they are numbered within.
      if (listStyle === 'number' && style === 'decimal' && current && previousValue !== null && block.marker.startsWith(`${previousValue}.`)) {
        current.end = block.end;
        continue;
      }
      if (STYLE_RANK[style] > STYLE_RANK[listStyle] && current) {
        current.end = block.end;
        continue;
      }
      // "(A) to modify ... adding the following conditions:" over "1." to "6.", then "(B)": a list the
      // clause introduces is its own, whatever the two lists' styles.
      const resumeAfterNested = current ? afterNestedList(document, blocks, current, k, listStyle, previousValue) : null;
      if (resumeAfterNested !== null && current) {
        current.end = lastContentEnd(document, blocks, k, resumeAfterNested) ?? current.end;
        k = resumeAfterNested - 1;
        continue;
      }
      break;
    }
    if (block.kind === 'paragraph' && current && continuesClause(document, current, block)) {
      current.end = block.end;
      continue;
    }
    // "General Conditions", "Operational Conditions" over the numbered conditions of a section, or a line
    // of one of them a PDF set apart: the section's own text, while its own list goes on below.
    if (sectioned && current && (block.kind === 'heading' || block.kind === 'paragraph') && nextItemIsWithinSection(blocks, k + 1, sectionList)) {
      current.end = block.end;
      continue;
    }
    // A subheading between two items of one list is passed over, unless it opens a section of its own
    // ("RESOLVED: That Cabinet" between "RECOMMENDED TO COUNCIL: (1) (2)" and "(3) (4)").
    if (current && isSubheading(document, block) && !OPENS_SECTION.test(document.text.slice(block.contentStart, block.end)) && continuesSequence(document, blocks, k + 1, listStyle, previousValue)) continue;
    // Explanatory paragraphs between two clauses of one lettered or numbered list ("a) ... [why] b) ...").
    const resumeAt = current ? resumingItem(document, blocks, k, listStyle, previousValue) : null;
    if (resumeAt !== null && current) {
      // The paragraphs explain the clause before them ("a) ... The event would be held at ..."): they are its text.
      current.end = lastContentEnd(document, blocks, k, resumeAt) ?? current.end;
      k = resumeAt - 1;
      continue;
    }
    break;
  }
  if (current) clauses.push(current);
  return { clauses, next: k };
}

function hasListWord(marker: string): boolean {
  return withoutListWord(marker) !== marker;
}

interface SectionList {
  style: MarkerStyle;
  value: number | null;
}

/**
 * A numbered or lettered item without the section word belongs to the current section's own list when
 * it starts that list ("1.", "A.") or goes on with it: the list as it stands after it, else null ("Item 5."
 * after a section's text is something else).
 */
function sectionListGoesOn(marker: string, list: SectionList | null): SectionList | null {
  const style = markerStyle(marker);
  if (style === 'bullet') return null;
  const value = sequenceValue(marker, style);
  if (list === null) return value === 1 ? { style, value } : null;
  return sameFamily(style, list.style) && list.value !== null && value === list.value + 1 ? { style: list.style, value } : null;
}

/**
 * Whether the next list item within a few blocks is one of the current section's own items (it starts
 * or goes on with the section's list): a subheading ("General Conditions") or a line a PDF set apart is
 * then the section's text. A subheading before the next section heads that section, not this one's list.
 */
function nextItemIsWithinSection(blocks: readonly Block[], from: number, list: SectionList | null): boolean {
  for (let k = from; k < blocks.length && k < from + 4; k++) {
    const block = blocks[k]!;
    if (block.kind === 'list_item' && block.marker !== null) return !hasListWord(block.marker) && sectionListGoesOn(block.marker, list) !== null;
  }
  return false;
}

/** A short line without closing punctuation between the items of one list ("2025-26 Revenue Budget"). */
export function isSubheading(document: NormalisedDocument, block: Block): boolean {
  const t = document.text.slice(block.start, block.end).trim();
  if (t.includes('\n')) return block.kind === 'heading';
  // "In addition:" between (n) and (o) of one list is a sub-heading too.
  return block.kind === 'heading' || (t.length < 90 && !/[.;:,]$/.test(t)) || (t.length <= 40 && /:$/.test(t));
}

/** A paragraph that opens a proposal or outcome of its own, not an explanation of the clause above. */
const OWN_CUE = /\b(?:is|are)\s+(?:recommended|asked|invited)\s+to\b|\bRESOLVED\b|^\s*Recommendations?\b/i;

/**
 * The end of the explanation that follows a clause: the blocks before `until` that are not page
 * furniture, up to the first one that opens a proposal of its own.
 */
function lastContentEnd(document: NormalisedDocument, blocks: readonly Block[], from: number, until: number): number | null {
  let end: number | null = null;
  for (let k = from; k < until; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (OWN_CUE.test(document.text.slice(block.contentStart, block.end))) break;
    end = block.end;
  }
  return end;
}

/** The index of the list item, within the next few paragraphs, that continues the list's sequence. */
function resumingItem(document: NormalisedDocument, blocks: readonly Block[], from: number, listStyle: MarkerStyle, previousValue: number | null): number | null {
  if (previousValue === null) return null;
  for (let k = from, paragraphs = 0; k < blocks.length && paragraphs <= 3; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind === 'list_item' && block.marker !== null) {
      const style = styleInContext(block.marker, listStyle, previousValue);
      // "5.  COUNCIL TAX PREMIUMS ..." after "Reason for decision", "Call-in": the next item's title, not the list going on.
      if (isCapitalisedTitle(document.text.slice(block.contentStart, block.end))) return null;
      return sameFamily(style, listStyle) && sequenceValue(block.marker, style) === previousValue + 1 ? k : null;
    }
    if (block.kind === 'heading') return null;
    paragraphs++;
  }
  return null;
}

/**
 * Where the list resumes after a list nested in its current clause: the clause ends with a colon (it
 * introduces what follows), the nested list starts at its first item, and the next item of the outer
 * list follows it. Null otherwise.
 */
function afterNestedList(document: NormalisedDocument, blocks: readonly Block[], current: Clause, from: number, listStyle: MarkerStyle, previousValue: number | null): number | null {
  if (previousValue === null || !/:\s*[-–—]?$/.test(document.text.slice(current.start, current.end).trim())) return null;
  const head = blocks[from]!;
  const nestedStyle = markerStyle(head.marker!);
  if (sequenceValue(head.marker!, nestedStyle) !== 1) return null;
  for (let k = from + 1; k < blocks.length && k < from + 40; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind === 'heading') return null;
    if (block.kind !== 'list_item' || block.marker === null) continue;
    const style = styleInContext(block.marker, listStyle, previousValue);
    if (sameFamily(style, listStyle)) return sequenceValue(block.marker, style) === previousValue + 1 ? k : null;
    if (!sameFamily(markerStyle(block.marker), nestedStyle)) return null;
  }
  return null;
}

/** A title in capitals ("COUNCIL TAX PREMIUMS ON LONG-TERM EMPTY DWELLINGS"): no lower-case letter in its first line. */
function isCapitalisedTitle(words: string): boolean {
  const first = words.trim().split('\n')[0]!;
  return first.length >= 10 && /\p{Lu}{3}/u.test(first) && !/\p{Ll}/u.test(first);
}

function continuesSequence(document: NormalisedDocument, blocks: readonly Block[], from: number, listStyle: MarkerStyle, previousValue: number | null): boolean {
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind !== 'list_item' || block.marker === null) return false;
    const style = styleInContext(block.marker, listStyle, previousValue);
    // Only a numbered or lettered list shows it goes on after a sub-heading; bullets cannot.
    return sameFamily(style, listStyle) && previousValue !== null && sequenceValue(block.marker, style) === previousValue + 1;
  }
  return false;
}

/**
 * Whether a paragraph carries on the clause before it: the clause stopped mid-sentence (no closing
 * punctuation) and the paragraph starts in lower case or with a number, or the clause opened a quotation
 * it has not closed yet. Text extracted from PDFs breaks clauses like this at line and page ends.
 */
export function continuesClause(document: NormalisedDocument, clause: { start: number; end: number }, block: Block): boolean {
  const clauseText = document.text.slice(clause.start, clause.end).trim();
  const next = document.text.slice(block.contentStart, block.end).trim();
  if (/^[“"]/.test(clauseText) && !/[”"]/.test(clauseText.slice(1))) return true;
  // "THAT Council award the contract ...; / AND THAT the Mayor be authorized to execute it": one resolution
  // over two paragraphs, as Canadian minutes print it.
  if (/;$/.test(clauseText) && block.kind === 'paragraph' && /^(?:AND|And)\s+(?:FURTHER\s+|further\s+)?(?:THAT|that)\b/.test(next)) return true;
  if (/[.;:!?”"]$/.test(clauseText)) return false;
  // A clause broken off after "and", "the" or "for" cannot end there: a short line PDF extraction
  // took for a heading ("Highways Committee for") carries it on.
  if (block.kind === 'heading' && endsOnJoiningWord(clauseText) && next.length <= 80 && !next.includes('\n')) return true;
  if (block.kind !== 'paragraph') return false;
  // A minute number ("87.") or a numbered paragraph starts something new; "2001 (as amended)" carries on.
  if (/^\d{1,3}(?:\.\d+)*\.?(?:\s|$)/.test(next)) return false;
  return /^[a-z0-9(£$€&]/.test(next);
}

/** Words a sentence never ends on. */
function endsOnJoiningWord(clauseText: string): boolean {
  return /\s(?:and|or|the|of|for|to|a|an|in|on|with|by|from|at|into|under)$/i.test(clauseText);
}

/** Extend a clause over the paragraphs that carry it on (see continuesClause), skipping page furniture. */
export function extendClause(document: NormalisedDocument, blocks: readonly Block[], lastBlock: number, clause: Clause, maxBlocks = 40): Clause {
  const out = { ...clause };
  let taken = 0;
  for (let k = lastBlock + 1; k < blocks.length && taken < maxBlocks; k++) {
    const block = blocks[k]!;
    if (isNoise(document, block)) continue;
    if (block.kind === 'heading' && !/^[“"]/.test(document.text.slice(out.start, out.start + 1)) && !endsOnJoiningWord(document.text.slice(out.start, out.end).trim())) break;
    if (!continuesClause(document, out, block)) break;
    out.end = block.end;
    taken++;
  }
  return out;
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
    // Two verb-led clauses may share a block where PDF extraction saw no paragraph break between them.
    clauses.push(...(splitVerbLines(document.text, block.contentStart, block.end) ?? [{ label: null, start: block.contentStart, end: block.end }]));
  }
  return clauses;
}

export { markerStyle };

/** A line that opens a clause with a capitalised verb, as records of decision print them. */
const VERB_LINE = /^[ \t]*(?:APPROVE|DELEGATE|AGREE|NOTE|ENDORSE|AUTHORI[SZ]E|ADOPT|CONFIRM|REFER|REQUEST|RECOMMEND|INSTRUCT|ACCEPT|REJECT|DEFER|CREATE|APPOINT|AMEND|ESTABLISH|RESCIND)\b[ \t]+(?=[a-z(“"‘'A-Z])/gm;

/**
 * Clauses that open with capitalised verbs on their own lines inside one stretch of text ("APPROVE the
 * proposal ...\nDELEGATE authority to ..."): each runs to the next such line. The lead-in before the
 * first verb line is left out. Null when the stretch is not written that way.
 */
export function splitVerbLines(text: string, start: number, end: number): Clause[] | null {
  const region = text.slice(start, end);
  const starts = [...region.matchAll(VERB_LINE)].map((m) => m.index + (m[0].length - m[0].trimStart().length));
  if (starts.length === 0) return null;
  const leadIn = region.slice(0, starts[0]).trim();
  if (starts.length < 2 && leadIn === '') return null;
  if (leadIn !== '' && !/:$/.test(leadIn)) return null;
  return starts.map((s, i) => ({ label: null, start: start + s, end: start + (starts[i + 1] ?? region.length) }));
}
