import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The clone's root directory (this file is pipeline/eval/paths.ts). */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

/**
 * The shared evaluation material (seeds/, corpus/, eval/): `../shared` beside the clone, as CI lays
 * it out, unless DECISION_TRAIL_SHARED names another directory.
 */
export function sharedDir(): string {
  const fromEnv = process.env.DECISION_TRAIL_SHARED;
  return fromEnv && fromEnv.trim() !== '' ? path.resolve(fromEnv) : path.resolve(repoRoot(), '..', 'shared');
}
