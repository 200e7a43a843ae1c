// Entry of a parse worker thread: reading and extraction of one file (parse-file.ts).
import { workerData } from 'node:worker_threads';
import { loadWorkerTask } from './worker-task.mjs';

export default await loadWorkerTask(workerData?.bundle, new URL('./parse-file.ts', import.meta.url), 'parseFile');
