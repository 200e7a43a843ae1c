import path from 'node:path';
import type { Format, ReadResult } from '../../schemas/document.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './md.ts';
import { readPdf } from './pdf.ts';
import { readTxt } from './txt.ts';

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** The format a file is read as, from its extension; null when decision-trail does not read it. */
export function formatOf(filePath: string): Format | null {
  return EXTENSIONS[path.extname(filePath).toLowerCase()] ?? null;
}

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
