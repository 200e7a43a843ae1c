import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Format, Source } from '../schemas/document.ts';

/**
 * A file as read from disk, before parsing. Kept apart from the pipeline so that the import's main
 * thread, which only hashes and stores, does not load the readers.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function describeSource(filePath: string, bytes: Uint8Array, format: Format): Source {
  return {
    path: filePath,
    name: path.basename(filePath, path.extname(filePath)),
    bytes: bytes.length,
    sha256: sha256Hex(bytes),
    format,
  };
}
