import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What decides how bytes become a document and records: the readers, extraction, schemas and the locked dependencies. */
const READING_CODE = ['pipeline/readers', 'pipeline/extract', 'pipeline/process.ts', 'schemas', 'package-lock.json'];

/**
 * A hash of the code that reads files, so that a remembered failure holds only for the code that failed:
 * the same bytes through the same code fail the same way; after any change they are read again.
 */
export function pipelineVersion(root: string = REPO_ROOT): string {
  const hash = createHash('sha256');
  for (const file of READING_CODE.flatMap((entry) => filesUnder(path.join(root, entry))).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(entry: string): string[] {
  let info;
  try {
    info = statSync(entry);
  } catch {
    return [];
  }
  if (!info.isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => filesUnder(path.join(entry, name)));
}
