import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recordContentHash } from '../../pipeline/audit/hash.ts';
import { openForAudit } from '../../pipeline/audit/open.ts';
import { verifyStore, type VerifyOptions, type VerifyReport } from '../../pipeline/audit/verify-store.ts';
import { importedWorkspace, runCli, sqlite, type Workspace } from './workspace.ts';

const CABINET = 'cabinet-2025-03-12.txt';
const PLANNING = 'planning-2025-04-02.txt';
const SCRUTINY = 'scrutiny-2025-05-20.txt';

let ws: Workspace;

async function verify(options: VerifyOptions = {}): Promise<VerifyReport> {
  const db = openForAudit(ws.db);
  try {
    return await verifyStore(db, ws.db, options);
  } finally {
    db.close();
  }
}

function kinds(report: VerifyReport): string[] {
  return report.discrepancies.map((d) => d.kind).sort();
}

/** One record of a fixture, by its label: an id and its fields as stored. */
function recordOf(file: string, label: string): { id: string; text: string; run_id: number } {
  const out = sqlite(ws.db, `SELECT r.id, r.text, r.run_id FROM records r JOIN documents d ON d.id = r.document_id
    WHERE d.path = '${path.join(ws.docs, file)}' AND r.label = '${label}' AND r.kind != 'action' ORDER BY r.start LIMIT 1;`, ['-json']);
  const rows = JSON.parse(out || '[]') as { id: string; text: string; run_id: number }[];
  if (!rows[0]) throw new Error(`no record ${label} in ${file}: is extraction giving records?`);
  return rows[0];
}

beforeAll(async () => {
  // Run 1 imports the cabinet and planning minutes, run 2 the scrutiny minutes: a chain of two links.
  ws = await importedWorkspace([CABINET, PLANNING]);
});
afterAll(() => ws?.cleanup());
beforeEach(() => ws.restore());

describe('verify on an untouched store', () => {
  it('finds no discrepancy (no false alarms) and counts documents, records and runs', async () => {
    const report = await verify();
    expect(report.discrepancies).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.counts.documents).toBe(3);
    expect(report.counts.runs).toBe(2);
    expect(report.counts.records).toBeGreaterThanOrEqual(6);
    expect(report.documents.map((d) => d.status)).toEqual(['intact', 'intact', 'intact']);
    expect(report.chain_head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exits 0 with a one-line verdict from the command line, and reports JSON with --json', async () => {
    const text = await runCli(['verify', '--db', ws.db]);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(/^verified: 3 documents, \d+ records, 2 runs: no discrepancies$/);
    const json = await runCli(['verify', '--db', ws.db, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, counts: { documents: 3, runs: 2, discrepancies: 0 } });
  });
});

