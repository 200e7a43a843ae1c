/**
 * pdf-parse, set up once per thread for reading text in Node.
 *
 * pdf.js's legacy build (the one pdf-parse uses, and the only one that runs on Node 20) carries
 * core-js polyfills. One of them replaces `Array.prototype.push` for the whole thread on V8 12.1 or
 * older, so that `push` onto an array with a read-only `length` throws a TypeError. Node 20 is V8
 * 11.3, so every `push` in the thread (pdf.js's text layer, our readers, extraction) ran through a
 * generic JavaScript function instead of the engine's builtin: measured, 14 % of the time spent
 * reading the corpus PDFs. Here the builtin is taken first, pdf.js loads, and the builtin goes back.
 * The two differ only on a read-only `length`, which neither pdf.js nor this project pushes onto.
 *
 * The import of pdf-parse is dynamic on purpose: static imports of packages are evaluated before any
 * line of this file (and a bundler hoists them above it), too late to take the builtin.
 *
 * pdf.js's "worker" side is loaded here too and handed over through the global pdf.js looks for
 * (`pdfjsWorker`). Node has no web worker for it, so pdf.js runs both sides in this thread anyway;
 * loading it now means all its polyfills are in place before the builtin is put back, rather than
 * arriving with the first document. It is compiled from its source text with edits that make text
 * extraction faster without changing it (pipeline/readers/pdfjs-worker-patches.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { inflateRawSync } from 'node:zlib';
import { workerScript } from './pdfjs-worker-patches.ts';

const nativeArrayPush = Array.prototype.push;
const { PDFParse } = await import('pdf-parse');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = loadPatchedWorker();
if (Array.prototype.push !== nativeArrayPush) {
  Object.defineProperty(Array.prototype, 'push', { value: nativeArrayPush, writable: true, enumerable: false, configurable: true });
}

type WorkerFactory = (inflate: typeof inflateRawSync, workerFileUrl: string) => { WorkerMessageHandler: unknown };

/**
 * pdf.js's worker module as installed (the pdfjs-dist that pdf-parse loads too: pdf.js refuses a
 * worker of another version), edited, compiled as a script under the installed file's name (so stack
 * traces and line numbers are the file's). A script rather than a module made from the edited text:
 * a `data:` module's 3 MB URL stays in Node's module map for the thread's life (measured: 8 MB more
 * heap per thread), and a module written to a temporary file would be transformed again by tsx's
 * and vitest's loaders.
 */
function loadPatchedWorker(): { WorkerMessageHandler: unknown } {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const script = new vm.Script(workerScript(readFileSync(file, 'utf8')), {
    filename: file,
    // pdf.js's one dynamic import (a JPEG 2000 decoder, never needed for text) resolves as in a module.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const factory = script.runInThisContext() as WorkerFactory;
  return factory(inflateRawSync, pathToFileURL(file).href);
}

export { PDFParse };
