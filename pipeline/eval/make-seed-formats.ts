/**
 * Makes the seed fixtures once: fixtures/seeds/<name>.txt (a copy of the shared seed), .md (rendered
 * by seed-render.ts), and .docx and .pdf (LibreOffice from an HTML rendering, so that paragraphs,
 * headings, lists and tables are real ones and not one paragraph a line). The outputs are committed;
 * this is run by hand, never by tests:  npx tsx pipeline/eval/make-seed-formats.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, sharedDir } from './paths.ts';
import { layoutSeed } from './seed-layout.ts';
import { renderHtml, renderMarkdown } from './seed-render.ts';

function soffice(args: string[], profile: string): void {
  // A private profile: LibreOffice refuses to start twice on one profile, and others may be using the default.
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...args], { stdio: 'pipe' });
}

function main(): void {
  const seedsIn = path.join(sharedDir(), 'seeds');
  const seedsOut = path.join(repoRoot(), 'fixtures', 'seeds');
  mkdirSync(seedsOut, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'seed-formats-'));
  const profile = path.join(work, 'profile');
  try {
    for (const file of readdirSync(seedsIn).filter((f) => f.endsWith('.txt')).sort()) {
      const name = path.basename(file, '.txt');
      const text = readFileSync(path.join(seedsIn, file), 'utf8');
      writeFileSync(path.join(seedsOut, file), readFileSync(path.join(seedsIn, file)));
      const blocks = layoutSeed(text);
      writeFileSync(path.join(seedsOut, `${name}.md`), renderMarkdown(blocks));
      const html = path.join(work, `${name}.html`);
      writeFileSync(html, renderHtml(blocks, name));
      // Opened as a Writer document (not Writer/Web) so that the Word export filter applies.
      soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, html], profile);
      soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, path.join(work, `${name}.docx`)], profile);
      for (const ext of ['docx', 'pdf']) renameSync(path.join(work, `${name}.${ext}`), path.join(seedsOut, `${name}.${ext}`));
      process.stdout.write(`${name}: txt md docx pdf\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
