// Entry of a parse worker thread. The pool hands it a plain-JavaScript bundle of the task when it
// could build one (see worker-bundle.ts: tsx's loader makes pdf.js cost ten times the memory);
// otherwise it registers tsx, as pipeline/cli/bin.mjs does, and loads the TypeScript.
import { pathToFileURL } from 'node:url';
import { workerData } from 'node:worker_threads';

let parseFile;
if (workerData?.bundle) {
  ({ parseFile } = await import(pathToFileURL(workerData.bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ parseFile } = await import('./parse-file.ts'));
}

export default parseFile;
