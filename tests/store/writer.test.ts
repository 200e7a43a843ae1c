import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Source } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import type { ExtractedRecord } from '../../schemas/record.ts';
import { recordContentHash, recordId } from '../../pipeline/audit/hash.ts';
import { sha256Hex } from '../../pipeline/process.ts';
import { openDatabase, type DB } from '../../pipeline/store/db.ts';
import { startRun } from '../../pipeline/store/runs.ts';
import { DocumentWriter, type StorableDocument } from '../../pipeline/store/writer.ts';

let dir: string;
let db: DB;
let writer: DocumentWriter;
let runId: number;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dt-writer-'));
  db = openDatabase(path.join(dir, 'd.sqlite'));
  writer = new DocumentWriter(db);
  runId = startRun(db, ['test']).runId;
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const META: DocumentMeta = {
  title: 'Cabinet minutes', body: 'Cabinet', date: '2025-03-12', meeting_date: '2025-03-12', decision_date: null,
  publication_date: null, effective_from: null, status: null, key_decision: true, call_in: null, references: [], doc_type: 'minutes',
};

/** A document whose text holds one resolution "(a)" and one action belonging to it. */
function councilDocument(filePath: string, extra = ''): { doc: StorableDocument; text: string } {
  const text = `Cabinet 12 March 2025\n\nRESOLVED that:\n(a) the budget be approved;\nThe Director of Finance to report back by June.${extra}\n`;
  const bytes = new TextEncoder().encode(text);
  const source: Source = { path: filePath, name: path.basename(filePath, path.extname(filePath)), bytes: bytes.length, sha256: sha256Hex(bytes), format: 'txt' };
  const span = (quote: string): { start: number; end: number; quote: string } => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length, quote };
  };
  const common = { body: 'Cabinet', date: '2025-03-12', status: null, key_decision: true, call_in: null, procedural: false, page: 1 };
  const resolution: ExtractedRecord = { kind: 'resolution', label: '(a)', text: 'the budget be approved', actor: null, due: null, parent: null, ...common, ...span('the budget be approved;') };
  const action: ExtractedRecord = {
    kind: 'action', label: null, text: 'The Director of Finance to report back by June.', actor: 'The Director of Finance', due: 'June', parent: '(a)',
    ...common, ...span('The Director of Finance to report back by June.'),
  };
  return { text, doc: { source, pages: 1, chars: text.length, meta: META, records: [resolution, action], rejected: [], warnings: [] } };
}

const seen = (p: string, size = 100) => ({ path: p, size, mtimeMs: 1 });

