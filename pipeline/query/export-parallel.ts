import type Database from 'better-sqlite3';
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundledTask } from '../import/worker-bundle.ts';
import {
  ChunkedWriter, checkExportOptions, drained, exportClosing, exportOpening, exportRecords, recordSeparator,
  type ExportOptions, type ExportSummary,
} from './export.ts';
import { exportSnapshot } from './export-snapshot.ts';
import type { ExportWorkerData, ExportWorkerMessage, WrittenMessage } from './export-worker-task.ts';

const WORKER_FILE = fileURLToPath(new URL('./export-worker.mjs', import.meta.url));
const TASK_FILE = fileURLToPath(new URL('./export-worker-task.ts', import.meta.url));

/** Rowids per part: about 1 MB of CSV, few enough parts that handing them over costs nothing. */
const PART_ROWIDS = 2048;
/** Parts a worker may run ahead of the writing: bounds memory to about jobs × window parts. */
const WINDOW = 3;
/** Below this many rowids one thread is quicker: starting workers costs a few hundred milliseconds. */
export const MIN_PARALLEL_ROWIDS = 50_000;
/**
 * A worker's heap. A part and its text need a few megabytes, but V8 lets garbage pile up to its
 * limits before collecting: without these, two workers took the export's peak RSS to 474 MB.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 };
/** A snapshot that changed under the workers (an import committed meanwhile) is retried this often. */
const ATTEMPTS = 3;

export interface ParallelExportOptions extends ExportOptions {
  /** Worker threads reading parts of the export at once. */
  jobs: number;
  /** For tests: split even a small export, into parts this small. */
  minRowids?: number;
  partRowids?: number;
}

/**
 * `exportRecords` on several cores: the rowid space is cut into parts, part i is read and formatted
 * by worker i mod jobs, and this thread only writes the parts in rowid order, so the output is byte
 * for byte the single-thread export's. Reading rows out of SQLite and formatting them (a few
 * microseconds a row each) is nearly all of an export's time, which is why this pays. This thread
 * formats nothing itself so that its heap stays small: the workers' heaps are capped, this one's
 * is not, and V8 lets a heap fill before collecting (measured: 262 MB peak RSS when this thread took
 * a share, against the figure in the README without).
 *
 * Consistency: this thread and each worker read in one transaction each, and before a byte is written
 * every worker's snapshot is compared with this thread's (export-snapshot.ts); if an import committed
 * in between, the workers are stopped and the export starts again. Exports that select by search
 * query or by document, small exports and `jobs` of 1 run on this thread alone.
 */
export async function exportRecordsInParallel(dbPath: string, db: Database.Database, out: Writable, options: ParallelExportOptions): Promise<ExportSummary> {
  checkExportOptions(options);
  const { jobs, minRowids = MIN_PARALLEL_ROWIDS, partRowids = PART_ROWIDS, ...exportOptions } = options;
  const selective = exportOptions.query !== undefined || (exportOptions.filters?.docs?.length ?? 0) > 0;
  if (jobs < 2 || selective) return exportRecords(db, out, exportOptions);
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // The snapshot the workers must match; held until they have all confirmed it.
    db.exec('BEGIN');
    try {
      const plan = planParts(db, partRowids);
      if (plan === null || plan.hi - plan.lo + 1 < minRowids) return await exportRecords(db, out, exportOptions);
      const outcome = await runWorkers(dbPath, out, exportOptions, plan, jobs);
      if (outcome !== 'changed') return outcome;
    } finally {
      if (db.inTransaction) db.exec('COMMIT');
    }
  }
  // The database kept changing under the workers (a long import writing beside us): one thread, one snapshot.
  return exportRecords(db, out, exportOptions);
}

type PartSpec = [index: number, first: number, last: number];

interface Plan {
  lo: number;
  hi: number;
  snapshot: string;
  /** Every part, in order. */
  parts: PartSpec[];
}

/** Called inside this thread's transaction, so that the bounds and the snapshot describe one state. */
function planParts(db: Database.Database, partRowids: number): Plan | null {
  const bounds = db.prepare<[], { lo: number | null; hi: number | null }>('SELECT min(rowid) AS lo, max(rowid) AS hi FROM records').get()!;
  if (bounds.lo === null || bounds.hi === null) return null;
  const parts: PartSpec[] = [];
  for (let first = bounds.lo, index = 0; first <= bounds.hi; first += partRowids, index++) {
    parts.push([index, first, Math.min(bounds.hi, first + partRowids - 1)]);
  }
  return { lo: bounds.lo, hi: bounds.hi, snapshot: exportSnapshot(db), parts };
}

