import type { ReadResult } from '../../schemas/document.ts';
import { blocksFromPlainText } from './blocks.ts';
import { decodeText, looksBinary } from './decode.ts';

/** Plain text: strict UTF-8 (BOM removed) or Windows-1252 with a warning; one page. */
export function readTxt(bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'not a text file (binary content)' };
  const { text: raw, warnings } = decodeText(bytes);
  // Normalise line endings so that offsets mean the same on every platform's files.
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'no text: the file is empty' };
  return {
    ok: true,
    document: { format: 'txt', text, blocks: blocksFromPlainText(text), pages: [{ number: 1, start: 0, end: text.length }], warnings },
  };
}
