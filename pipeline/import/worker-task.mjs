// What every worker entry (import/worker.mjs, audit/reread-worker.mjs, query/export-worker.mjs) does
// first: load its task from the plain-JavaScript bundle its pool built (see import/worker-bundle.ts:
// under tsx's loader pdf.js costs ten times the memory and a slow start), or, when there is none,
// register tsx, as pipeline/cli/bin.mjs does, and load the TypeScript source.
import { pathToFileURL } from 'node:url';

/** The export `name` of the task: from `bundle` (a file path) when given, else from `source` (a file URL) through tsx. */
export async function loadWorkerTask(bundle, source, name) {
  if (bundle) return (await import(pathToFileURL(bundle).href))[name];
  const { register } = await import('tsx/esm/api');
  register();
  return (await import(source.href))[name];
}
