import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { ImportReport } from '../import/run-import.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(REPO_ROOT, 'pipeline', 'cli', 'bin.mjs');
const TIME_BIN = '/usr/bin/time';

/** The targets for the import. */
export const IMPORT_TARGETS = {
  /** PDF import (1 job) at most this many times pdftotext's time over the same PDFs (1 at a time). */
  pdfVsPdftotext: 2,
  /** --jobs 2 at least this many times faster than --jobs 1. */
  twoJobsSpeedup: 1.6,
  peakRssMb: 400,
  unchangedRerunSeconds: 5,
  unchangedRerunFiles: 2000,
};

export interface ImportBenchOptions {
  /** How many files to generate (copies of the shared corpus and seeds, each made distinct). */
  files?: number;
  /** The parallel run's --jobs; default the number of cores. */
  jobs?: number;
  /** Where the real documents are; default ../shared/{corpus,seeds} beside the repository. */
  sourceDirs?: string[];
  dir?: string;
  keep?: boolean;
  log?: (line: string) => void;
}

export interface TimedImport {
  label: string;
  jobs: number;
  files: number;
  /** Wall-clock time of the whole command, start-up included. */
  wallSeconds: number;
  /** The import's own time, as its report gives it (after start-up). */
  importSeconds: number;
  pages: number;
  megabytes: number;
  filesPerSecond: number;
  pagesPerSecond: number;
  megabytesPerSecond: number;
  peakRssMb: number | null;
  counts: ImportReport['counts'];
}

export interface ImportBenchResult {
  files: number;
  megabytes: number;
  cores: number;
  runs: TimedImport[];
  /** ratio: 1 job against one pdftotext at a time (the target's measure); defaultJobsRatio: the import as run by default (--jobs = cores). */
  pdftotext: { pdfs: number; seconds: number; importSeconds: number; ratio: number; defaultJobsRatio: number } | null;
  speedup: number;
  met: { pdfVsPdftotext: boolean | null; twoJobsSpeedup: boolean; peakRss: boolean; unchangedRerun: boolean };
  targets: typeof IMPORT_TARGETS;
  notes: string[];
}

/**
 * `npm run bench -- --only import`: generates a batch of distinct real documents, imports it with 1 job
 * and with N jobs into fresh databases, compares PDF reading with pdftotext, then times an unchanged
 * re-run. Each import is a real `decision-trail import` process, measured from outside.
 */
