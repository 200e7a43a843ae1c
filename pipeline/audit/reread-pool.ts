import { Piscina } from 'piscina';
import { fileURLToPath } from 'node:url';
import { bundledTask } from '../import/worker-bundle.ts';
import type { RereadResult, RereadTask } from './reread.ts';

const WORKER_FILE = fileURLToPath(new URL('./reread-worker.mjs', import.meta.url));
const TASK_FILE = fileURLToPath(new URL('./reread.ts', import.meta.url));

/**
 * Re-reading sources in `jobs` worker threads: parsing (PDF above all) is the bulk of verify's time,
 * and it parallelises file by file. Only the claims and the mismatches cross threads, never the text.
 */
export class RereadPool {
  private readonly piscina: Piscina<RereadTask, RereadResult>;

  constructor(jobs: number) {
    this.piscina = new Piscina<RereadTask, RereadResult>({
      filename: WORKER_FILE,
      minThreads: 1,
      maxThreads: jobs,
      concurrentTasksPerWorker: 1,
      workerData: { bundle: bundledTask(TASK_FILE) },
    });
  }

  /** Reads one source in a worker; a worker that fails gives a reason, never an exception. */
  async reread(task: RereadTask): Promise<RereadResult> {
    const bytes = task.bytes;
    // Hand the bytes over rather than copying them, when they own their whole buffer.
    const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    try {
      return await this.piscina.run(task, { transferList: owns ? [bytes.buffer as ArrayBuffer] : [] });
    } catch (error) {
      return { ok: false, reason: `the reader's worker failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
