/**
 * A Word document typed, pasted or converted from plain text keeps a paragraph per printed line
 * ("HELD IN THE MUNICIPAL DISTRICT OFFICES, MAIN STREET, BALLINACARRIG, ON TUESDAY," / "10TH MARCH,
 * 2026, AT 10.00 A.M.") and an empty paragraph where the text had a blank line. Read paragraph by
 * paragraph, every clause would be cut at its first line end; read as the lines they are, the document
 * is the plain text it was made from, and the plain-text reader's blocks apply to it unchanged.
 */

/**
 * mammoth's document model (lib/documents.js) is untyped in its index.d.ts (`transformDocument`
 * takes `any`); the fields used here are these.
 */
export interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: unknown;
  value?: string;
  styleName?: string | null;
  [key: string]: unknown;
}

/** The longest line a typed document holds: wider than any printed line, shorter than most real Word paragraphs. */
const MAX_LINE = 132;
/** Fewest lines for the layout to be told apart from a short note of a few one-line paragraphs. */
const MIN_LINES = 8;
/** Styles that say the author structured the document in Word: its paragraphs are then paragraphs. */
const STRUCTURE_STYLE = /heading|title|list|caption/i;

export function collectParagraphs(element: MammothElement, out: MammothElement[]): void {
  if (element.type === 'paragraph') out.push(element);
  for (const child of element.children ?? []) collectParagraphs(child, out);
}

/** A paragraph's text as Word shows it: runs' text, a tab as a tab, a line break as a new line. */
export function paragraphText(element: MammothElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(paragraphText).join('');
}

/**
 * The document's lines when it is typed as lines, else null. Typed as lines: no tables, no Word
 * numbering or heading, list or title styles (the author structured nothing in Word), at least
 * MIN_LINES lines of which none is longer than a printed line, blank lines between blocks (empty
 * paragraphs), and at least one block of two or more lines (else paragraph by paragraph reads the same).
 */
export function typedLines(document: MammothElement): string[] | null {
  if (containsTable(document)) return null;
  const paragraphs: MammothElement[] = [];
  collectParagraphs(document, paragraphs);
  if (paragraphs.some((p) => p.numbering || STRUCTURE_STYLE.test(p.styleName ?? ''))) return null;
  const lines = paragraphs.flatMap((p) => paragraphText(p).split('\n')).map((line) => line.replace(/\s+$/u, ''));
  const written = lines.filter((line) => line.trim() !== '');
  if (written.length < MIN_LINES || written.length === lines.length) return null;
  if (written.some((line) => line.length > MAX_LINE)) return null;
  const runsOn = lines.some((line, i) => i > 0 && line.trim() !== '' && lines[i - 1]!.trim() !== '');
  return runsOn ? lines : null;
}

function containsTable(element: MammothElement): boolean {
  return element.type === 'table' || (element.children ?? []).some(containsTable);
}
