// Entry of a verify worker thread: a plain-JavaScript bundle of the task when the pool could build
// one (see import/worker-bundle.ts: under tsx's loader pdf.js costs ten times the memory and a slow
// start), else tsx registered as a fallback before loading the TypeScript task.
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

let rereadSource;
if (workerData?.bundle) {
  ({ rereadSource } = await import(pathToFileURL(workerData.bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ rereadSource } = await import('./reread.ts'));
}

export default rereadSource;