/** Which worker reads part `index`. */
const workerOf = (index: number, jobs: number): number => index % jobs;

interface Part {
  bytes: Uint8Array;
  rows: number;
}

/**
 * Writes the bytes and resolves once the output is done with them (its callback), so that the buffer
 * can go back to its worker; a buffer handed back earlier would be detached under the write.
 */
async function writeBytes(out: Writable, bytes: Uint8Array): Promise<void> {
  if (out.destroyed) throw out.errored ?? new Error('the output closed before the export finished');
  await new Promise<void>((resolve, reject) => {
    out.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

/** Messages from all workers, one at a time, in arrival order. */
class Inbox {
  private readonly queue: ExportWorkerMessage[] = [];
  private waiting: (() => void) | null = null;

  push(message: ExportWorkerMessage): void {
    this.queue.push(message);
    this.waiting?.();
  }

  async next(): Promise<ExportWorkerMessage> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    this.waiting = null;
    return this.queue.shift()!;
  }
}

async function runWorkers(dbPath: string, out: Writable, options: ExportOptions, plan: Plan, jobs: number): Promise<ExportSummary | 'changed'> {
  const inbox = new Inbox();
  const bundle = bundledTask(TASK_FILE);
  const workers = Array.from({ length: jobs }, (_, w) => {
    const parts = plan.parts.filter(([index]) => workerOf(index, jobs) === w);
    const task: ExportWorkerData = { dbPath, options, parts, snapshot: plan.snapshot, window: WINDOW };
    const worker = new Worker(WORKER_FILE, { workerData: { bundle, task }, resourceLimits: WORKER_HEAP });
    worker.on('message', (message: ExportWorkerMessage) => inbox.push(message));
    worker.on('error', (error) => inbox.push({ type: 'error', message: error.message }));
    worker.on('exit', (code) => {
      if (code !== 0) inbox.push({ type: 'error', message: `export worker stopped with code ${code}` });
    });
    return worker;
  });
  try {
    // Nothing is written until every worker has confirmed it reads the same records as this thread.
    const pending = new Map<number, Part>();
    for (let ready = 0; ready < workers.length; ) {
      const message = await inbox.next();
      if (message.type === 'changed') return 'changed';
      if (message.type === 'error') throw new Error(`export worker failed: ${message.message}`);
      if (message.type === 'ready') ready++;
      else if (message.type === 'part') pending.set(message.index, message);
    }
    const acknowledge = (index: number, bytes: Uint8Array): void => {
      const written: WrittenMessage = { type: 'written', buffer: bytes.buffer as ArrayBuffer };
      workers[workerOf(index, jobs)]!.postMessage(written, [written.buffer]);
    };
    return await writeInOrder(out, options, plan.parts, jobs, { inbox, pending, acknowledge });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

interface PartSources {
  inbox: Inbox;
  /** Workers' parts that arrived before their turn. */
  pending: Map<number, Part>;
  /** Tells a part's worker it has been written (it may then read one more), handing its buffer back. */
  acknowledge: (index: number, bytes: Uint8Array) => void;
}

/** Writes parts 0, 1, 2 … in order, as they arrive (out of order across workers). */
async function writeInOrder(out: Writable, options: ExportOptions, parts: readonly PartSpec[], jobs: number, sources: PartSources): Promise<ExportSummary> {
  const writer = new ChunkedWriter(out);
  writer.add(exportOpening(options));
  let rows = 0;
  for (const spec of parts) {
    const index = spec[0];
    while (!sources.pending.has(index)) {
      const message = await sources.inbox.next();
      if (message.type === 'part') sources.pending.set(message.index, message);
      else if (message.type === 'error') throw new Error(`export worker failed: ${message.message}`);
    }
    const part = sources.pending.get(index)!;
    sources.pending.delete(index);
    if (part.rows > 0) {
      writer.add(recordSeparator(options.format, rows === 0));
      await writer.flush();
      await writeBytes(out, part.bytes);
      rows += part.rows;
    }
    sources.acknowledge(index, part.bytes);
  }
  writer.add(exportClosing(options, rows));
  await writer.flush();
  return { rows, jobs };
}
