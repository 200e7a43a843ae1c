import type { Block, Page, ReadResult, StageWarning } from '../../schemas/document.ts';
import { blocksFromPdfLines, typicalLineLength, type PdfLine } from './pdf-blocks.ts';

/** Text between two pages: a blank line, so that no block runs across a page boundary. */
const PAGE_SEPARATOR = '\n\n';

/**
 * A PDF's text layer, page by page (pdf-parse, one parser per file). Pages tile the text: each page
 * runs from its first character to the start of the next page, so every offset has a page.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  if (!hasPdfHeader(bytes)) return { ok: false, code: 'not-pdf', reason: 'not a PDF (no %PDF header)' };
  // Loaded on the first PDF, not with the module: pdf.js takes a few hundred milliseconds to load,
  // which an import that finds every file unchanged, or reads no PDF, should not pay in each worker.
  const { PDFParse } = await import('./pdfjs.ts');
  // pdf.js may transfer (detach) the buffer it is given; the caller still owns `bytes`.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  let pageTexts: string[];
  try {
    const result = await parser.getText({ pageJoiner: '' });
    pageTexts = result.pages.map((p) => p.text);
  } catch (error) {
    return failure(error);
  } finally {
    // Freeing pdf.js's document cannot change the text already read, so a failure here is ignored.
    await parser.destroy().catch(() => undefined);
  }
  return assemble(pageTexts);
}

/** Page texts as extracted to the normalised document: tidy lines, page offsets, blocks. */
export function assemble(pageTexts: readonly string[]): ReadResult {
  const pagesLines = pageTexts.map((text) => withoutPageNumbers(splitLines(text)));
  if (pagesLines.every((lines) => lines.length === 0)) {
    const n = pageTexts.length;
    return { ok: false, code: 'no-text-layer', reason: `no text layer: scanned PDF (${n} page${n === 1 ? '' : 's'}, no extractable text)` };
  }
  const parts: string[] = [];
  const pages: Page[] = [];
  const linesByPage: PdfLine[][] = [];
  let length = 0;
  pagesLines.forEach((lines, index) => {
    if (index > 0) {
      parts.push(PAGE_SEPARATOR);
      length += PAGE_SEPARATOR.length;
      pages[index - 1]!.end = length;
    }
    const pageStart = length;
    const pageLines: PdfLine[] = [];
    lines.forEach((line, i) => {
      if (i > 0) {
        parts.push('\n');
        length += 1;
      }
      parts.push(line);
      pageLines.push({ start: length, end: length + line.length, text: line });
      length += line.length;
    });
    pages.push({ number: index + 1, start: pageStart, end: length });
    linesByPage.push(pageLines);
  });
  const fullLine = typicalLineLength(linesByPage.flat());
  const blocks = joinAcrossPages(linesByPage.map((lines) => blocksFromPdfLines(lines, fullLine)), parts.join(''));
  const warnings: StageWarning[] = [];
  const empty = pagesLines.flatMap((lines, i) => (lines.length === 0 ? [i + 1] : []));
  if (empty.length > 0) {
    warnings.push({ code: 'pdf-pages-without-text', message: `page${empty.length === 1 ? '' : 's'} ${empty.join(', ')} ha${empty.length === 1 ? 's' : 've'} no extractable text (scanned?)` });
  }
  return { ok: true, document: { format: 'pdf', text: parts.join(''), blocks, pages, warnings } };
}

/**
 * A clause cut by a page break continues on the next page: when a page's last block stops
 * mid-sentence and the next page opens with a plain paragraph, the two are one block (its page is
 * the one it starts on).
 */
function joinAcrossPages(blocksByPage: Block[][], text: string): Block[] {
  const out: Block[] = [];
  for (const pageBlocks of blocksByPage) {
    const [first, ...rest] = pageBlocks;
    const last = out[out.length - 1];
    // Only a page that opens in lower case (or with a number or bracket) carries a sentence on:
    // a capitalised opening line is more often a heading the page break happened to follow.
    const carriesOn = first !== undefined && /^[a-z0-9(£$€&]/.test(text.slice(first.contentStart, first.contentStart + 1));
    if (first && last && carriesOn && first.kind === 'paragraph' && (last.kind === 'paragraph' || last.kind === 'list_item') && !/[.:;!?"”’)]$/.test(text.slice(last.start, last.end))) {
      out[out.length - 1] = { ...last, end: first.end };
      out.push(...rest);
    } else {
      out.push(...pageBlocks);
    }
  }
  return out;
}

/** A line that is only a page number ("7", "Page 7", "7 of 12", "- 7 -"), printed at a page's top or foot. */
const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/** Page numbers at the top or foot of a page are furniture, not the document's words. */
function withoutPageNumbers(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  if (end > 1 && PAGE_NUMBER.test(lines[0]!)) start++;
  if (end - start > 1 && PAGE_NUMBER.test(lines[end - 1]!)) end--;
  return start === 0 && end === lines.length ? lines : lines.slice(start, end);
}

/** A page's lines, trimmed, without empty ones. */
function splitLines(pageText: string): string[] {
  const out: string[] = [];
  for (const raw of pageText.split(/\r\n?|\n/)) {
    const line = raw.trim();
    if (line !== '') out.push(line);
  }
  return out;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a little junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** pdf.js's exceptions to a reason a person understands. */
function failure(error: unknown): ReadResult {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return { ok: false, code: 'encrypted', reason: 'encrypted PDF: a password is needed' };
  return { ok: false, code: 'damaged', reason: `damaged PDF: ${message || name || 'unreadable structure'}` };
}
