import { TextEncoder } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MessagePort } from 'node:worker_threads';
import { csvPartReader, exportPartTexts, type ExportOptions, type RowidRange } from './export.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { openForReading } from './open.ts';
import type { DB } from '../store/db.ts';

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
    const readPart = partReader(db, data.options);
    for (let i = 0; i < data.parts.length; i++) {
      while (i - written >= data.window) await new Promise<void>((resolve) => (wake = resolve));
      const [index, lo, hi] = data.parts[i]!;
      const range: RowidRange = [lo, hi];
      const { bytes, rows } = readPart(range, spare.pop() ?? null);
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

/** Reads one part of the export as UTF-8 into a buffer the main thread gave back (or a new one). */
type PartReader = (range: RowidRange, reuse: ArrayBuffer | null) => { bytes: Uint8Array; rows: number };

/**
 * How this worker reads its parts: CSV as SQLite's finished text, one blob a part (csvPartReader);
 * the other formats a record at a time, encoded here.
 */
function partReader(db: DB, options: ExportOptions): PartReader {
  if (options.format !== 'csv') {
    const encoder = new TextEncoder();
    return (range, reuse) => encodePart(exportPartTexts(db, options, range), encoder, reuse);
  }
  const read = csvPartReader(db, options);
  const collectYoung = youngGenerationCollector();
  return (range, reuse) => {
    const part = read(range);
    const size = part.bytes?.byteLength ?? 0;
    const buffer = reuse !== null && reuse.byteLength >= size ? reuse : new ArrayBuffer(Math.max(size, 1 << 20));
    const bytes = new Uint8Array(buffer, 0, size);
    if (part.bytes !== null) bytes.set(part.bytes);
    collectYoung();
    return { bytes, rows: part.rows };
  };
}

/**
 * A young-generation (minor) garbage collection, run after each CSV part. The part's blob is a Buffer
 * whose megabyte lives outside the JavaScript heap, and V8 frees it only when it collects the small
 * object that holds it; a worker that allocates almost nothing else collects rarely, so dead blobs
 * piled up to V8's external-memory threshold (measured: peak RSS 255-285 MB against 190 MB with this
 * collection after each part, which costs well under a millisecond). V8 exposes `gc` only under
 * --expose-gc, which a worker cannot be started with (V8 flags are the process's); set at run time,
 * the flag gives a new context its `gc`, which collects this worker's heap.
 */
function youngGenerationCollector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;
  return () => gc({ type: 'minor' });
}

/** Records encoded at a time: their joined text is small enough to die young in the garbage collector. */
const ENCODE_BATCH = 64;

/**
 * A part's records as UTF-8, in a buffer the main thread gave back when there is one (grown when
 * needed). Encoded a few dozen records at a time rather than as one string for the whole part: a
 * part's worth of strings would outlive several young-generation collections and be copied by each,
 * which measured as doubling an export's CPU time in capped worker heaps.
 */
function encodePart(texts: Iterable<string>, encoder: TextEncoder, reuse: ArrayBuffer | null): { bytes: Uint8Array; rows: number } {
  let buffer = reuse ?? new ArrayBuffer(1 << 20);
  let length = 0;
  let rows = 0;
  let batch: string[] = [];
  const flush = (): void => {
    const piece = batch.join('');
    batch = [];
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (length + piece.length * 3 > buffer.byteLength) {
      const grown = new ArrayBuffer(Math.max(buffer.byteLength * 2, length + piece.length * 3));
      new Uint8Array(grown).set(new Uint8Array(buffer, 0, length));
      buffer = grown;
    }
    length += encoder.encodeInto(piece, new Uint8Array(buffer, length)).written;
  };
  for (const text of texts) {
    batch.push(text);
    rows++;
    if (batch.length === ENCODE_BATCH) flush();
  }
  flush();
  return { bytes: new Uint8Array(buffer, 0, length), rows };
}
