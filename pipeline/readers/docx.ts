import { fromHtml } from 'hast-util-from-html';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { NormalisedDocument, ReadResult, StageWarning } from '../../schemas/document.ts';
import { blocksFromPlainText } from './blocks.ts';
import { buildText, type RawBlock } from './builder.ts';
import { collectParagraphs, typedLines, type MammothElement } from './docx-lines.ts';
import { paragraphMarkers, type ParagraphMarkers } from './docx-numbering.ts';
import { htmlToRawBlocks, type OrderedStyle } from './html-blocks.ts';

/** Limits past which a DOCX is refused unopened: real committee documents are far below them. */
export const DOCX_LIMITS = { maxUncompressedBytes: 100 * 1024 * 1024, maxCompressionRatio: 200 };

const SKIP_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/** When numbering.xml cannot be read, <ol> items are numbered by depth as councils usually do. */
const NESTED_NUMBERING: readonly OrderedStyle[] = [
  { type: '1', open: '', close: '.' },
  { type: 'a', open: '(', close: ')' },
  { type: 'i', open: '(', close: ')' },
];

/**
 * A Word document: checked to be a zip that opens safely, converted by mammoth to HTML and read by
 * the HTML block renderer. Automatic numbering is restored from word/numbering.xml. One page.
 * A document typed as lines (a paragraph per printed line, docx-lines.ts) is read as plain text.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  if (!isZip(bytes)) return { ok: false, code: 'not-docx', reason: 'not a DOCX (not a zip archive)' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, code: 'damaged', reason: `damaged DOCX: ${messageOf(error)}` };
  }
  const bomb = zipBombReason(zip, bytes.length);
  if (bomb) return { ok: false, code: 'zip-bomb', reason: bomb };
  const documentEntry = zip.file('word/document.xml');
  if (!documentEntry) return { ok: false, code: 'not-docx', reason: 'not a DOCX (no word/document.xml)' };

  const warnings: StageWarning[] = [];
  let numbering: ParagraphMarkers;
  try {
    const numberingEntry = zip.file('word/numbering.xml');
    numbering = paragraphMarkers(await documentEntry.async('string'), numberingEntry ? await numberingEntry.async('string') : null);
  } catch (error) {
    return { ok: false, code: 'damaged', reason: `damaged DOCX: ${messageOf(error)}` };
  }

  const restore = markerRestorer(numbering.markers);
  let lines: string[] | null = null;
  const transform = (document: MammothElement): MammothElement => {
    lines = typedLines(document);
    return restore.transform(document);
  };
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images carry no words: an empty src spares mammoth base64-encoding every picture.
      { transformDocument: transform, convertImage: SKIP_IMAGES, externalFileAccess: false },
    );
    html = result.value;
  } catch (error) {
    return { ok: false, code: 'damaged', reason: `damaged DOCX: ${messageOf(error)}` };
  }
  if (lines !== null) return { ok: true, document: typedDocument(lines) };
  if (numbering.guessed || restore.unlabelledLists) {
    warnings.push({
      code: 'docx-numbering-guessed',
      message: 'list numbering could not be read from word/numbering.xml; numbered items are labelled by depth as 1., (a), (i)',
    });
  }
  // Lists mammoth still renders as <ol> (numbering we could not place) are labelled by depth.
  const raws = htmlToRawBlocks(fromHtml(html, { fragment: true }), { orderedStylesByDepth: NESTED_NUMBERING });
  const { text, blocks } = buildText(joinWrappedParagraphs(raws));
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'no text: the DOCX has no readable content' };
  return { ok: true, document: { format: 'docx', text, blocks, pages: [{ number: 1, start: 0, end: text.length }], warnings } };
}

/** A document typed as lines (docx-lines.ts) is the plain text it was made from, read as the txt reader reads it. */
function typedDocument(lines: readonly string[]): NormalisedDocument {
  const text = lines.join('\n');
  return { format: 'docx', text, blocks: blocksFromPlainText(text), pages: [{ number: 1, start: 0, end: text.length }], warnings: [] };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/**
 * The sizes each entry declares in the zip's central directory. JSZip keeps them on the entry's
 * private `_data` (typed only in a comment of its index.d.ts), read here without decompressing.
 */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' && data.uncompressedSize > 0 ? data.uncompressedSize : 0;
}

