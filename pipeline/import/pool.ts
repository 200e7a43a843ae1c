import { Piscina } from 'piscina';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../schemas/document.ts';
import type { ParseOutcome, ParseTask } from './parse-file.ts';
import { bundledTask } from './worker-bundle.ts';

const WORKER_FILE = fileURLToPath(new URL('./worker.mjs', import.meta.url));
const TASK_FILE = fileURLToPath(new URL('./parse-file.ts', import.meta.url));

/** Each worker's young-generation heap (see the constructor). */
const YOUNG_GENERATION_MB = 8;
/**
 * Each pool worker's old-generation heap. A lower ceiling makes V8 collect sooner and keeps RSS down,
 * but costs time: measured on the 2,000-file bench batch with 2 jobs (main thread at 3 x 4 MB young
 * generation), 192 MB: 71.4 s, peak RSS 357 MB; 768 MB: 68.4 s, 361 MB; 1,536 MB: 61.3-63.2 s,
 * 374-384 MB. 1,536 MB then met the target (RSS under 400 MB) by little, and later runs on the same batch
 * gave 387 and 405 MB; at 1,024 MB the peak was 370 MB (mixed batch, 2 jobs: 77.4 s against 66.0 s at
 * 1,536 MB in the run before, PDFs alone 52.9 s against 57.0 s: the machine's noise is as large as the
 * cost). The target holds whatever the batch, so the margin wins. A file that needs more still does not
 * fail: one roomy worker reads it again.
 */
const LEAN_OLD_GENERATION_MB = 1024;
const ROOMY_OLD_GENERATION_MB = 4096;

/** The code of a failure of the worker itself (timeout, crash, out of memory), not of the reader's verdict. */
export const WORKER_ERROR = 'worker-error';

export interface PoolOptions {
  jobs: number;
  /** A file whose reading takes longer than this is failed and its worker replaced. */
  fileTimeoutMs: number;
  /** The pool workers' old-generation heap (default LEAN_OLD_GENERATION_MB); tests lower it. */
  workerHeapMb?: number;
  /** The heap of the worker that reads again a file a pool worker ran out of memory on; past it, the file fails. */
  roomyHeapMb?: number;
}

/** The bytes of a file once more, for a second reading (the first worker was handed the buffer). */
export type ReadAgain = () => Promise<Uint8Array>;

/** The parallel readers: `jobs` worker threads, each running reading + extraction of one file at a time. */
export class ParsePool {
  private readonly piscina: Piscina<ParseTask, ParseOutcome>;
  /** One worker with a large heap, started the first time a file needs it. */
  private roomy: Piscina<ParseTask, ParseOutcome> | null = null;
  private readonly fileTimeoutMs: number;
  private readonly roomyHeapMb: number;

  constructor(options: PoolOptions) {
    this.fileTimeoutMs = options.fileTimeoutMs;
    this.roomyHeapMb = options.roomyHeapMb ?? ROOMY_OLD_GENERATION_MB;
    this.piscina = newPiscina(options.jobs, options.workerHeapMb ?? LEAN_OLD_GENERATION_MB);
  }

  /**
   * Reads one file in a worker. A worker that throws, crashes or runs out of time fails this file
   * only. One that runs out of memory has the file read again by the roomy worker, when `again`
   * can give its bytes once more.
   */
  async parse(source: Source, bytes: Uint8Array, again?: ReadAgain): Promise<ParseOutcome> {
    const first = await this.run(this.piscina, source, bytes);
    if (first.ok || first.code !== OUT_OF_MEMORY || !again) return withoutCause(first);
    let bytesAgain: Uint8Array;
    try {
      bytesAgain = await again();
    } catch (error) {
      return { ok: false, code: WORKER_ERROR, reason: `the reader ran out of memory, and the file could not be read again: ${error instanceof Error ? error.message : String(error)}` };
    }
    this.roomy ??= newPiscina(1, this.roomyHeapMb);
    return withoutCause(await this.run(this.roomy, source, bytesAgain));
  }

  private async run(piscina: Piscina<ParseTask, ParseOutcome>, source: Source, bytes: Uint8Array): Promise<ParseOutcome | WorkerFailure> {
    // The clock starts when a worker takes the file (it says so on this port), so that neither the wait
    // in the queue nor the start-up of a fresh worker counts against the file.
    const { port1: startedPort, port2: workerPort } = new MessageChannel();
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    startedPort.once('message', () => {
      timer = setTimeout(() => abort.abort(), this.fileTimeoutMs);
    });
    // Hand the bytes over rather than copying them, when they own their whole buffer.
    const ownsBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    try {
      return await piscina.run(
        { source, bytes, started: workerPort },
        { transferList: ownsBuffer ? [bytes.buffer as ArrayBuffer, workerPort] : [workerPort], signal: abort.signal },
      );
    } catch (error) {
      return { ok: false, code: isOutOfMemory(error) ? OUT_OF_MEMORY : WORKER_ERROR, reason: workerFailureReason(error, this.fileTimeoutMs) };
    } finally {
      clearTimeout(timer);
      startedPort.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.piscina.destroy(), this.roomy?.destroy()]);
  }
}

/** A pool worker ran out of memory: internal to the pool, which reads such a file again; callers see WORKER_ERROR. */
const OUT_OF_MEMORY = 'worker-out-of-memory';
type WorkerFailure = { ok: false; code: typeof WORKER_ERROR | typeof OUT_OF_MEMORY; reason: string };

function withoutCause(outcome: ParseOutcome | WorkerFailure): ParseOutcome {
  return !outcome.ok && outcome.code === OUT_OF_MEMORY ? { ...outcome, code: WORKER_ERROR } : outcome;
}

function isOutOfMemory(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

function newPiscina(threads: number, oldGenerationMb: number): Piscina<ParseTask, ParseOutcome> {
  const piscina = new Piscina<ParseTask, ParseOutcome>({
    filename: WORKER_FILE,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    // The young generation is capped too: V8 grows it to 32 MB+ per worker for pdf.js's short-lived
    // objects, and measured on 400 files with 2 jobs, 8 MB took peak RSS from 384 MB to 300 MB
    // for about 2 % more CPU.
    resourceLimits: { maxOldGenerationSizeMb: oldGenerationMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: { bundle: bundledTask(TASK_FILE) },
  });
  // A worker that dies while running a file fails that file (run() turns the rejection into its
  // reason); piscina also emits the death as an 'error' event, which unheard would end the process.
  piscina.on('error', () => undefined);
  return piscina;
}

function workerFailureReason(error: unknown, timeoutMs: number): string {
  const err = error instanceof Error ? error : new Error(String(error));
  const code = (err as NodeJS.ErrnoException).code;
  if (err.name === 'AbortError' || /abort/i.test(err.message)) {
    return `reading took longer than ${Math.round(timeoutMs / 1000)} s; stopped`;
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return 'the reader ran out of memory on this file';
  return `the reader crashed: ${err.message}`;
}