describe('DocumentWriter.store', () => {
  it('stores the document, its path and its records with stable ids, content hashes and parent ids', () => {
    const { doc, text } = councilDocument('/docs/cabinet.txt');
    const outcome = writer.store(seen('/docs/cabinet.txt'), doc, runId);
    expect(outcome).toMatchObject({ status: 'new', records: 2, sameAs: null, rejected: [] });
    const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(outcome.documentId) as Record<string, unknown>;
    expect(row).toMatchObject({ sha256: doc.source.sha256, path: '/docs/cabinet.txt', name: 'cabinet', format: 'txt', pages: 1, chars: text.length, title: 'Cabinet minutes', body: 'Cabinet', date: '2025-03-12', doc_type: 'minutes', run_id: runId, superseded_by: null });
    expect(JSON.parse(row.meta_json as string)).toEqual(META);
    const records = db.prepare('SELECT * FROM records ORDER BY start').all() as Record<string, unknown>[];
    const [resolution, action] = doc.records;
    expect(records.map((r) => r.id)).toEqual([
      recordId(doc.source.sha256, 'resolution', resolution!.start, resolution!.end),
      recordId(doc.source.sha256, 'action', action!.start, action!.end),
    ]);
    expect(records[0]!.content_hash).toBe(recordContentHash({ ...resolution!, sha256: doc.source.sha256 }));
    expect(records[1]!.content_hash).toBe(recordContentHash({ ...action!, sha256: doc.source.sha256 }));
    expect(records[1]!.parent_id).toBe(records[0]!.id);
    expect(records[0]!.key_decision).toBe(1);
    expect(records.every((r) => text.slice(r.start as number, r.end as number) === r.quote)).toBe(true);
    // The full-text index follows the records table.
    expect(db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'budget'").pluck().get()).toBe(1);
  });

  it('says unchanged for the same content at the same path, and stores nothing more', () => {
    const { doc } = councilDocument('/docs/cabinet.txt');
    writer.store(seen('/docs/cabinet.txt'), doc, runId);
    expect(writer.known('/docs/cabinet.txt', doc.source.sha256)?.status).toBe('unchanged');
    expect(writer.store(seen('/docs/cabinet.txt'), doc, runId).status).toBe('unchanged');
    expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(2);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  });

  it('records the same content at a second path as a duplicate of the first', () => {
    const { doc } = councilDocument('/docs/cabinet.txt');
    const first = writer.store(seen('/docs/cabinet.txt'), doc, runId);
    expect(writer.known('/copies/cabinet copy.txt', doc.source.sha256)).toEqual({ status: 'known', sameAs: '/docs/cabinet.txt' });
    const second = writer.recordKnownContent(seen('/copies/cabinet copy.txt'), doc.source.sha256);
    expect(second).toMatchObject({ status: 'duplicate', documentId: first.documentId, sameAs: '/docs/cabinet.txt', records: 0 });
    expect(db.prepare('SELECT path FROM document_paths WHERE document_id = ? ORDER BY path').pluck().all(first.documentId)).toEqual(['/copies/cabinet copy.txt', '/docs/cabinet.txt']);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(1);
  });

  it('stores a changed file as a new version and keeps the old one, marked superseded', () => {
    const v1 = councilDocument('/docs/cabinet.txt').doc;
    const v2 = councilDocument('/docs/cabinet.txt', '\nAmended.').doc;
    const first = writer.store(seen('/docs/cabinet.txt'), v1, runId);
    const second = writer.store(seen('/docs/cabinet.txt'), v2, runId);
    expect(second.status).toBe('updated');
    const old = db.prepare('SELECT superseded_by, superseded_at FROM documents WHERE id = ?').get(first.documentId) as { superseded_by: number; superseded_at: string };
    expect(old.superseded_by).toBe(second.documentId);
    expect(old.superseded_at).toMatch(/^\d{4}-/);
    expect(db.prepare('SELECT count(*) FROM records WHERE document_id = ?').pluck().get(first.documentId)).toBe(2);
    expect(db.prepare('SELECT document_id FROM document_paths WHERE path = ?').pluck().get('/docs/cabinet.txt')).toBe(second.documentId);
  });

  it('does not mark a version superseded while another path still holds it', () => {
    const v1 = councilDocument('/docs/cabinet.txt').doc;
    const first = writer.store(seen('/docs/cabinet.txt'), v1, runId);
    writer.recordKnownContent(seen('/archive/cabinet.txt'), v1.source.sha256);
    writer.store(seen('/docs/cabinet.txt'), councilDocument('/docs/cabinet.txt', '\nAmended.').doc, runId);
    expect(db.prepare('SELECT superseded_by FROM documents WHERE id = ?').pluck().get(first.documentId)).toBeNull();
  });

  it('makes an old version current again when a file is reverted to it', () => {
    const v1 = councilDocument('/docs/cabinet.txt').doc;
    const first = writer.store(seen('/docs/cabinet.txt'), v1, runId);
    const second = writer.store(seen('/docs/cabinet.txt'), councilDocument('/docs/cabinet.txt', '\nAmended.').doc, runId);
    const reverted = writer.recordKnownContent(seen('/docs/cabinet.txt'), v1.source.sha256);
    expect(reverted).toMatchObject({ status: 'updated', documentId: first.documentId });
    const state = db.prepare('SELECT id, superseded_by FROM documents ORDER BY id').all();
    expect(state).toEqual([{ id: first.documentId, superseded_by: null }, { id: second.documentId, superseded_by: first.documentId }]);
  });

  it('rejects a second record with the same kind and span instead of failing the file', () => {
    const { doc } = councilDocument('/docs/cabinet.txt');
    doc.records.push({ ...doc.records[0]! });
    const outcome = writer.store(seen('/docs/cabinet.txt'), doc, runId);
    expect(outcome.records).toBe(2);
    expect(outcome.rejected).toHaveLength(1);
    expect(outcome.rejected[0]!.reason).toMatch(/same span/);
  });

  it('writes nothing of a file whose records break a constraint (one transaction per file)', () => {
    const { doc } = councilDocument('/docs/cabinet.txt');
    // An invalid kind passes TypeScript here only through a cast; the CHECK constraint refuses it.
    doc.records[1] = { ...doc.records[1]!, kind: 'verdict' as ExtractedRecord['kind'] };
    expect(() => writer.store(seen('/docs/cabinet.txt'), doc, runId)).toThrow(/CHECK constraint/);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM records').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM document_paths').pluck().get()).toBe(0);
  });
});
