import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the repository, so that the bundle's bare imports ("pdf-parse") resolve to its node_modules. */
const BUNDLE_DIR = path.join(REPO_ROOT, 'output', '.cache', 'workers');

/**
 * A worker task's TypeScript as one plain JavaScript module, so that worker threads run it without
 * tsx. Under tsx's loader, pdf.js's large worker module is transformed and the result kept: measured
 * here, a thread that has read one PDF holds 198 MB of heap under tsx against 16 MB under plain node.
 * Dependencies stay external (loaded by Node as they are). The file is named by its content, so
 * concurrent imports and changed sources never share a stale bundle. Null when bundling fails: the
 * caller then falls back to loading the TypeScript through tsx.
 */
export function bundledTask(entry: string): string | null {
  try {
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.contents;
    if (!code) return null;
    const name = `${path.basename(entry, path.extname(entry))}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
    const file = path.join(BUNDLE_DIR, name);
    if (!existsSync(file)) {
      mkdirSync(BUNDLE_DIR, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, code);
      renameSync(temporary, file);
    }
    return file;
  } catch {
    return null;
  }
}