export async function runImportBench(options: ImportBenchOptions = {}): Promise<ImportBenchResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const target = options.files ?? 2000;
  const cores = os.availableParallelism();
  const jobs = options.jobs ?? Math.max(2, cores);
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'dt-import-bench-'));
  const notes: string[] = [];
  try {
    const sources = (options.sourceDirs ?? [path.resolve(REPO_ROOT, '../shared/corpus'), path.resolve(REPO_ROOT, '../shared/seeds')]).flatMap(listSources);
    if (sources.length === 0) throw new Error('no source documents found (../shared/corpus, ../shared/seeds)');
    const batch = path.join(dir, 'files');
    const generated = generateBatch(sources, batch, target);
    const megabytes = generated.bytes / 1024 / 1024;
    log(`import bench: ${generated.files} files (${megabytes.toFixed(1)} MB; ${formatCounts(generated.byFormat)}) from ${sources.length} documents, in ${batch}`);
    if (cores < jobs) notes.push(`--jobs ${jobs} on ${cores} core(s): the parallel run cannot show its full speed-up`);
    const load = os.loadavg()[0]!;
    if (load > cores) notes.push(`machine busy while measuring: load average ${load.toFixed(1)} on ${cores} cores; times are pessimistic`);

    const runs: TimedImport[] = [];
    const one = await timedImport(`mixed, --jobs 1`, batch, path.join(dir, 'one.sqlite'), 1, generated.bytes);
    runs.push(one);
    log(describeRun(one));
    const many = await timedImport(`mixed, --jobs ${jobs}`, batch, path.join(dir, 'many.sqlite'), jobs, generated.bytes);
    runs.push(many);
    log(describeRun(many));
    const rerun = await timedImport(`unchanged re-run, --jobs ${jobs}`, batch, path.join(dir, 'many.sqlite'), jobs, generated.bytes);
    runs.push(rerun);
    log(describeRun(rerun));

    let pdftotext: ImportBenchResult['pdftotext'] = null;
    const pdfDir = path.join(batch, 'pdf');
    if (!existsSync(pdfDir)) {
      notes.push('no PDFs in the batch: pdftotext comparison skipped');
    } else if (!(await commandExists('pdftotext'))) {
      notes.push('pdftotext not installed (poppler-utils): comparison skipped');
    } else {
      const pdfBytes = readdirSync(pdfDir).reduce((sum, f) => sum + statSync(path.join(pdfDir, f)).size, 0);
      const pdfImport = await timedImport('PDFs only, --jobs 1', pdfDir, path.join(dir, 'pdf.sqlite'), 1, pdfBytes);
      runs.push(pdfImport);
      log(describeRun(pdfImport));
      // The same PDFs with the default --jobs (the number of cores), as a user would run the import.
      const pdfImportDefault = await timedImport(`PDFs only, --jobs ${jobs}`, pdfDir, path.join(dir, 'pdf-default.sqlite'), jobs, pdfBytes);
      runs.push(pdfImportDefault);
      log(describeRun(pdfImportDefault));
      const baseline = await timePdftotext(pdfDir, path.join(dir, 'pdftotext'));
      pdftotext = {
        pdfs: baseline.files, seconds: baseline.seconds, importSeconds: pdfImport.wallSeconds,
        ratio: pdfImport.wallSeconds / baseline.seconds, defaultJobsRatio: pdfImportDefault.wallSeconds / baseline.seconds,
      };
      log(`  pdftotext over the same ${baseline.files} PDFs, one at a time: ${baseline.seconds.toFixed(1)} s → decision-trail with 1 job takes ${pdftotext.ratio.toFixed(2)}x pdftotext's time` +
        ` (${(pdfImport.importSeconds / baseline.seconds).toFixed(2)}x without its start-up; target ≤ ${IMPORT_TARGETS.pdfVsPdftotext}x); with the default --jobs ${jobs}: ${pdftotext.defaultJobsRatio.toFixed(2)}x`);
    }

    const speedup = one.wallSeconds / many.wallSeconds;
    const peak = Math.max(...runs.map((r) => r.peakRssMb ?? 0));
    const rerunPer2000 = (rerun.wallSeconds * IMPORT_TARGETS.unchangedRerunFiles) / Math.max(1, generated.files);
    const met = {
      pdfVsPdftotext: pdftotext ? pdftotext.ratio <= IMPORT_TARGETS.pdfVsPdftotext : null,
      twoJobsSpeedup: speedup >= IMPORT_TARGETS.twoJobsSpeedup,
      peakRss: peak > 0 && peak < IMPORT_TARGETS.peakRssMb,
      unchangedRerun: rerunPer2000 < IMPORT_TARGETS.unchangedRerunSeconds,
    };
    log(`  speed-up --jobs ${jobs} over --jobs 1: ${speedup.toFixed(2)}x (target ≥ ${IMPORT_TARGETS.twoJobsSpeedup}x) ${mark(met.twoJobsSpeedup)}`);
    log(`  peak RSS (import process incl. worker threads): ${peak.toFixed(0)} MB (target < ${IMPORT_TARGETS.peakRssMb} MB) ${mark(met.peakRss)}`);
    log(`  unchanged re-run: ${rerun.wallSeconds.toFixed(2)} s for ${generated.files} files` +
      (generated.files === IMPORT_TARGETS.unchangedRerunFiles ? '' : ` (${rerunPer2000.toFixed(2)} s per 2,000)`) + ` (target < ${IMPORT_TARGETS.unchangedRerunSeconds} s) ${mark(met.unchangedRerun)}`);
    if (pdftotext) log(`  PDF import vs pdftotext: ${pdftotext.ratio.toFixed(2)}x ${mark(met.pdfVsPdftotext ?? false)}`);
    for (const note of notes) log(`  note: ${note}`);
    return { files: generated.files, megabytes, cores, runs, pdftotext, speedup, met, targets: IMPORT_TARGETS, notes };
  } finally {
    if (!options.keep && !options.dir) rmSync(dir, { recursive: true, force: true });
  }
}

function mark(ok: boolean): string {
  return ok ? '✓ met' : '✗ not met';
}

function listSources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(pdf|html?|md|txt)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Copies the sources round-robin until `count` files, each copy made distinct (so each is new content)
 * by an addition its format ignores: a comment line after %%EOF for PDF, an HTML comment for HTML and
 * Markdown, a trailing blank-line note for text. Files go into one folder per format.
 */
