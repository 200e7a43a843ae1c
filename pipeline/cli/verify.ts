import type { Command } from 'commander';
import { DEFAULT_DB_PATH } from '../store/db.ts';
import { AuditOpenError, openForAudit } from '../audit/open.ts';
import { formatVerifyReport } from '../audit/verify-report.ts';
import { RereadPool } from '../audit/reread-pool.ts';
import { rereadSource, type RereadResult, type RereadTask } from '../audit/reread.ts';
import { verifyStore, VerifyUsageError } from '../audit/verify-store.ts';
import { positiveInteger } from './options.ts';

const HEAVY_FORMATS = new Set(['pdf', 'docx']);

interface VerifyFlags {
  db: string;
  doc?: string;
  json?: boolean;
  searchDir?: string;
  jobs: number;
}

/**
 * `decision-trail verify`: re-reads every source and re-checks every hash. Exit 0 when nothing is
 * wrong, 1 on any discrepancy, 2 when it cannot run (no database, a --doc that was never imported).
 */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('verify')
    .description('check every stored record against its source file and the hash chain: missing or changed files, edited, deleted or inserted records, a broken chain')
    .option('--db <path>', 'the database', DEFAULT_DB_PATH)
    .option('--doc <path>', 'verify only the document imported from this path')
    .option('--search-dir <dir>', 'look for missing or changed files here, by content (a moved file counts as intact)')
    .option('--json', 'print the report as JSON')
    // Default 1: on the 2-core machines measured, worker start-up (tsx and pdf.js loaded per thread) cost
    // more than parallel parsing saved; see `npm run bench -- --only verify`, which times both.
    .option('--jobs <n>', 'PDF and DOCX files re-read in parallel worker threads (1: all in this process)', positiveInteger, 1)
    .exitOverride(usageErrorsExitTwo)
    .action(async (flags: VerifyFlags) => {
      setExit(await runVerify(flags));
    });
}

async function runVerify(flags: VerifyFlags): Promise<number> {
  let db;
  try {
    db = openForAudit(flags.db);
  } catch (error) {
    if (!(error instanceof AuditOpenError)) throw error;
    process.stderr.write(`decision-trail verify: ${error.message}\n`);
    return 2;
  }
  const workers: { pool?: RereadPool } = {};
  // PDF and DOCX parsing is the bulk of the work: those go to worker threads (started on the first
  // one). Text, Markdown and HTML read faster here than a worker would start.
  const reread = (task: RereadTask): Promise<RereadResult> => {
    if (flags.jobs === 1 || !HEAVY_FORMATS.has(task.format)) return rereadSource(task);
    workers.pool ??= new RereadPool(flags.jobs);
    return workers.pool.reread(task);
  };
  try {
    const report = await verifyStore(db, flags.db, { doc: flags.doc, searchDir: flags.searchDir, concurrency: flags.jobs + 1, reread });
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    if (!(error instanceof VerifyUsageError)) throw error;
    process.stderr.write(`decision-trail verify: ${error.message}\n`);
    return 2;
  } finally {
    db.close();
    await workers.pool?.close();
  }
}


/**
 * Commander exits 1 on a usage error by default, but 1 means "discrepancies found" here: a usage error
 * (already printed by commander) exits 2, as `import` does.
 */
export function usageErrorsExitTwo(error: { exitCode: number }): never {
  process.exit(error.exitCode === 0 ? 0 : 2);
}
