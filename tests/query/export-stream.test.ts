import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRecords } from '../../pipeline/query/export.ts';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';

const ROWS = 200_000;
/** Far below the export's total size (tens of MB): a bound that only holds if the export waits for 'drain'. */
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb([{ name: 'big', body: 'Cabinet', date: '2025-01-01', records: [] }]);
  // 200k generated records in one statement; the FTS triggers index them as they go in.
  fixture.db.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS})
    INSERT INTO records (id, document_id, kind, label, text, body, date, procedural, page, start, "end", quote, content_hash)
    SELECT printf('rec%07d', i), 1, 'decision', printf('%d.', i),
           printf('Record %d: the committee agreed item %d, with "quotes", commas, and a line%sbreak.', i, i, char(10)),
           'Cabinet', '2025-01-01', 0, 1, i * 100, i * 100 + 50,
           printf('Record %d: the committee agreed item %d, with "quotes", commas, and a line%sbreak.', i, i, char(10)),
           printf('%064d', i)
      FROM n`);
});
afterAll(() => fixture.cleanup());

/**
 * A slow consumer: a small buffer and a write that completes only on the next turn of the event loop.
 * It records the most bytes ever waiting in its buffer and counts every line it receives.
 */
class SlowCounter extends Writable {
  maxBuffered = 0;
  bytes = 0;
  lines = 0;
  firstLine = '';
  lastLine = '';
  private tail = '';
  constructor() {
    super({ highWaterMark: 64 * 1024 });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.bytes += chunk.length;
    const text = this.tail + chunk.toString('utf8');
    const parts = text.split('\n');
    this.tail = parts.pop()!;
    for (const line of parts) {
      if (this.lines === 0) this.firstLine = line;
      this.lastLine = line;
      this.lines++;
    }
    setImmediate(done);
  }
}

describe('export streams a large table with bounded buffering', () => {
  it(`writes all ${ROWS} records as jsonl while never letting more than ${MAX_BUFFERED_BYTES} bytes queue up`, async () => {
    const out = new SlowCounter();
    const summary = await exportRecords(fixture.db, out, { format: 'jsonl' });
    expect(summary.rows).toBe(ROWS);
    expect(out.lines).toBe(ROWS);
    expect(JSON.parse(out.firstLine)).toMatchObject({ id: 'rec0000001', doc: 'big', label: '1.' });
    expect(JSON.parse(out.lastLine)).toMatchObject({ id: `rec${String(ROWS).padStart(7, '0')}`, text: expect.stringContaining('line\nbreak') });
    expect(out.bytes).toBeGreaterThan(20 * MAX_BUFFERED_BYTES);
    expect(out.maxBuffered).toBeLessThan(MAX_BUFFERED_BYTES);
  });

  it('writes the same records as CSV with the same bound', async () => {
    const out = new SlowCounter();
    const summary = await exportRecords(fixture.db, out, { format: 'csv' });
    expect(summary.rows).toBe(ROWS);
    // Each record holds one line break inside its quoted text and quote fields, so 1 + 3 lines a record.
    expect(out.lines).toBe(1 + ROWS * 3);
    expect(out.maxBuffered).toBeLessThan(MAX_BUFFERED_BYTES);
  });
});