function generateBatch(sources: readonly string[], dir: string, count: number): { files: number; bytes: number; byFormat: Record<string, number> } {
  const contents = sources.map((file) => ({ file, bytes: readFileSync(file), ext: path.extname(file).toLowerCase() === '.htm' ? '.html' : path.extname(file).toLowerCase() }));
  const byFormat: Record<string, number> = {};
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const source = contents[i % contents.length]!;
    const copy = Math.floor(i / contents.length);
    const format = source.ext.slice(1);
    const suffix = format === 'pdf' ? `\n%decision-trail bench copy ${copy}\n` : format === 'txt' ? `\n\n[bench copy ${copy}]\n` : `\n<!-- bench copy ${copy} -->\n`;
    const data = Buffer.concat([source.bytes, Buffer.from(suffix)]);
    const folder = path.join(dir, format);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${path.basename(source.file, source.ext)}-${String(copy).padStart(4, '0')}${source.ext}`), data);
    byFormat[format] = (byFormat[format] ?? 0) + 1;
    bytes += data.length;
  }
  return { files: count, bytes, byFormat };
}

function formatCounts(byFormat: Record<string, number>): string {
  return Object.entries(byFormat)
    .map(([format, n]) => `${n} ${format}`)
    .join(', ');
}

async function timedImport(label: string, input: string, dbPath: string, jobs: number, inputBytes: number): Promise<TimedImport> {
  const timeFile = `${dbPath}.time.txt`;
  const useTime = existsSync(TIME_BIN);
  const args = [BIN, 'import', input, '--db', dbPath, '--jobs', String(jobs), '--quiet', '--json'];
  // BIN is run as the executable a user runs (`npx decision-trail`), so with its shebang's node flags.
  const command = useTime ? [TIME_BIN, '-v', '-o', timeFile, ...args] : args;
  const started = performance.now();
  const run = await runProcess(command[0]!, command.slice(1), !useTime);
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.code !== 0 && run.code !== 1) throw new Error(`${label}: import exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  const report = JSON.parse(run.stdout) as ImportReport;
  const peakRssMb = useTime ? peakRssFromTime(timeFile) : run.sampledPeakRssMb;
  const pages = pagesOf(dbPath, report.run_id);
  const files = report.files.length;
  const megabytes = inputBytes / 1024 / 1024;
  return {
    label, jobs, files, wallSeconds, importSeconds: report.seconds, pages, megabytes,
    filesPerSecond: files / wallSeconds, pagesPerSecond: pages / wallSeconds, megabytesPerSecond: megabytes / wallSeconds,
    peakRssMb, counts: report.counts,
  };
}

function describeRun(r: TimedImport): string {
  const c = r.counts;
  return `  ${r.label}: ${r.wallSeconds.toFixed(2)} s wall (${r.importSeconds.toFixed(2)} s after start-up) · ${r.filesPerSecond.toFixed(1)} files/s · ` +
    `${r.pagesPerSecond.toFixed(1)} pages/s · ${r.megabytesPerSecond.toFixed(2)} MB/s · peak RSS ${r.peakRssMb?.toFixed(0) ?? '?'} MB` +
    ` · ${c.new} new, ${c.unchanged} unchanged, ${c.failed} failed, ${c.records} records`;
}

/** Pages of the documents a run stored, or, for a run that stored nothing new, of those it found unchanged. */
function pagesOf(dbPath: string, runId: number): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const stored = db.prepare('SELECT coalesce(sum(pages), 0) FROM documents WHERE run_id = ?').pluck().get(runId) as number;
    return stored > 0 ? stored : (db.prepare('SELECT coalesce(sum(pages), 0) FROM documents WHERE superseded_by IS NULL').pluck().get() as number);
  } finally {
    db.close();
  }
}

function peakRssFromTime(file: string): number | null {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) / 1024 : null;
}

interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  sampledPeakRssMb: number | null;
}

/** Runs a command to its end; optionally samples its peak RSS (VmHWM) from /proc while it runs. */
function runProcess(command: string, args: readonly string[], sampleRss: boolean): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = sampleRss
      ? setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) peakKb = Math.max(peakKb, Number(match[1]));
          } catch {
            // the process has just ended
          }
        }, 50)
      : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      resolve({ code, stdout, stderr, sampledPeakRssMb: peakKb > 0 ? peakKb / 1024 : null });
    });
  });
}

async function commandExists(command: string): Promise<boolean> {
  const run = await runProcess('sh', ['-c', `command -v ${command}`], false).catch(() => null);
  return run?.code === 0;
}

/** pdftotext over every PDF of a folder, one after another, as a user's script would. */
async function timePdftotext(pdfDir: string, outDir: string): Promise<{ files: number; seconds: number }> {
  mkdirSync(outDir, { recursive: true });
  const pdfs = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
  const started = performance.now();
  for (const pdf of pdfs) {
    await runProcess('pdftotext', ['-q', path.join(pdfDir, pdf), path.join(outDir, `${pdf}.txt`)], false);
  }
  return { files: pdfs.length, seconds: (performance.now() - started) / 1000 };
}
