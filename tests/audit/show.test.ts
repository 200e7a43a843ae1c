import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openForAudit } from '../../pipeline/audit/open.ts';
import { findRecord, recordView, type RecordView } from '../../pipeline/audit/record-view.ts';
import { formatRecordView } from '../../pipeline/audit/record-view-format.ts';
import { FIXTURES, importedWorkspace, runCli, sqlite, type Workspace } from './workspace.ts';

const CABINET = 'cabinet-2025-03-12.txt';
let ws: Workspace;

async function view(id: string, context = 300): Promise<RecordView> {
  const db = openForAudit(ws.db);
  try {
    const found = findRecord(db, id);
    if (!found.ok) throw new Error(found.reason);
    return await recordView(db, found.row, context);
  } finally {
    db.close();
  }
}

function idWhere(condition: string): string {
  const id = sqlite(ws.db, `SELECT r.id FROM records r JOIN documents d ON d.id = r.document_id WHERE ${condition} ORDER BY r.start LIMIT 1;`).trim();
  if (!id) throw new Error(`no record where ${condition}: is extraction giving records?`);
  return id;
}

const cabinetPath = (): string => path.join(ws.docs, CABINET);
const refurbishment = (): string => idWhere(`d.path = '${cabinetPath()}' AND r.kind = 'resolution' AND r.text LIKE '%Riverside Leisure Centre%'`);

beforeAll(async () => {
  ws = await importedWorkspace(readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')));
});
afterAll(() => ws?.cleanup());
beforeEach(() => ws.restore());

describe('show: finding the record', () => {
  it('accepts a full id or a unique prefix; refuses unknown and non-hex ids', () => {
    const id = refurbishment();
    const db = openForAudit(ws.db);
    try {
      expect(findRecord(db, id)).toMatchObject({ ok: true, row: { id } });
      expect(findRecord(db, id.slice(0, 7))).toMatchObject({ ok: true, row: { id } });
      expect(findRecord(db, id.toUpperCase())).toMatchObject({ ok: true, row: { id } });
      const unknown = findRecord(db, 'ffffffffffffffff' === id ? 'eeeeeeeeeeeeeeee' : 'ffffffffffffffff');
      expect(unknown.ok).toBe(false);
      expect(findRecord(db, "x' OR 1=1 --")).toMatchObject({ ok: false, reason: expect.stringContaining('not a record id') });
    } finally {
      db.close();
    }
  });

  it('an ambiguous prefix is refused, listing the records it could mean', () => {
    const copy = refurbishment();
    sqlite(ws.db, `INSERT INTO records (id, document_id, kind, text, procedural, page, start, "end", quote, content_hash)
      SELECT 'abc1' || substr(id, 5), document_id, kind, text, procedural, page, start, "end", quote, content_hash FROM records WHERE id = '${copy}';
      INSERT INTO records (id, document_id, kind, text, procedural, page, start, "end", quote, content_hash)
      SELECT 'abc2' || substr(id, 5), document_id, kind, text, procedural, page, start, "end", quote, content_hash FROM records WHERE id = '${copy}';`);
    const db = openForAudit(ws.db);
    try {
      const found = findRecord(db, 'abc');
      expect(found.ok).toBe(false);
      expect(!found.ok && found.reason).toMatch(/^abc is ambiguous: 2 records start with it:\n  abc1/);
    } finally {
      db.close();
    }
  });
});

describe('show: the record in its source', () => {
  it('gives fields, document provenance and the quote in N characters of re-read context', async () => {
    const v = await view(refurbishment(), 40);
    expect(v.record.kind).toBe('resolution');
    expect(v.record.content_hash_ok).toBe(true);
    expect(v.document.path).toBe(cabinetPath());
    expect(v.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(v.document.format).toBe('txt');
    expect(v.source.status).toBe('intact');
    expect(v.source.context!.quote).toBe(v.record.quote);
    expect(v.source.context!.before).toHaveLength(40);
    expect(v.source.context!.after).toHaveLength(40);
    const text = formatRecordView(v, 'plain');
    expect(text).toContain(`⟦${v.record.quote}⟧`);
    expect(text).toContain(`SHA-256:  ${v.document.sha256}`);
    expect(text).toContain('page:');
    const ansi = formatRecordView(v, 'ansi');
    expect(ansi).toContain(`\u001b[1;30;43m${v.record.quote}\u001b[0m`);
    expect(ansi).not.toContain('⟦');
  });

  it("an action shows its parent clause; the clause lists its actions", async () => {
    const action = idWhere(`d.path = '${cabinetPath()}' AND r.kind = 'action' AND r.parent IS NOT NULL`);
    const v = await view(action);
    expect(v.parent).not.toBeNull();
    expect(v.parent!.kind).not.toBe('action');
    expect(formatRecordView(v, 'plain')).toContain(`parent clause:\n  ${v.parent!.id}`);
    const clause = await view(v.parent!.id);
    expect(clause.actions.map((a) => a.id)).toContain(action);
  });

  it('a missing source file is said plainly and the stored quote shown', async () => {
    const id = refurbishment();
    rmSync(cabinetPath());
    const v = await view(id);
    expect(v.source).toMatchObject({ status: 'missing', context: null });
    const text = formatRecordView(v, 'plain');
    expect(text).toContain(`source file missing: ${cabinetPath()}`);
    expect(text).toContain(`stored quote:\n  ⟦${v.record.quote}⟧`);
  });

  it('a changed source file is said plainly and the stored quote shown', async () => {
    const id = refurbishment();
    writeFileSync(cabinetPath(), 'Northvale District Council\n\nThis file was rewritten.\n');
    const v = await view(id);
    expect(v.source.status).toBe('changed');
    expect(formatRecordView(v, 'plain')).toContain('source file changed since import');
  });
});

describe('show from the command line', () => {
  it('prints plain markers when not on a terminal, JSON with --json, and exits 1 on an unknown id', async () => {
    const id = refurbishment();
    const plain = await runCli(['show', id.slice(0, 8), '--db', ws.db, '--context', '20']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain(`record ${id}: resolution`);
    expect(plain.stdout).toMatch(/⟦the refurbishment of the Riverside Leisure Centre/);
    const json = await runCli(['show', id, '--db', ws.db, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ record: { id, kind: 'resolution' }, document: { path: cabinetPath() }, source: { status: 'intact' } });
    const unknown = await runCli(['show', 'abcdef0123456789', '--db', ws.db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no record with id abcdef0123456789');
  });
});
