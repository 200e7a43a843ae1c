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
 * The imports are dynamic on purpose: static imports of packages are evaluated before any line of
 * this file (and a bundler hoists them above it), too late to take the builtin.
 *
 * pdf.js's "worker" side is loaded here too and handed over through the global pdf.js looks for
 * (`pdfjsWorker`). Node has no web worker for it, so pdf.js runs both sides in this thread anyway;
 * loading it now means all its polyfills are in place before the builtin is put back, rather than
 * arriving with the first document.
 */
const nativeArrayPush = Array.prototype.push;
const { PDFParse } = await import('pdf-parse');
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
if (Array.prototype.push !== nativeArrayPush) {
  Object.defineProperty(Array.prototype, 'push', { value: nativeArrayPush, writable: true, enumerable: false, configurable: true });
}

export { PDFParse };
