import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportedRecord } from '../../schemas/record.ts';
import { EXPORT_FIELDS, exportRecords, type ExportOptions } from '../../pipeline/query/export.ts';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';
import { CURRENT_RECORD_COUNT, SAMPLE_DOCUMENTS, TEXT } from './sample-records.ts';

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb(SAMPLE_DOCUMENTS);
});
afterAll(() => fixture.cleanup());

/** Collects everything written, as bytes, so BOM and encoding can be checked. */
class Collector extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

async function exportBytes(options: ExportOptions): Promise<Buffer> {
  const out = new Collector();
  await exportRecords(fixture.db, out, options);
  return out.bytes();
}

/** A strict RFC 4180 reader: CRLF between records, "" for a quote inside a quoted field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === '"') throw new Error(`stray quote at ${i}`);
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; continue; }
    if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    field += c; i++;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

describe('export jsonl: the contract', () => {
  it('writes one ExportedRecord a line with every contract field, current documents only', async () => {
    const lines = (await exportBytes({ format: 'jsonl' })).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(CURRENT_RECORD_COUNT);
    const records = lines.map((line) => ExportedRecord.parse(JSON.parse(line)));
    for (const line of lines) expect(Object.keys(JSON.parse(line))).toEqual([...EXPORT_FIELDS]);
    const action = records.find((r) => r.kind === 'action')!;
    expect(action).toMatchObject({
      doc: 'cabinet-2025-01-30', file: '/council/papers/cabinet-2025-01-30.pdf', label: null, body: 'Cabinet', date: '2025-01-30',
      key_decision: null, call_in: null, procedural: false, actor: 'The Director of Finance', due: '2025-03-31', parent: 'A)', page: 3,
      text: TEXT.action, quote: TEXT.action,
    });
    expect(action.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(action.end - action.start).toBe(action.quote.length);
    const overspend = records.find((r) => r.text === TEXT.overspend)!;
    expect(overspend).toMatchObject({ key_decision: true, call_in: true, status: 'Recommendations Approved', label: 'A)' });
    expect(records.find((r) => r.text === TEXT.minutes)!.procedural).toBe(true);
    expect(records.some((r) => r.text === TEXT.superseded)).toBe(false);
  });

  it('includes superseded versions with --all-versions', async () => {
    const lines = (await exportBytes({ format: 'jsonl', filters: { allVersions: true } })).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(CURRENT_RECORD_COUNT + 1);
    expect(lines.map((l) => JSON.parse(l).text)).toContain(TEXT.superseded);
  });

  it('applies the search filters and a query', async () => {
    const texts = async (options: ExportOptions) =>
      (await exportBytes(options)).toString('utf8').trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l).text).sort();
    expect(await texts({ format: 'jsonl', filters: { body: 'planning', kinds: ['decision'] } })).toEqual([TEXT.refused, TEXT.deferred].sort());
    expect(await texts({ format: 'jsonl', query: 'budget -school' })).toEqual([TEXT.transport]);
    expect(await texts({ format: 'jsonl', query: '-budget', filters: { docs: ['scrutiny-2023-11-02'] } })).toEqual([TEXT.cafe]);
    expect(await texts({ format: 'jsonl', filters: { docs: ['nothing'] } })).toEqual([]);
  });
});

describe('export json', () => {
  it('is one JSON array of the same records', async () => {
    const records = JSON.parse((await exportBytes({ format: 'json' })).toString('utf8')) as unknown[];
    expect(records).toHaveLength(CURRENT_RECORD_COUNT);
    for (const r of records) ExportedRecord.parse(r);
  });

  it('is an empty array when nothing matches', async () => {
    expect(JSON.parse((await exportBytes({ format: 'json', filters: { docs: ['nothing'] } })).toString('utf8'))).toEqual([]);
  });
});

describe('export csv', () => {
  it('is RFC 4180: header, CRLF, quoted commas, quotes and line breaks, UTF-8', async () => {
    const bytes = await exportBytes({ format: 'csv' });
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = bytes.toString('utf8');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...EXPORT_FIELDS]);
    expect(rows).toHaveLength(CURRENT_RECORD_COUNT + 1);
    const col = (name: string) => EXPORT_FIELDS.indexOf(name as (typeof EXPORT_FIELDS)[number]);
    const cafe = rows.find((r) => r[col('text')] === TEXT.cafe)!;
    expect(cafe).toBeDefined();
    expect(cafe[col('quote')]).toBe(TEXT.cafe);
    expect(cafe[col('call_in')]).toBe('false');
    expect(cafe[col('key_decision')]).toBe('');
    expect(cafe[col('body')]).toBe("Children's Services Scrutiny Committee");
    expect(rows.find((r) => r[col('text')] === TEXT.school)).toBeDefined();
    expect(rows.find((r) => r[col('text')] === TEXT.overspend)![col('label')]).toBe('A)');
    // The raw text shows the quoting itself: quotes doubled inside a quoted field, the line break kept.
    expect(text).toContain('"Café provision at Ysgol Gymraeg Llandaf: decided to retain,\nwith a ""review"" in 2026 — £5,000 allocated."');
    expect(bytes.includes(Buffer.from('Café provision', 'utf8'))).toBe(true);
  });

  it('starts with a UTF-8 byte order mark with --excel, and only then', async () => {
    const bytes = await exportBytes({ format: 'csv', excel: true });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(bytes.subarray(3).toString('utf8'))).toHaveLength(CURRENT_RECORD_COUNT + 1);
    await expect(exportBytes({ format: 'jsonl', excel: true })).rejects.toThrow(/CSV only/);
  });
});
