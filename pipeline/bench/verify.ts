import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from '../eval/paths.ts';
import type { VerifyReport } from '../audit/verify-store.ts';

const BIN = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));

export interface VerifyBenchOptions {
  /** Folders to import; default the shared corpus and seeds. */
  sourceDirs?: string[];
  /** --jobs for the import, and for a second verify run when above 1; default the number of cores. */
  jobs?: number;
  /** Keep the temporary database (its path is logged). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface VerifyBenchResult {
  documents: number;
  records: number;
  runs: number;
  jobs: number;
  /** Wall-clock seconds of each whole command, start-up included. */
  importSeconds: number;
  /** verify with its default (--jobs 1). */
  verifySeconds: number;
  /** verify --jobs N (worker threads for PDF/DOCX), when N > 1. */
  verifyJobsSeconds: number | null;
  /** verify time over import time: verify re-reads every file, so it is bounded by reading, not by writing. */
  ratio: number;
  discrepancies: number;
}

/**
 * `npm run bench -- --only verify`: imports the corpus and seeds into a fresh database with the real
 * `decision-trail import`, then times `decision-trail verify` on it, each as its own process.
 */
export async function runVerifyBench(options: VerifyBenchOptions = {}): Promise<VerifyBenchResult> {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const sources = options.sourceDirs ?? [path.join(sharedDir(), 'corpus'), path.join(sharedDir(), 'seeds')];
  const absent = sources.filter((dir) => !existsSync(dir));
  if (absent.length > 0) throw new Error(`no such folder: ${absent.join(', ')}`);
  const jobs = options.jobs ?? os.availableParallelism();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dt-verify-bench-'));
  const db = path.join(dir, 'decisions.sqlite');
  try {
    log(`importing ${sources.join(' ')} (--jobs ${jobs})…`);
    const imported = await timed(['import', ...sources, '--db', db, '--jobs', String(jobs), '--quiet']);
    // Files the import could not read (a scanned PDF, say) are reported and skipped; that is no reason to stop.
    if (!existsSync(db)) throw new Error(`import made no database: ${imported.stderr.trim()}`);
    log('verifying (--jobs 1)…');
    const verified = await timedVerify(db, 1);
    const withJobs = jobs > 1 ? await timedVerify(db, jobs) : null;
    const report = verified.report;
    const result: VerifyBenchResult = {
      documents: report.counts.documents,
      records: report.counts.records,
      runs: report.counts.runs,
      jobs,
      importSeconds: round(imported.seconds),
      verifySeconds: round(verified.seconds),
      verifyJobsSeconds: withJobs ? round(withJobs.seconds) : null,
      ratio: round(verified.seconds / imported.seconds),
      discrepancies: report.counts.discrepancies,
    };
    log(`import: ${result.importSeconds} s for ${result.documents} documents, ${result.records} records`);
    log(`verify: ${result.verifySeconds} s (every file re-read, every hash recomputed, ${result.runs} run${result.runs === 1 ? '' : 's'} in the chain)`);
    if (result.verifyJobsSeconds !== null) log(`verify --jobs ${jobs}: ${result.verifyJobsSeconds} s`);
    log(`verify / import: ${result.ratio}`);
    if (result.discrepancies > 0) log(`verify found ${result.discrepancies} discrepancies on a fresh import: that is a bug`);
    if (options.keep) log(`database kept: ${db}`);
    return result;
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

async function timedVerify(db: string, jobs: number): Promise<{ seconds: number; report: VerifyReport }> {
  const run = await timed(['verify', '--db', db, '--jobs', String(jobs), '--json']);
  if (run.code > 1) throw new Error(`verify could not run (exit ${run.code}): ${run.stderr.trim()}`);
  return { seconds: run.seconds, report: JSON.parse(run.stdout) as VerifyReport };
}

interface Timed {
  code: number;
  seconds: number;
  stdout: string;
  stderr: string;
}

function timed(args: readonly string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code: code ?? 1, seconds: (performance.now() - started) / 1000, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
