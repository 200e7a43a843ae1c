import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ParsePool, WORKER_ERROR } from '../../pipeline/import/pool.ts';
import { describeSource } from '../../pipeline/source.ts';
import { REPO } from './helpers.ts';

const PDF = path.join(REPO, 'fixtures', 'seeds', '001_3ebf38f88b4eea50.pdf');

/**
 * A pool worker's heap is kept lean (its old generation capped), and a file it runs out of memory on
 * is read again by one roomy worker. Here the lean heap is made far too small for pdf.js, so that
 * every PDF runs out of memory in the pool.
 */
let pool: ParsePool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

function pdf(): { source: ReturnType<typeof describeSource>; bytes: Uint8Array } {
  const bytes = readFileSync(PDF);
  return { source: describeSource(PDF, bytes, 'pdf'), bytes };
}

describe('the parse pool', () => {
  it('reads a file again in a roomy worker when a pool worker runs out of memory on it', async () => {
    pool = new ParsePool({ jobs: 1, fileTimeoutMs: 60_000, workerHeapMb: 4, roomyHeapMb: 512 });
    const { source, bytes } = pdf();
    let readAgain = 0;
    const outcome = await pool.parse(source, bytes, async () => {
      readAgain++;
      return readFileSync(PDF);
    });
    expect(readAgain).toBe(1);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.doc.records.length).toBeGreaterThan(0);
  });

  it('fails the file with its reason when it cannot be read again', async () => {
    pool = new ParsePool({ jobs: 1, fileTimeoutMs: 60_000, workerHeapMb: 4, roomyHeapMb: 512 });
    const { source, bytes } = pdf();
    expect(await pool.parse(source, bytes)).toEqual({ ok: false, code: WORKER_ERROR, reason: 'the reader ran out of memory on this file' });
  });
});
