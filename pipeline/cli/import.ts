import { type Command, InvalidArgumentError } from 'commander';
import os from 'node:os';
import { DEFAULT_DB_PATH } from '../store/db.ts';
import { progressFor, silentProgress } from '../import/progress.ts';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES } from '../import/limits.ts';
import type { ImportReport } from '../import/run-import.ts';
import { formatFailures, formatSummary } from '../import/summary.ts';
import { positiveInteger } from './options.ts';

const EXIT_CODES_HELP = `
Exit codes:
  0  every file was imported, found unchanged, or skipped (not a format decision-trail reads)
  1  some files failed (each is listed with its reason), or the import stopped on an error
  2  usage error (bad option or argument)

A file whose content (SHA-256) is already stored is not read again. A changed file at a known path
becomes a new version of that document; the old version is kept, marked superseded.
Every run gets a report: printed, written to <database folder>/reports/import-<time>-run<N>.json,
and stored in the database's import_runs table.`;

/** `decision-trail import <file|folder|glob>...` */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('Import documents (PDF, DOCX, HTML, Markdown, text) into the database: files, folders (recursively) or globs.')
    .argument('<inputs...>', 'files, folders or glob patterns (quote globs: "minutes/**/*.pdf")')
    .option('--db <path>', 'the SQLite database to import into (created if missing)', DEFAULT_DB_PATH)
    .option('--jobs <n>', 'files read in parallel (worker threads)', positiveInteger, os.availableParallelism())
    .option('--max-bytes <size>', 'fail files bigger than this, unread (e.g. 200MB, 1GB, 5000000)', byteSize, DEFAULT_MAX_BYTES)
    .option('--file-timeout <seconds>', 'fail a file whose reading takes longer than this', positiveInteger, DEFAULT_FILE_TIMEOUT_MS / 1000)
    .option('--quiet', 'no progress and no summary; failures only (on stderr)')
    .option('--json', 'print the run report as JSON on stdout instead of the summary')
    .addHelpText('after', EXIT_CODES_HELP)
    .exitOverride(usageErrorsExitWith2)
    .action(async (inputs: string[], opts: ImportCliOptions) => {
      // Loaded when run, not when the CLI starts: the readers it brings in are large.
      const { runImport } = await import('../import/run-import.ts');
      const report = await runImport({
        inputs,
        dbPath: opts.db,
        jobs: opts.jobs,
        maxBytes: opts.maxBytes,
        fileTimeoutMs: opts.fileTimeout * 1000,
        progress: opts.quiet ? silentProgress : progressFor(process.stderr),
        args: process.argv.slice(2),
      });
      printReport(report, opts);
      setExit(exitCodeOf(report));
    });
}

interface ImportCliOptions {
  db: string;
  jobs: number;
  maxBytes: number;
  fileTimeout: number;
  quiet?: boolean;
  json?: boolean;
}

export function exitCodeOf(report: ImportReport): 0 | 1 {
  return report.status === 'failed' || report.counts.failed > 0 ? 1 : 0;
}

function printReport(report: ImportReport, opts: ImportCliOptions): void {
  if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (opts.quiet) process.stderr.write(formatFailures(report));
  else if (!opts.json) process.stdout.write(formatSummary(report));
}

/** Commander exits 1 on a usage error by default; decision-trail uses 1 for failed files and 2 for usage. */
export function usageErrorsExitWith2(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? 0 : 2);
}


/** "200MB", "1.5GB", "512k" or a plain number of bytes. */
export function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 200MB, 1GB or a number of bytes');
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = unit === 'g' ? 1024 ** 3 : unit === 'm' ? 1024 ** 2 : unit === 'k' ? 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}
