import type { Block, Page, ReadResult } from '../../schemas/document.ts';
import { blocksFromPlainText } from './blocks.ts';
import { decodeText, looksBinary } from './decode.ts';
import { blocksByPage, furnitureLines, joinAcrossPages } from './pages.ts';

/**
 * Plain text: strict UTF-8 (BOM removed) or Windows-1252 with a warning. A form feed starts a new
 * page, as in text pdftotext writes; otherwise the text is one page.
 */
export function readTxt(bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'not a text file (binary content)' };
  const { text: raw, warnings } = decodeText(bytes);
  // Normalise line endings so that offsets mean the same on every platform's files.
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'no text: the file is empty' };
  const pages = pagesAtFormFeeds(text);
  return { ok: true, document: { format: 'txt', text, blocks: pagedBlocks(text, pages), pages, warnings } };
}

/** Pages split at form feeds (each feed begins the page after it); a trailing feed makes no empty page. */
function pagesAtFormFeeds(text: string): Page[] {
  const pages: Page[] = [];
  let start = 0;
  for (let i = text.indexOf('\f'); i !== -1; i = text.indexOf('\f', i + 1)) {
    pages.push({ number: pages.length + 1, start, end: i });
    start = i;
  }
  if (text.slice(start).replace(/\f/g, '').trim() !== '' || pages.length === 0) pages.push({ number: pages.length + 1, start, end: text.length });
  else pages[pages.length - 1]!.end = text.length;
  return pages;
}

/**
 * Blocks of paged text: the running titles and page numbers at the top and foot of its pages are left
 * out of every block (they stay in the text, whose offsets are the file's), and a clause cut by a page
 * break is one block.
 */
function pagedBlocks(text: string, pages: readonly Page[]): Block[] {
  if (pages.length < 2) return blocksFromPlainText(text);
  const lines = pages.map((page) => nonEmptyLines(text, page));
  const furniture = furnitureLines(lines.map((page) => page.map((line) => text.slice(line.start, line.end))));
  // Blanking furniture (same length, so offsets hold) makes it a gap between blocks, and no block.
  const ranges = lines.flatMap((page, p) => [...furniture[p]!].map((i) => page[i]!)).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const range of ranges) {
    parts.push(text.slice(at, range.start), ' '.repeat(range.end - range.start));
    at = range.end;
  }
  parts.push(text.slice(at));
  const masked = parts.join('').replace(/\f/g, '\n');
  return joinAcrossPages(blocksByPage(blocksFromPlainText(masked), pages), text);
}

/** A page's non-empty lines as offsets into the text (form feeds and surrounding spaces left out). */
function nonEmptyLines(text: string, page: Page): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let lineStart = page.start;
  while (lineStart < page.end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > page.end) lineEnd = page.end;
    const line = text.slice(lineStart, lineEnd);
    const lead = line.length - line.replace(/^[\s\f]+/, '').length;
    const trail = line.length - line.replace(/[\s\f]+$/, '').length;
    if (lead < line.length) out.push({ start: lineStart + lead, end: lineEnd - trail });
    lineStart = lineEnd + 1;
  }
  return out;
}
