import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Format, StageWarning } from '../../schemas/document.ts';
import { describeSource } from '../source.ts';
import { rebuildTrail, trailIsStale } from '../trail/store.ts';
import { compactSearchIndex } from '../store/search-index.ts';
import { refreshSearchLeaders } from '../store/search-leaders.ts';
import { openDatabase, type DB } from '../store/db.ts';
import { sealRun, startRun, type RunStatus, type SealedRun } from '../store/runs.ts';
import { DocumentWriter, type SeenFile, type StoreOutcome, type StoreStatus } from '../store/writer.ts';
import { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES } from './limits.ts';
import { pipelineVersion } from './pipeline-version.ts';
import { ParsePool, WORKER_ERROR } from './pool.ts';
import { silentProgress, type ProgressSink } from './progress.ts';
import { collectFiles, describeFsError, type Candidate, type PathAndReason } from './walk.ts';

export { DEFAULT_FILE_TIMEOUT_MS, DEFAULT_MAX_BYTES };

export interface ImportOptions {
  inputs: readonly string[];
  dbPath: string;
  jobs?: number;
  maxBytes?: number;
  fileTimeoutMs?: number;
  cwd?: string;
  progress?: ProgressSink;
  /** Where the JSON report is written; default: a `reports` folder next to the database. null: none. */
  reportsDir?: string | null;
  /** The command line as typed, kept in the run's row. */
  args?: readonly string[];
}

export type FileStatus = StoreStatus | 'failed';

export interface FileOutcome {
  path: string;
  format: Format;
  status: FileStatus;
  /** Why it failed, as a person would say it. */
  reason?: string;
  /** A failure remembered from an earlier run (same bytes, same reading code): not read again. */
  remembered?: boolean;
  /** For a duplicate: the path this content was first imported from. */
  sameAs?: string;
  /** The stored document this path now holds (not for failures). */
  documentId?: number;
  records?: number;
  rejected?: PathAndReason[];
  warnings?: StageWarning[];
}

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  duplicate: number;
  skipped: number;
  failed: number;
  records: number;
  rejected_records: number;
}

export interface ImportReport {
  run_id: number;
  status: RunStatus;
  /** Set when the run itself stopped on an error (status 'failed'). */
  error: string | null;
  started_at: string;
  finished_at: string;
  seconds: number;
  db: string;
  inputs: string[];
  jobs: number;
  counts: ImportCounts;
  failed: PathAndReason[];
  skipped: PathAndReason[];
  rejected: PathAndReason[];
  files: FileOutcome[];
  chain: { sealed_seq: number; records_hash: string; chain_hash: string } | null;
  /** Runs of crashed imports that this import sealed before starting. */
  interrupted_runs_sealed: number[];
  report_file: string | null;
}

/**
 * The batch import: walks the inputs, reads new content in a pool of workers and stores each file in
 * its own transaction from this (the only writing) thread, then seals the run into the hash chain.
 * A file that cannot be read or parsed fails alone, with its reason; everything else goes on.
 */
