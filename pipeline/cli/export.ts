import type { Command } from 'commander';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import path from 'node:path';
import { addFilterOptions, filtersFromOptions, type FilterOptionValues } from '../query/filter-options.ts';
import os from 'node:os';
import { EXPORT_FORMATS, type ExportFormat } from '../query/export.ts';
import { exportRecordsInParallel, type ParallelExportOptions } from '../query/export-parallel.ts';
import { openForCommand } from './open-db.ts';
import { DEFAULT_DB_PATH } from '../store/db.ts';
import { positiveInteger } from './options.ts';

interface ExportOptionValues extends FilterOptionValues {
  db: string;
  format: string;
  out?: string;
  excel?: boolean;
  query?: string;
  jobs: number;
}

const HELP = `
Each record carries: id, doc, file, sha256, kind, label, text, body, date, status, key_decision, call_in,
procedural, actor, due, parent, page, start, end, quote. Only current versions of documents unless --all-versions.

Examples:
  decision-trail export --format jsonl --out records.jsonl
  decision-trail export --format csv --excel --body cabinet --from 2024 --out cabinet-2024.csv
  decision-trail export --format json --query "parking OR transport" --kind decision`;

/** `decision-trail export`: every selected record, streamed as JSON Lines, CSV or a JSON array. */
export function register(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('export')
    .description('write the records (current documents) as jsonl, csv or json, with optional filters')
    .option('--db <path>', 'database file', DEFAULT_DB_PATH)
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')}`, 'jsonl')
    .option('--out <file>', 'write here (written whole or not at all) instead of standard output')
    .option('--excel', 'CSV for Excel: starts with a UTF-8 byte order mark')
    .option('--query <query>', 'only records matching this search (same syntax as `search`)')
    .option('--jobs <n>', 'threads reading records at once for a large export (default: the number of cores)', positiveInteger, os.availableParallelism());
  addFilterOptions(command).addHelpText('after', HELP);
  command.action(async (options: ExportOptionValues) => {
    let exportOptions: ParallelExportOptions;
    try {
      exportOptions = {
        format: parseFormat(options.format),
        filters: filtersFromOptions(options),
        query: options.query,
        excel: options.excel === true,
        jobs: options.jobs,
      };
      if (exportOptions.excel && exportOptions.format !== 'csv') throw new Error('--excel applies to CSV only: add --format csv');
    } catch (error) {
      process.stderr.write(`decision-trail export: ${(error as Error).message}\n`);
      setExit(2);
      return;
    }
    const db = openForCommand('export', options.db, setExit);
    if (db === null) return;
    try {
      const target: ExportTarget = { dbPath: options.db, db };
      if (options.out === undefined) await exportToStdout(target, exportOptions, setExit);
      else await exportToFile(target, exportOptions, options.out, setExit);
    } finally {
      db.close();
    }
  });
}

function parseFormat(value: string): ExportFormat {
  const format = value.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new Error(`--format takes ${EXPORT_FORMATS.join(', ')}, not "${value}"`);
  return format as ExportFormat;
}

/** The database to export from: its path for the worker threads, and this thread's open connection. */
interface ExportTarget {
  dbPath: string;
  db: Parameters<typeof exportRecordsInParallel>[1];
}


async function exportToStdout({ dbPath, db }: ExportTarget, options: ParallelExportOptions, setExit: (code: number) => void): Promise<void> {
  // Errors on stdout (EPIPE) are also raised by the export's next write; this keeps them from crashing Node first.
  const ignore = (): void => {};
  process.stdout.on('error', ignore);
  try {
    await exportRecordsInParallel(dbPath, db, process.stdout, options);
  } catch (error) {
    // A reader that stops early (`| head`) closes the pipe: that is not a failure of the export.
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') return;
    process.stderr.write(`decision-trail export: writing to standard output failed: ${(error as Error).message}\n`);
    setExit(1);
  } finally {
    process.stdout.off('error', ignore);
  }
}

/** Writes beside the target and renames at the end, so an interrupted export never leaves half a file. */
async function exportToFile({ dbPath, db }: ExportTarget, options: ParallelExportOptions, out: string, setExit: (code: number) => void): Promise<void> {
  const partial = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.partial`);
  const stream = createWriteStream(partial);
  try {
    const summary = await exportRecordsInParallel(dbPath, db, stream, options);
    stream.end();
    await finished(stream);
    renameSync(partial, out);
    process.stderr.write(`decision-trail export: ${summary.rows} record${summary.rows === 1 ? '' : 's'} written to ${out}\n`);
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    process.stderr.write(`decision-trail export: could not write ${out}: ${(error as Error).message}\n`);
    setExit(1);
  }
}
