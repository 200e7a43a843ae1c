import type { PDFParse as PdfParser } from 'pdf-parse';
import type { Page, ReadResult, StageWarning } from '../../schemas/document.ts';
import { blocksFromPdfLines, typicalLineLength, type PdfLine } from './pdf-blocks.ts';
import { furnitureLines, joinAcrossPages } from './pages.ts';
import { withTableRows, type PageLine } from './pdf-tables.ts';
import { placedLines, type TextItem } from './pdf-text.ts';

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
  const pages: PageLine[][] = [];
  try {
    const doc = await documentOf(parser);
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      // pdf.js's items (TextItem and, never asked for here, marked-content markers) carry more than
      // TextItem names; only the items with text are read.
      const items = content.items.filter((item: TextItem | object): item is TextItem => 'str' in item);
      pages.push(withTableRows(placedLines(items, (x, y) => viewport.convertToViewportPoint(x, y))));
      page.cleanup();
    }
  } catch (error) {
    return failure(error);
  } finally {
    // Freeing pdf.js's document cannot change the text already read, so a failure here is ignored.
    await parser.destroy().catch(() => undefined);
  }
  return assembleLines(pages);
}

/** Page texts as extracted to the normalised document: tidy lines, page offsets, blocks. */
export function assemble(pageTexts: readonly string[]): ReadResult {
  return assembleLines(pageTexts.map((text) => text.split(/\r\n?|\n/).map((line) => ({ text: line }))));
}

/** Pages of lines (table rows among them, from pdf-tables.ts) to the normalised document. */
function assembleLines(pageLines: readonly (readonly PageLine[])[]): ReadResult {
  const pagesLines = withoutFurniture(pageLines.map(tidyLines));
  if (pagesLines.every((lines) => lines.length === 0)) {
    const n = pageLines.length;
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
    const placed: PdfLine[] = [];
    lines.forEach((line, i) => {
      if (i > 0) {
        parts.push('\n');
        length += 1;
      }
      parts.push(line.text);
      placed.push({ start: length, end: length + line.text.length, text: line.text, ...(line.row ? { row: true } : {}) });
      length += line.text.length;
    });
    pages.push({ number: index + 1, start: pageStart, end: length });
    linesByPage.push(placed);
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

/** Page numbers, running titles and references at the top or foot of pages are furniture, not the document's words. */
function withoutFurniture(pagesLines: PageLine[][]): PageLine[][] {
  const furniture = furnitureLines(pagesLines.map((lines) => lines.map((line) => line.text)));
  return pagesLines.map((lines, p) => (furniture[p]!.size === 0 ? lines : lines.filter((_, i) => !furniture[p]!.has(i))));
}

/** A page's lines, trimmed, without empty ones. */
function tidyLines(lines: readonly PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    if (text !== '') out.push({ ...line, text });
  }
  return out;
}

/** What the reader asks of pdf.js's document and pages. */
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{
    getViewport(options: { scale: number }): { convertToViewportPoint(x: number, y: number): number[] };
    getTextContent(options: { includeMarkedContent: boolean; disableNormalization: boolean }): Promise<{ items: (TextItem | object)[] }>;
    cleanup(): void;
  }>;
}

/**
 * The pdf.js document pdf-parse opened. Its getText gives each page's text but not where the words
 * are, which tables need (pdf-text.ts rebuilds the same text with positions); its load() is what
 * getText itself calls (same options, worker and error mapping), typed private in pdf-parse 2.x.
 */
function documentOf(parser: PdfParser): Promise<PdfDocument> {
  return (parser as unknown as { load(): Promise<PdfDocument> }).load();
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
