// Entry of a parallel-export worker thread (export-worker-task.ts): it runs its parts and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { loadWorkerTask } from '../import/worker-task.mjs';

const runExportWorker = await loadWorkerTask(workerData.bundle, new URL('./export-worker-task.ts', import.meta.url), 'runExportWorker');
await runExportWorker(workerData.task, parentPort);
