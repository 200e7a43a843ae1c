import type { Format, ReadResult } from '../../schemas/document.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './md.ts';
import { readPdf } from './pdf.ts';
import { readTxt } from './txt.ts';

export { formatOf } from './formats.ts';

/** Bytes of a file in a known format to the normalised document, or a reason there is none. */
export async function readDocument(bytes: Uint8Array, format: Format): Promise<ReadResult> {
  if (bytes.length === 0) return { ok: false, code: 'empty', reason: 'empty file (0 bytes)' };
  switch (format) {
    case 'txt':
      return readTxt(bytes);
    case 'md':
      return readMarkdown(bytes);
    case 'html':
      return readHtml(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return readPdf(bytes);
  }
}
