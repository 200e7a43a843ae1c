import type { Block } from '../../schemas/document.ts';
import { matchMarker } from './markers.ts';

/**
 * Plain text to blocks: consecutive non-blank lines form one block; a line that starts with a
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
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
    } else {
      const leading = line.length - line.trimStart().length;
      const trimmedEnd = lineStart + line.trimEnd().length;
      const marker = matchMarker(line);
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
    lineStart = lineEnd + 1;
  }
  flush();
  return blocks;
}

function toBlock(text: string, start: number, end: number, marker: string | null, contentStart: number, lines: number, base: number): Block {
  const body = text.slice(start, end);
  let kind: Block['kind'] = marker ? 'list_item' : 'paragraph';
  if (!marker && lines === 1 && looksLikeHeading(body)) kind = 'heading';
  return { kind, start: start + base, end: end + base, contentStart: contentStart + base, marker, level: kind === 'heading' ? 2 : 0 };
}

function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 90 || !/\p{L}/u.test(t)) return false;
  if (/[.;,:]$/.test(t)) return false;
  // A line opening in lower case carries on a sentence (after a page break, say): no heading.
  if (/^[a-z]/.test(t)) return false;
  return t.split(/\s+/).length <= 12;
}