/** Why the archive is refused as a likely zip bomb, or null when it is safe to expand. */
export function zipBombReason(zip: JSZip, compressedBytes: number): string | null {
  let total = 0;
  zip.forEach((_, entry) => {
    if (!entry.dir) total += declaredSize(entry);
  });
  const ratio = total / Math.max(1, compressedBytes);
  if (total > DOCX_LIMITS.maxUncompressedBytes || ratio > DOCX_LIMITS.maxCompressionRatio) {
    return `not a DOCX we can open safely: expands to ${Math.round(total / (1024 * 1024))} MB (zip bomb?)`;
  }
  return null;
}

/**
 * mammoth's document transform: puts each numbered paragraph's marker in front of its text, so the
 * HTML shows "(a) ..." as Word does. Paragraphs are matched to document.xml's by position, and only
 * when mammoth sees exactly as many paragraphs; otherwise mammoth's own <ol>s are left in place.
 */
function markerRestorer(markers: ReadonlyArray<string | null>): { transform: (document: MammothElement) => MammothElement; unlabelledLists: boolean } {
  const state = {
    unlabelledLists: false,
    transform: (document: MammothElement): MammothElement => {
      const paragraphs: MammothElement[] = [];
      collectParagraphs(document, paragraphs);
      if (paragraphs.length !== markers.length) {
        state.unlabelledLists = paragraphs.some((p) => p.numbering);
        return document;
      }
      const byParagraph = new Map<MammothElement, string>();
      paragraphs.forEach((p, i) => {
        const marker = markers[i];
        if (marker !== null && marker !== undefined) byParagraph.set(p, marker);
        else if (p.numbering) state.unlabelledLists = true;
      });
      return withMarkers(document, byParagraph);
    },
  };
  return state;
}

function withMarkers(element: MammothElement, markers: Map<MammothElement, string>): MammothElement {
  const marker = markers.get(element);
  const children = element.children?.map((c) => withMarkers(c, markers));
  if (marker === undefined) return children ? { ...element, children } : element;
  const markerRun: MammothElement = {
    type: 'run',
    children: marker === '' ? [] : [{ type: 'text', value: `${marker} ` }],
    styleId: null,
    styleName: null,
    isBold: false,
    isUnderline: false,
    isItalic: false,
    isStrikethrough: false,
    isAllCaps: false,
    isSmallCaps: false,
    verticalAlignment: 'baseline',
    font: null,
    fontSize: null,
    highlight: null,
  };
  return { ...element, numbering: null, children: [markerRun, ...(children ?? [])] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A document made from plain text or a PDF keeps a paragraph per printed line ("... the reports of
 * the Town Officers, Boards and" / "committees as printed ..."). A paragraph that ends mid-sentence
 * (no closing punctuation) followed by one that goes on in lower case is one paragraph wrapped: the
 * two are joined, a line apart, as the plain-text reader keeps a wrapped paragraph.
 */
export function joinWrappedParagraphs(raws: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const raw of raws) {
    const previous = out[out.length - 1];
    if (previous && raw.kind === 'paragraph' && raw.marker === null && (previous.kind === 'paragraph' || previous.kind === 'list_item') && continuesWrapped(previous.text, raw.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text}\n${raw.text}` };
      continue;
    }
    out.push(raw);
  }
  return out;
}

function continuesWrapped(before: string, after: string): boolean {
  return !/[.:;!?)"”’]\s*$/.test(before) && /^\s*\p{Ll}/u.test(after);
}
