import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** What is at a path the store says holds a document's content. */
export type PathState =
  | { status: 'intact'; path: string; bytes: Buffer }
  | { status: 'changed'; path: string; sha256: string }
  | { status: 'missing'; path: string }
  | { status: 'unreadable'; path: string; reason: string };

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads the file at `filePath` once and compares its content with the SHA-256 the store recorded. */
export async function inspectPath(filePath: string, expectedSha256: string): Promise<PathState> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'missing', path: filePath };
    return { status: 'unreadable', path: filePath, reason: code === 'EISDIR' ? 'it is a folder' : (error as Error).message };
  }
  const sha256 = sha256Of(bytes);
  return sha256 === expectedSha256 ? { status: 'intact', path: filePath, bytes } : { status: 'changed', path: filePath, sha256 };
}

/** A file found by its content. */
export interface FoundFile {
  path: string;
  bytes: Buffer;
}

/**
 * Finds files by content under `dir`: hashes only files whose size is one of `wantedSizes` (a moved
 * file keeps its size) and keeps the first path (and the bytes) of each wanted sha256.
 * Symbolic links are not followed.
 */
export async function indexByContent(dir: string, wantedSizes: ReadonlySet<number>, wantedSha256: ReadonlySet<string>): Promise<Map<string, FoundFile>> {
  const found = new Map<string, FoundFile>();
  if (wantedSizes.size === 0) return found;
  const pending = [path.resolve(dir)];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing we can vouch for
    }
    for (const entry of entries.sort((a, b) => b.name.localeCompare(a.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.isFile()) await indexFile(full, wantedSizes, wantedSha256, found);
    }
  }
  return found;
}

async function indexFile(file: string, wantedSizes: ReadonlySet<number>, wantedSha256: ReadonlySet<string>, found: Map<string, FoundFile>): Promise<void> {
  try {
    if (!wantedSizes.has((await stat(file)).size)) return;
    const bytes = await readFile(file);
    const sha256 = sha256Of(bytes);
    if (wantedSha256.has(sha256) && !found.has(sha256)) found.set(sha256, { path: file, bytes });
  } catch {
    // vanished or unreadable while walking: not a match
  }
}
