// Entry of a verify worker thread: re-reading one stored document's file (reread.ts).
import { workerData } from 'node:worker_threads';
import { loadWorkerTask } from '../import/worker-task.mjs';

export default await loadWorkerTask(workerData?.bundle, new URL('./reread.ts', import.meta.url), 'rereadSource');
