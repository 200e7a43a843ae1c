import type { Page, ReadResult, StageWarning } from '../../schemas/document.ts';
import { blocksFromPdfLines, typicalLineLength, type PdfLine } from './pdf-blocks.ts';
import { furnitureLines, joinAcrossPages } from './pages.ts';

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
  const pagesLines = withoutFurniture(pageTexts.map(splitLines));
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

/** Page numbers, running titles and references at the top or foot of pages are furniture, not the document's words. */
function withoutFurniture(pagesLines: string[][]): string[][] {
  const furniture = furnitureLines(pagesLines);
  return pagesLines.map((lines, p) => (furniture[p]!.size === 0 ? lines : lines.filter((_, i) => !furniture[p]!.has(i))));
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
