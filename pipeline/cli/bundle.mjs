// The CLI as plain JavaScript: an esbuild bundle of the TypeScript sources, built on the first run
// after any source changes and kept in output/.cache/cli/<fingerprint>/. Plain JavaScript because
// of memory: tsx's loader keeps every module it transforms, and pdf.js's are large (measured on a
// corpus import: peak RSS 340 MB under tsx against the bundle's figure in the README), and because
// a research command (search, export) should not pay for a TypeScript compiler on every start.
// Plain JavaScript here since this runs before anything can load TypeScript.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the repository, so that the bundle's bare imports ("pdf-parse") resolve to its node_modules. */
const CACHE_DIR = path.join(REPO_ROOT, 'output', '.cache', 'cli');
const SOURCE_DIRS = ['pipeline', 'schemas'];
const ENTRY = path.join(REPO_ROOT, 'pipeline', 'cli', 'main.ts');

/** Every source file's path, size and modification time: cheap to take, and changes with any edit. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.(?:ts|mjs)$/u.test(entry.name)) {
        const { size, mtimeMs } = statSync(file);
        hash.update(`${path.relative(REPO_ROOT, file)}\0${size}\0${mtimeMs}\n`);
      }
    }
  };
  for (const dir of SOURCE_DIRS) visit(path.join(REPO_ROOT, dir));
  hash.update(readFileSync(path.join(REPO_ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Sources use `new URL('./migrations/', import.meta.url)` to find files beside them; in a bundle,
 * import.meta.url would be the bundle's. Each module's import.meta.url becomes its source file's URL.
 */
const sourceUrlPlugin = {
  name: 'source-import-meta-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replace(/\bimport\.meta\.url\b/gu, url), loader: 'ts' };
    });
  },
};

/**
 * The path of the bundle's entry (exports `main`), building it first if the sources changed; null if
 * it cannot be built, and the caller runs the TypeScript through tsx instead (which then reports
 * the error in the source a developer is editing).
 */
export async function cliBundle() {
  let dir;
  try {
    dir = path.join(CACHE_DIR, sourceFingerprint());
  } catch {
    return null;
  }
  const entry = path.join(dir, 'main.mjs');
  if (existsSync(entry)) return entry;
  // Built aside and renamed into place, so that two commands starting at once never load half a bundle.
  const temporary = `${dir}.${process.pid}.tmp`;
  try {
    await build({
      entryPoints: { main: ENTRY },
      outdir: temporary,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      plugins: [sourceUrlPlugin],
      logLevel: 'silent',
    });
    mkdirSync(CACHE_DIR, { recursive: true });
    try {
      renameSync(temporary, dir);
    } catch (error) {
      // Another command built the same bundle first: use theirs.
      if (!existsSync(entry)) throw error;
      rmSync(temporary, { recursive: true, force: true });
    }
    return entry;
  } catch {
    rmSync(temporary, { recursive: true, force: true });
    return null;
  }
}
