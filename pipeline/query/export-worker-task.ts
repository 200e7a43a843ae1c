import { TextEncoder } from 'node:util';
import type { MessagePort } from 'node:worker_threads';
import { exportPart, type ExportOptions, type RowidRange } from './export.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { openForReading } from './open.ts';

/** What the parallel export gives each worker: its parts of the rowid space and the snapshot to expect. */
export interface ExportWorkerData {
  dbPath: string;
  options: ExportOptions;
  /** This worker's parts, in order: [part index, first rowid, last rowid]. */
  parts: [number, number, number][];
  /** The main thread's exportSnapshot: the worker stops at once if its own differs. */
  snapshot: string;
  /** Parts handed over and not yet written that this worker may have before it waits. */
  window: number;
}

/** Worker → main thread. */
export type ExportWorkerMessage =
  | { type: 'ready' }
  | { type: 'changed' }
  | { type: 'part'; index: number; bytes: Uint8Array; rows: number }
  | { type: 'done' }
  | { type: 'error'; message: string };

/** Main thread → worker, once a part's bytes are written: the buffer comes back to be filled again. */
export interface WrittenMessage {
  type: 'written';
  buffer: ArrayBuffer;
}

/**
 * A worker of the parallel export: one read transaction for all its parts, so that they come from
 * one snapshot (checked against the main thread's), each part formatted here, encoded as UTF-8 and
 * handed over (transferred, not copied). It runs at most `window` parts ahead of what the main
 * thread has written, and the main thread hands each buffer back once written, so that neither
 * thread leaves megabytes of dead buffers for the garbage collector: memory stays flat however
 * large the export.
 */
export async function runExportWorker(data: ExportWorkerData, port: MessagePort): Promise<void> {
  const post = (message: ExportWorkerMessage): void => port.postMessage(message);
  const encoder = new TextEncoder();
  let written = 0;
  let wake: (() => void) | null = null;
  const spare: ArrayBuffer[] = [];
  port.on('message', (message: WrittenMessage) => {
    if (message.type === 'written') {
      written++;
      spare.push(message.buffer);
      wake?.();
    }
  });
  const db = openForReading(data.dbPath);
  try {
    db.exec('BEGIN');
    if (exportSnapshot(db) !== data.snapshot) {
      post({ type: 'changed' });
      return;
    }
    post({ type: 'ready' });
    for (let i = 0; i < data.parts.length; i++) {
      while (i - written >= data.window) await new Promise<void>((resolve) => (wake = resolve));
      const [index, lo, hi] = data.parts[i]!;
      const range: RowidRange = [lo, hi];
      const { text, rows } = exportPart(db, data.options, range);
      const bytes = encodeReusing(encoder, text, spare);
      port.postMessage({ type: 'part', index, bytes, rows } satisfies ExportWorkerMessage, [bytes.buffer as ArrayBuffer]);
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
    port.removeAllListeners('message');
  }
}

/**
 * The text as UTF-8 in a buffer the main thread gave back, when one is large enough (UTF-8 takes at
 * most three bytes per UTF-16 unit), else in a new one with room to spare for later parts.
 */
function encodeReusing(encoder: TextEncoder, text: string, spare: ArrayBuffer[]): Uint8Array {
  const needed = text.length * 3;
  const reusable = spare.findIndex((buffer) => buffer.byteLength >= needed);
  const buffer = reusable >= 0 ? spare.splice(reusable, 1)[0]! : new ArrayBuffer(Math.ceil(needed * 1.25));
  const { written } = encoder.encodeInto(text, new Uint8Array(buffer));
  return new Uint8Array(buffer, 0, written);
}
