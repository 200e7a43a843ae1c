import path from 'node:path';
import type { Format } from '../../schemas/document.ts';

/**
 * File extensions decision-trail reads. Kept apart from the readers so that code which only needs
 * to know a file's format (walking folders) does not load pdf.js and mammoth.
 */
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
