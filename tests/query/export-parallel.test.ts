import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRecords, type ExportOptions } from '../../pipeline/query/export.ts';
import { exportRecordsInParallel } from '../../pipeline/query/export-parallel.ts';
import { exportSnapshot } from '../../pipeline/query/export-snapshot.ts';
import { createFixtureDb, type FixtureDb, type FixtureDocument } from './fixture-db.ts';
import { SAMPLE_DOCUMENTS } from './sample-records.ts';

/** The sample documents many times over, with varied kinds, so that parts of a few rowids hold a mix. */
function manyDocuments(copies: number): FixtureDocument[] {
  const out: FixtureDocument[] = [];
  for (let i = 0; i < copies; i++) {
    for (const doc of SAMPLE_DOCUMENTS) {
      out.push({
        ...doc,
        name: `${doc.name}-${i}`,
        supersededBy: doc.supersededBy === undefined ? undefined : `${doc.supersededBy}-${i}`,
        records: doc.records.map((r, j) => ({ ...r, text: `${r.text} (copy ${i}, clause ${j}, "quoted", a, b)` })),
      });
    }
  }
  return out;
}

class Collector extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb(manyDocuments(12));
});
afterAll(() => fixture.cleanup());

async function single(options: ExportOptions): Promise<string> {
  const out = new Collector();
  await exportRecords(fixture.db, out, options);
  return out.text();
}

async function parallel(options: ExportOptions, jobs: number, partRowids: number): Promise<{ text: string; jobs: number | undefined; rows: number }> {
  const out = new Collector();
  const summary = await exportRecordsInParallel(fixture.path, fixture.db, out, { ...options, jobs, minRowids: 1, partRowids });
  return { text: out.text(), jobs: summary.jobs, rows: summary.rows };
}

describe('parallel export: the same bytes as one thread', () => {
  const cases: [string, ExportOptions][] = [
    ['csv', { format: 'csv' }],
    ['csv for Excel', { format: 'csv', excel: true }],
    ['jsonl', { format: 'jsonl' }],
    ['json', { format: 'json' }],
    ['json with filters that empty whole parts', { format: 'json', filters: { kinds: ['action'] } }],
    ['csv of all versions', { format: 'csv', filters: { allVersions: true } }],
    // CSV parts are whole blobs from SQLite (csvPartReader): filters that empty parts, and one on an
    // indexed column, must keep every line, in rowid order.
    ['csv with filters that empty whole parts', { format: 'csv', filters: { kinds: ['action'] } }],
    ['csv filtered by kind and date', { format: 'csv', filters: { kinds: ['decision', 'resolution'], from: '2000-01-01' } }],
  ];
  for (const [name, options] of cases) {
    it(name, async () => {
      const expected = await single(options);
      // Parts of 3 and 7 rowids: many parts, some empty after filtering, workers taking turns.
      for (const [jobs, partRowids] of [[2, 3], [3, 7]] as const) {
        const result = await parallel(options, jobs, partRowids);
        expect(result.jobs).toBe(jobs);
        expect(result.text).toBe(expected);
      }
      if (options.format === 'json') expect(() => JSON.parse(expected)).not.toThrow();
    }, 60_000);
  }

  it('a filter that matches nothing still gives a well-formed empty export', async () => {
    const options: ExportOptions = { format: 'json', filters: { body: 'no body has this name' } };
    const result = await parallel(options, 2, 5);
    expect(result.text).toBe(await single(options));
    expect(JSON.parse(result.text)).toEqual([]);
    expect(result.rows).toBe(0);
  }, 60_000);

  it('an export by search query or document runs on one thread', async () => {
    const result = await parallel({ format: 'jsonl', query: 'copy' }, 2, 3);
    expect(result.jobs).toBe(1);
    expect(result.text).toBe(await single({ format: 'jsonl', query: 'copy' }));
  });
});

describe('export snapshot', () => {
  it('changes when records are added or a document is superseded, and not otherwise', () => {
    const fresh = createFixtureDb(manyDocuments(1));
    try {
      const before = exportSnapshot(fresh.db);
      expect(exportSnapshot(fresh.db)).toBe(before);
      const anyRecord = fresh.db.prepare('SELECT * FROM records LIMIT 1').get() as Record<string, unknown>;
      fresh.db.prepare(`INSERT INTO records (id, document_id, kind, text, procedural, page, start, "end", quote, content_hash)
                        VALUES ('extra', ?, 'decision', 'x', 0, 1, 0, 1, 'x', 'h')`).run(anyRecord.document_id);
      const added = exportSnapshot(fresh.db);
      expect(added).not.toBe(before);
      fresh.db.prepare('UPDATE documents SET superseded_by = id WHERE id = (SELECT max(id) FROM documents WHERE superseded_by IS NULL)').run();
      expect(exportSnapshot(fresh.db)).not.toBe(added);
    } finally {
      fresh.cleanup();
    }
  });
});
