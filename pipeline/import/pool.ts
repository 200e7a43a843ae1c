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

/** The code of a failure of the worker itself (timeout, crash, out of memory), not of the reader's verdict. */
export const WORKER_ERROR = 'worker-error';

export interface PoolOptions {
  jobs: number;
  /** A file whose reading takes longer than this is failed and its worker replaced. */
  fileTimeoutMs: number;
  /** A worker whose heap grows past this dies alone (its file fails) instead of taking the import down. */
  workerHeapMb?: number;
}

/** The parallel readers: `jobs` worker threads, each running reading + extraction of one file at a time. */
export class ParsePool {
  private readonly piscina: Piscina<ParseTask, ParseOutcome>;
  private readonly fileTimeoutMs: number;

  constructor(options: PoolOptions) {
    this.fileTimeoutMs = options.fileTimeoutMs;
    this.piscina = new Piscina<ParseTask, ParseOutcome>({
      filename: WORKER_FILE,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      // The young generation is capped too: V8 grows it to 32 MB+ per worker for pdf.js's short-lived
      // objects, and measured on 400 files with 2 jobs, 8 MB took peak RSS from 384 MB to 300 MB
      // for about 2 % more CPU.
      resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb ?? 1536, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      workerData: { bundle: bundledTask(TASK_FILE) },
    });
  }

  /** Reads one file in a worker. A worker that throws, crashes or runs out of time fails this file only. */
  async parse(source: Source, bytes: Uint8Array): Promise<ParseOutcome> {
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
      return await this.piscina.run(
        { source, bytes, started: workerPort },
        { transferList: ownsBuffer ? [bytes.buffer as ArrayBuffer, workerPort] : [workerPort], signal: abort.signal },
      );
    } catch (error) {
      return { ok: false, code: WORKER_ERROR, reason: workerFailureReason(error, this.fileTimeoutMs) };
    } finally {
      clearTimeout(timer);
      startedPort.close();
    }
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
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
