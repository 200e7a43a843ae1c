// Entry of a parallel-export worker thread: a plain-JavaScript bundle of the task when the main
// thread could build one (see import/worker-bundle.ts), else the TypeScript through tsx.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

let runExportWorker;
if (workerData.bundle) {
  ({ runExportWorker } = await import(pathToFileURL(workerData.bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runExportWorker } = await import('./export-worker-task.ts'));
}
await runExportWorker(workerData.task, parentPort);