export async function runImport(options: ImportOptions): Promise<ImportReport> {
  const startedAt = new Date();
  const jobs = options.jobs ?? os.availableParallelism();
  const progress = options.progress ?? silentProgress;
  const db = openDatabase(options.dbPath);
  const { runId, interrupted } = startRun(db, options.args ?? options.inputs);
  const outcomes: FileOutcome[] = [];
  let walked: { skipped: PathAndReason[]; failed: PathAndReason[] } = { skipped: [], failed: [] };
  let error: string | null = null;
  try {
    const walk = await collectFiles(options.inputs, options.cwd);
    walked = walk;
    const importer = new FileImporter(db, runId, jobs, options.maxBytes ?? DEFAULT_MAX_BYTES, options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS);
    progress.start(walk.files.length);
    try {
      await forEachLimited(walk.files, jobs * 2 + 2, async (candidate) => {
        outcomes.push(await importer.importFile(candidate));
        progress.tick(outcomes.length, candidate.path);
      });
    } finally {
      progress.stop();
      await importer.close();
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  try {
    const report = buildReport({ runId, startedAt, options, jobs, outcomes, walked, error, interrupted });
    if (options.reportsDir !== null) report.report_file = reportPath(report, options.reportsDir ?? path.join(path.dirname(path.resolve(options.dbPath)), 'reports'));
    // The stored report leaves out the per-file list (it can run to many thousand lines); the file has it.
    const sealed = sealRun(db, runId, report.status, report.counts, { ...report, files: undefined });
    // Links and matters are derived from the stored records: rebuilt when this run stored anything new.
    if (report.counts.new + report.counts.updated > 0 || trailIsStale(db)) rebuildTrail(db);
    // Each file was its own transaction, so the full-text index is in many small segments: one merge
    // now makes every later search quicker (a run that stored nothing finds it whole and skips this).
    // Only speed depends on it: should it fail (another import holding the database past the busy
    // timeout), the records are stored all the same and the next run merges.
    try {
      compactSearchIndex(db);
    } catch {
      // Nothing to undo: the merge is one transaction, rolled back whole.
    }
    // One-word searches in a large collection read the best records from the search leaders: built
    // again once the collection has grown by a fiftieth (seconds for a million records), else left
    // as they are. Like the merge, only speed depends on it, and a failed build leaves the old ones.
    try {
      refreshSearchLeaders(db);
    } catch {
      // One transaction, rolled back whole: searches fall back on FTS5 or use the previous leaders.
    }
    report.chain = sealed ? { sealed_seq: sealed.sealedSeq, records_hash: sealed.recordsHash, chain_hash: sealed.chainHash } : null;
    if (report.report_file) writeReport(report, report.report_file);
    return report;
  } finally {
    db.close();
  }
}

/** Decides, per file, whether it needs reading at all; reads it in the pool when it does; stores it. */
class FileImporter {
  private readonly writer: DocumentWriter;
  private readonly pipelineVersion = pipelineVersion();
  /** Started on the first file that needs reading: a run where everything is unchanged starts no worker. */
  private pool: ParsePool | null = null;
  /** Content being read right now, so that a second path with the same bytes waits instead of reading them again. */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    db: DB,
    private readonly runId: number,
    private readonly jobs: number,
    private readonly maxBytes: number,
    private readonly fileTimeoutMs: number,
  ) {
    this.writer = new DocumentWriter(db);
  }

  async importFile(candidate: Candidate): Promise<FileOutcome> {
    const base = { path: candidate.path, format: candidate.format };
    const fail = (reason: string): FileOutcome => ({ ...base, status: 'failed', reason });
    let info;
    try {
      info = await stat(candidate.path);
    } catch (error) {
      return fail(describeFsError(error as NodeJS.ErrnoException));
    }
    if (info.isDirectory()) return fail('cannot read file: it is a folder');
    if (info.size > this.maxBytes) return fail(tooLargeReason(info.size, this.maxBytes));
    let bytes: Buffer;
    try {
      bytes = await readFile(candidate.path);
    } catch (error) {
      return fail(describeFsError(error as NodeJS.ErrnoException));
    }
    // The file may have grown between stat and read.
    if (bytes.length > this.maxBytes) return fail(tooLargeReason(bytes.length, this.maxBytes));
    const source = describeSource(candidate.path, bytes, candidate.format);
    const seen: SeenFile = { path: candidate.path, size: bytes.length, mtimeMs: info.mtimeMs };
    try {
      while (this.inFlight.has(source.sha256)) await this.inFlight.get(source.sha256);
      const known = this.writer.known(seen.path, source.sha256);
      if (known?.status === 'unchanged') return { ...base, status: 'unchanged', documentId: known.documentId };
      if (known) {
        const outcome = this.writer.recordKnownContent(seen, source.sha256);
        if (outcome) return fromStore(base, outcome);
      }
      const failedBefore = this.writer.knownFailure(source.sha256, this.pipelineVersion);
      if (failedBefore) return { ...fail(failedBefore.reason), remembered: true };
      this.pool ??= new ParsePool({ jobs: this.jobs, fileTimeoutMs: this.fileTimeoutMs });
      // The pool hands `bytes` to a worker; should that worker run out of memory, the file is read again.
      const again = async (): Promise<Uint8Array> => {
        const fresh = await readFile(candidate.path);
        if (describeSource(candidate.path, fresh, candidate.format).sha256 !== source.sha256) throw new Error('it changed while being imported');
        return fresh;
      };
      const reading = this.pool.parse(source, bytes, again);
      this.inFlight.set(source.sha256, reading);
      try {
        const parsed = await reading;
        if (!parsed.ok) {
          // A reader's verdict on these bytes holds until the code changes; a timeout or crash may not recur.
          if (parsed.code !== WORKER_ERROR) this.writer.rememberFailure(source.sha256, this.pipelineVersion, parsed.code, parsed.reason);
          return fail(parsed.reason);
        }
        const outcome = this.writer.store(seen, parsed.doc, this.runId);
        return { ...fromStore(base, outcome), warnings: parsed.doc.warnings };
      } finally {
        this.inFlight.delete(source.sha256);
      }
    } catch (error) {
      return fail(`could not store: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

function fromStore(base: { path: string; format: Format }, outcome: StoreOutcome): FileOutcome {
  const file: FileOutcome = { ...base, status: outcome.status, documentId: outcome.documentId, records: outcome.records };
  if (outcome.sameAs) file.sameAs = outcome.sameAs;
  if (outcome.rejected.length > 0) file.rejected = outcome.rejected.map((r) => ({ path: base.path, reason: r.reason }));
  return file;
}

function tooLargeReason(size: number, limit: number): string {
  return `file too large: ${formatBytes(size)}, above the ${formatBytes(limit)} limit (raise it with --max-bytes)`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Runs `task` over `items` with at most `limit` running at once (bounds the bytes held in memory). */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

interface ReportInput {
  runId: number;
  startedAt: Date;
  options: ImportOptions;
  jobs: number;
  outcomes: FileOutcome[];
  walked: { skipped: PathAndReason[]; failed: PathAndReason[] };
  error: string | null;
  interrupted: SealedRun[];
}

function buildReport(input: ReportInput): ImportReport {
  const files = [...input.outcomes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const count = (status: FileStatus): number => files.filter((f) => f.status === status).length;
  const failed = [...input.walked.failed, ...files.filter((f) => f.status === 'failed').map((f) => ({ path: f.path, reason: f.reason ?? 'failed' }))];
  const rejected = files.flatMap((f) => f.rejected ?? []);
  const finishedAt = new Date();
  return {
    run_id: input.runId,
    status: input.error ? 'failed' : 'finished',
    error: input.error,
    started_at: input.startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    seconds: (finishedAt.getTime() - input.startedAt.getTime()) / 1000,
    db: path.resolve(input.options.dbPath),
    inputs: [...input.options.inputs],
    jobs: input.jobs,
    counts: {
      new: count('new'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      duplicate: count('duplicate'),
      skipped: input.walked.skipped.length,
      failed: failed.length,
      records: files.reduce((sum, f) => sum + (f.records ?? 0), 0),
      rejected_records: rejected.length,
    },
    failed,
    skipped: input.walked.skipped,
    rejected,
    files,
    chain: null,
    interrupted_runs_sealed: input.interrupted.map((r) => r.id),
    report_file: null,
  };
}

/** reports/import-<start time>-run<N>.json: the run number keeps two imports started together apart. */
function reportPath(report: ImportReport, dir: string): string {
  const stamp = report.started_at.replace(/[:.]/g, '-');
  return path.join(dir, `import-${stamp}-run${report.run_id}.json`);
}

function writeReport(report: ImportReport, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