describe('verify catches tampering with the sources', () => {
  it('a byte changed in a source file: the file is named as changed', async () => {
    const file = path.join(ws.docs, PLANNING);
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('14 dwellings')] = 0x35; // "14 dwellings" becomes "54 dwellings"
    writeFileSync(file, bytes);
    const report = await verify();
    expect(kinds(report)).toEqual(['file-changed']);
    expect(report.discrepancies[0]!.file).toBe(file);
    expect(report.documents.find((d) => d.name === 'planning-2025-04-02')!.status).toBe('changed');
  });

  it('a source file deleted: the file is named as missing, and the command exits 1', async () => {
    const file = path.join(ws.docs, SCRUTINY);
    rmSync(file);
    const report = await verify();
    expect(kinds(report)).toEqual(['file-missing']);
    expect(report.discrepancies[0]!.file).toBe(file);
    const cli = await runCli(['verify', '--db', ws.db]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`${file}: missing`);
    expect(cli.stdout.trimEnd().split('\n').at(-1)).toMatch(/^FAILED: 1 discrepancy \(/);
  });

  it('a moved file is found by content with --search-dir and counts as intact', async () => {
    const elsewhere = path.join(ws.root, 'archive', '2025');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(path.join(ws.root, 'archive', 'unrelated.txt'), 'not a council document\n');
    renameSync(path.join(ws.docs, CABINET), path.join(elsewhere, 'renamed.txt'));
    expect(kinds(await verify())).toEqual(['file-missing']);
    const report = await verify({ searchDir: path.join(ws.root, 'archive') });
    expect(report.discrepancies).toEqual([]);
    const cabinet = report.documents.find((d) => d.name === 'cabinet-2025-03-12')!;
    expect(cabinet.status).toBe('moved');
    expect(cabinet.found_at).toBe(path.join(elsewhere, 'renamed.txt'));
    const cli = await runCli(['verify', '--db', ws.db, '--search-dir', path.join(ws.root, 'archive')]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain(`moved: found at ${path.join(elsewhere, 'renamed.txt')}`);
  });
});

describe('verify catches tampering with the database (through the sqlite3 shell)', () => {
  it("a record's text edited: names the record and the field that changed", async () => {
    const target = recordOf(CABINET, '(a)');
    sqlite(ws.db, `UPDATE records SET text = replace(text, '£2.4 million', '£24 million') WHERE id = '${target.id}';`);
    const report = await verify();
    expect(kinds(report)).toEqual(['content-hash-mismatch']);
    expect(report.discrepancies[0]).toMatchObject({ record_id: target.id, fields: ['text'] });
    expect(report.discrepancies[0]!.message).toContain('£24 million');
  });

  it('a record deleted: names its run, and the record since the source reproduces the seal', async () => {
    const target = recordOf(CABINET, '(a)');
    sqlite(ws.db, `DELETE FROM records WHERE id = '${target.id}';`);
    const report = await verify();
    expect(kinds(report)).toEqual(['record-removed', 'run-records-hash-mismatch']);
    const run = report.discrepancies.find((d) => d.kind === 'run-records-hash-mismatch')!;
    expect(run.run_id).toBe(target.run_id);
    expect(run.message).toMatch(/sealed with (\d+) records .* it now has (\d+)/);
    const [, sealed, now] = /sealed with (\d+) records .* it now has (\d+)/.exec(run.message)!;
    expect(Number(now)).toBe(Number(sealed) - 1);
    expect(report.discrepancies.find((d) => d.kind === 'record-removed')!.record_id).toBe(target.id);
  });

  it('a record inserted by hand into a sealed run, with a well-formed content hash: named', async () => {
    const doc = sqlite(ws.db, `SELECT id || '|' || sha256 FROM documents WHERE path = '${path.join(ws.docs, SCRUTINY)}';`).trim();
    const [docId, sha256] = doc.split('|') as [string, string];
    const runId = sqlite(ws.db, `SELECT run_id FROM documents WHERE id = ${docId};`).trim();
    const fields = { kind: 'resolution', label: '(c)', text: 'the Chair receive an honorarium of £5,000', body: null, date: null, status: null, key_decision: null, call_in: null, procedural: false, actor: null, due: null, parent: null, sha256, page: 1, start: 10, end: 20 };
    const hash = recordContentHash(fields);
    sqlite(ws.db, `INSERT INTO records (id, document_id, kind, label, text, procedural, page, start, "end", quote, content_hash, run_id)
      VALUES ('00c0ffee00c0ffee', ${docId}, 'resolution', '(c)', '${fields.text}', 0, 1, 10, 20, 'District C', '${hash}', ${runId});`);
    const report = await verify();
    const named = report.discrepancies.filter((d) => d.record_id === '00c0ffee00c0ffee').map((d) => d.kind).sort();
    expect(named).toEqual(['id-mismatch', 'record-not-reproduced']);
    expect(report.discrepancies.find((d) => d.kind === 'run-records-hash-mismatch')!.run_id).toBe(Number(runId));
  });

  it('records inserted with no run or an unknown run: named', async () => {
    const docId = sqlite(ws.db, `SELECT id FROM documents WHERE path = '${path.join(ws.docs, CABINET)}';`).trim();
    const insert = (id: string, run: string): string => `INSERT INTO records (id, document_id, kind, text, procedural, page, start, "end", quote, content_hash, run_id)
      VALUES ('${id}', ${docId}, 'decision', 'approve everything', 0, 1, 0, 9, 'Northvale', 'ff', ${run});`;
    sqlite(ws.db, insert('0000000000000001', 'NULL') + insert('0000000000000002', '99'));
    const report = await verify();
    const byRecord = (id: string): string[] => report.discrepancies.filter((d) => d.record_id === id).map((d) => d.kind).sort();
    expect(byRecord('0000000000000001')).toContain('record-without-run');
    expect(byRecord('0000000000000002')).toContain('record-unknown-run');
    expect(byRecord('0000000000000001')).toContain('content-hash-mismatch');
  });

  it("a run's chain hash edited: the chain breaks at that run, and only there", async () => {
    sqlite(ws.db, "UPDATE import_runs SET chain_hash = '0000' || substr(chain_hash, 5) WHERE sealed_seq = 1;");
    const report = await verify();
    expect(kinds(report)).toEqual(['chain-break']);
    expect(report.discrepancies[0]!.run_id).toBe(1);
    expect(report.discrepancies[0]!.message).toMatch(/^chain breaks at run 1 /);
  });

  it("a run's records hash rewritten to match a deleted record: the chain still catches it", async () => {
    const target = recordOf(SCRUTINY, '(a)');
    sqlite(ws.db, `DELETE FROM records WHERE id = '${target.id}';`);
    // Recompute run 2's records hash the way the sealer does, so that the run check alone would pass.
    const db = openForAudit(ws.db);
    const hashes = db.prepare<[number], string>('SELECT content_hash FROM records WHERE run_id = ?').pluck().all(target.run_id);
    db.close();
    const { runRecordsHash } = await import('../../pipeline/audit/hash.ts');
    sqlite(ws.db, `UPDATE import_runs SET records_hash = '${runRecordsHash(hashes)}' WHERE id = ${target.run_id};`);
    const report = await verify();
    expect(kinds(report)).toEqual(['chain-break']);
    expect(report.discrepancies[0]!.run_id).toBe(target.run_id);
  });
});

describe('verify scope and versions', () => {
  it('--doc limits the check to one document', async () => {
    rmSync(path.join(ws.docs, SCRUTINY));
    const report = await verify({ doc: path.join(ws.docs, CABINET) });
    expect(report.ok).toBe(true);
    expect(report.documents.map((d) => d.name)).toEqual(['cabinet-2025-03-12']);
    const unknown = await runCli(['verify', '--db', ws.db, '--doc', path.join(ws.docs, 'never-imported.txt')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('never-imported.txt');
  });

  it('an intact file whose reader now gives other text is told apart from an edited file', async () => {
    // What the import recorded of the text's length stands in for a reader that changed since import.
    sqlite(ws.db, `UPDATE documents SET chars = chars + 5 WHERE path = '${path.join(ws.docs, CABINET)}';`);
    const report = await verify();
    expect(report.ok).toBe(true);
    expect(report.notes.map((n) => n.message).join('\n')).toMatch(/cabinet-2025-03-12\.txt: content intact, but the txt reader now gives \d+ characters .* its \d+ quotes still match/);
  });

  it('usage errors exit 2: no database, an unknown option', async () => {
    const missing = await runCli(['verify', '--db', path.join(ws.root, 'nope.sqlite')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no database at');
    expect((await runCli(['verify', '--db', ws.db, '--frobnicate'])).code).toBe(2);
  });

  it('an old version whose file changed is expected; the current version must match', async () => {
    const file = path.join(ws.docs, SCRUTINY);
    appendFileSync(file, '\n8. Any Other Business\n\nRESOLVED that the next meeting be held on 17 June 2025.\n');
    const reimport = await runCli(['import', file, '--db', ws.db, '--jobs', '1', '--quiet']);
    expect(reimport.code).toBe(0);
    const report = await verify();
    expect(report.discrepancies).toEqual([]);
    expect(report.counts.superseded).toBe(1);
    expect(report.counts.runs).toBe(3);
    expect(report.documents.filter((d) => d.status === 'superseded')).toHaveLength(1);
  });
});
