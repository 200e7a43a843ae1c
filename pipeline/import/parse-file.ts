import type { MessagePort } from 'node:worker_threads';
import type { Source } from '../../schemas/document.ts';
import { processBytes } from '../process.ts';
import { storableFrom, type StorableDocument } from '../store/writer.ts';

/** One file for a worker: its description (hash already taken) and its bytes. */
export interface ParseTask {
  source: Source;
  bytes: Uint8Array;
  /** Told when this worker starts on the file: the file's time limit runs from then. */
  started?: MessagePort;
}

export type ParseOutcome = { ok: true; doc: StorableDocument } | { ok: false; code: string; reason: string };

/**
 * Runs in a pool worker: reading and extraction of one file. Returns only what the store keeps, so the
 * full text and blocks are not copied back to the main thread.
 */
export async function parseFile(task: ParseTask): Promise<ParseOutcome> {
  task.started?.postMessage('started');
  const result = await processBytes(task.source, task.bytes);
  if (!result.ok) return { ok: false, code: result.code, reason: result.reason };
  return { ok: true, doc: storableFrom(result) };
}
