/**
 * A PDF page's text lines from pdf.js's text items, each line with where its pieces are printed.
 *
 * The text is built exactly as pdf-parse's getText builds it (same line and cell thresholds, the
 * same "\t" between items set apart on one line), so every line reads as it always has; what this
 * adds is each piece's position, which a table needs: pdf.js gives a table's cells as separate
 * items, and only their x positions say which column a word belongs to (pdf-tables.ts).
 */

/** A text item as pdf.js's getTextContent gives it (the fields used here). */
export interface TextItem {
  str: string;
  /** The text matrix: [a, b, c, d, e, f]; e and f place the item on the page. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** Page coordinates to viewport ones (pdf.js's PageViewport.convertToViewportPoint): y grows downward. */
export type ToViewport = (x: number, y: number) => number[];

/** A run of a line's text with its place on the page (viewport units: points, y from the top). */
export interface PlacedPiece {
  text: string;
  x: number;
  /** The baseline's distance from the top of the page. */
  y: number;
  width: number;
}

/** One line of a page's text, with the pieces it was made from, in order. */
export interface PlacedLine {
  text: string;
  pieces: PlacedPiece[];
}

/** pdf-parse's defaults (ParseParameters.js): a new line past this vertical distance, a cell past this horizontal gap. */
const LINE_THRESHOLD = 4.6;
const CELL_THRESHOLD = 7;
const CELL_SEPARATOR = '\t';

/** The page's lines as pdf-parse would print them (untrimmed, empty ones included), each with its pieces. */
export function placedLines(items: readonly TextItem[], toViewport: ToViewport): PlacedLine[] {
  const lines: PlacedLine[] = [{ text: '', pieces: [] }];
  const append = (text: string, place: Omit<PlacedPiece, 'text'> | null): void => {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push({ text: '', pieces: [] });
      if (part === '') return;
      const line = lines[lines.length - 1]!;
      line.text += part;
      if (place !== null) line.pieces.push({ text: part, ...place });
    });
  };
  let lastX: number | undefined;
  let lastY: number | undefined;
  let lineHeight = 0;
  let endsWithNewline = true;
  for (const item of items) {
    const [x, y] = toViewport(item.transform[4]!, item.transform[5]!) as [number, number];
    let str = item.str;
    if (lastY !== undefined && Math.abs(lastY - y) > LINE_THRESHOLD) {
      const itemStartsLine = str.startsWith('\n') || (str.trim() === '' && item.hasEOL);
      // pdf-parse checks whether the last piece pushed ends with a newline; an empty piece counts as not.
      if (!endsWithNewline && !itemStartsLine && Math.abs(lastY - y) - 1 > lineHeight) {
        append('\n', null);
        lineHeight = 0;
        endsWithNewline = true;
      }
    }
    if (lastY !== undefined && Math.abs(lastY - y) < LINE_THRESHOLD && lastX !== undefined && Math.abs(lastX - x) > CELL_THRESHOLD) {
      str = `${CELL_SEPARATOR}${str}`;
    }
    append(str, { x, y, width: item.width });
    endsWithNewline = str.endsWith('\n');
    lastX = x + item.width;
    lastY = y;
    lineHeight = Math.max(lineHeight, item.height);
    if (item.hasEOL) {
      append('\n', null);
      endsWithNewline = true;
    }
    if (item.hasEOL || str.endsWith('\n')) lineHeight = 0;
  }
  return lines;
}
