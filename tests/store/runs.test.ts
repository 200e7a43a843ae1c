import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chainHash, runRecordsHash } from '../../pipeline/audit/hash.ts';
import { openDatabase, type DB } from '../../pipeline/store/db.ts';
import { isRunAlive, processStartOf, sealRun, startRun } from '../../pipeline/store/runs.ts';

let dir: string;
let db: DB;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dt-runs-'));
  db = openDatabase(path.join(dir, 'd.sqlite'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has exited: a real, finished child. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function addRecordRow(runId: number, id: string, contentHash: string): void {
  const docId = Number(
    db.prepare(`INSERT INTO documents (sha256, path, name, format, bytes, pages, chars, meta_json, imported_at, run_id)
      VALUES (?, ?, 'n', 'txt', 1, 1, 1, '{}', 'now', ?)`).run(id.padEnd(64, '0'), `/p/${id}`, runId).lastInsertRowid,
  );
  db.prepare(`INSERT INTO records (id, document_id, kind, text, procedural, page, start, "end", quote, content_hash, run_id)
    VALUES (?, ?, 'decision', 't', 0, 1, 0, 1, 't', ?, ?)`).run(id, docId, contentHash, runId);
}

describe('sealing runs into the hash chain', () => {
  it('chains each sealed run onto the one before, in sealing order', () => {
    const a = startRun(db, ['a']).runId;
    addRecordRow(a, 'r1', 'h1');
    addRecordRow(a, 'r2', 'h2');
    const sealedA = sealRun(db, a, 'finished', { new: 2 }, { ok: true })!;
    expect(sealedA).toMatchObject({ sealedSeq: 1, records: 2, recordsHash: runRecordsHash(['h2', 'h1']), chainHash: chainHash(null, runRecordsHash(['h1', 'h2'])) });
    const b = startRun(db, ['b']).runId;
    const sealedB = sealRun(db, b, 'finished', null, null)!;
    expect(sealedB.sealedSeq).toBe(2);
    expect(sealedB.chainHash).toBe(chainHash(sealedA.chainHash, runRecordsHash([])));
    // Sealing twice does nothing the second time.
    expect(sealRun(db, b, 'finished', null, null)).toBeNull();
    const row = db.prepare('SELECT status, counts_json, chain_hash FROM import_runs WHERE id = ?').get(a) as Record<string, string>;
    expect(row).toEqual({ status: 'finished', counts_json: '{"new":2}', chain_hash: sealedA.chainHash });
  });

  it('seals a crashed run (its process gone) as interrupted when the next import starts', () => {
    const crashed = Number(db.prepare(`INSERT INTO import_runs (started_at, status, pid, host) VALUES ('t', 'running', ?, ?)`).run(deadPid(), os.hostname()).lastInsertRowid);
    addRecordRow(crashed, 'r1', 'h1');
    const { runId, interrupted } = startRun(db, ['next']);
    expect(interrupted.map((r) => r.id)).toEqual([crashed]);
    const row = db.prepare('SELECT status, sealed_seq, records_hash FROM import_runs WHERE id = ?').get(crashed);
    expect(row).toEqual({ status: 'interrupted', sealed_seq: 1, records_hash: runRecordsHash(['h1']) });
    expect(db.prepare('SELECT status FROM import_runs WHERE id = ?').pluck().get(runId)).toBe('running');
  });

  it('leaves a live run alone, and treats a reused pid or another host as not alive', () => {
    const me = { pid: process.pid, host: os.hostname(), process_start: processStartOf(process.pid) };
    expect(isRunAlive(me)).toBe(true);
    expect(isRunAlive({ ...me, host: `not-${os.hostname()}` })).toBe(false);
    if (me.process_start !== null) expect(isRunAlive({ ...me, process_start: '1' })).toBe(false);
    expect(isRunAlive({ ...me, pid: deadPid() })).toBe(false);
    db.prepare(`INSERT INTO import_runs (started_at, status, pid, host, process_start) VALUES ('t', 'running', ?, ?, ?)`).run(me.pid, me.host, me.process_start);
    expect(startRun(db, []).interrupted).toEqual([]);
  });
});
