import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainHash, recordContentHash, runRecordsHash } from '../../pipeline/audit/hash.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO, 'pipeline', 'cli', 'bin.mjs');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `decision-trail <args>` as a real child process. */
export function startCli(args: readonly string[], options: { cwd?: string; uid?: number; gid?: number } = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, uid: options.uid, gid: options.gid, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(args: readonly string[], options: { cwd?: string; uid?: number; gid?: number } = {}): Promise<CliResult> {
  return startCli(args, options).done;
}

export function tempDir(prefix = 'dt-import-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function readOnly(dbPath: string): Database.Database {
  return new Database(dbPath, { readonly: true, fileMustExist: true });
}

/** Committee minutes of our own, with "RESOLVED that" clauses, each file different. */
export function councilMinutes(n: number): string {
  const committees = ['Cabinet', 'Planning Committee', 'Licensing Committee', 'Audit and Governance Committee', 'Scrutiny Board'];
  const subjects = ['the parks maintenance contract', 'the library opening hours', 'the town centre parking review', 'the housing allocations policy', 'the leisure centre refurbishment'];
  const committee = committees[n % committees.length]!;
  const day = (n % 28) + 1;
  return [
    `${committee}`,
    `Minutes of the meeting held on ${day} March 2025 (item ${n})`,
    '',
    `${(n % 9) + 1}. ${subjects[n % subjects.length]!.replace(/^the /, '').replace(/^./, (c) => c.toUpperCase())}`,
    '',
    `The committee considered a report on ${subjects[n % subjects.length]} (reference 25/${String(n).padStart(5, '0')}).`,
    '',
    `RESOLVED that:`,
    `(a) ${subjects[(n + 1) % subjects.length]} be approved at a cost not exceeding £${(n % 50) + 1}0,000;`,
    `(b) the Director of Place be asked to report back by ${day} June 2025.`,
    '',
    `RESOLVED that the minutes of the previous meeting be signed as a correct record.`,
    '',
  ].join('\n');
}

export function writeMinutes(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `minutes-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, councilMinutes(i));
    files.push(file);
  }
  return files;
}

export interface StoreSnapshot {
  documents: { sha256: string; path: string; name: string; format: string; bytes: number; pages: number; chars: number; superseded: boolean }[];
  records: { id: string; content_hash: string }[];
  paths: { path: string; sha256: string }[];
}

/** What a store holds, independent of row ids and times, for comparing two databases. */
export function snapshot(dbPath: string): StoreSnapshot {
  const db = readOnly(dbPath);
  try {
    return {
      documents: (db.prepare('SELECT sha256, path, name, format, bytes, pages, chars, superseded_by IS NOT NULL AS superseded FROM documents ORDER BY sha256').all() as StoreSnapshot['documents'][number][]).map((d) => ({ ...d, superseded: Boolean(d.superseded) })),
      records: db.prepare('SELECT id, content_hash FROM records ORDER BY id').all() as StoreSnapshot['records'],
      paths: db.prepare('SELECT p.path, d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id ORDER BY p.path').all() as StoreSnapshot['paths'],
    };
  } finally {
    db.close();
  }
}

/**
 * Recomputes the hash chain the way `verify` will: every run sealed, every record in exactly one sealed run,
 * each run's records hash and chain hash as stored, each record's content hash from its own fields.
 */
export function checkChain(dbPath: string): { runs: number; records: number; problems: string[] } {
  const db = readOnly(dbPath);
  const problems: string[] = [];
  try {
    const runs = db.prepare('SELECT id, status, sealed_seq, records_hash, chain_hash FROM import_runs ORDER BY sealed_seq').all() as { id: number; status: string; sealed_seq: number | null; records_hash: string; chain_hash: string }[];
    let previous: string | null = null;
    runs.forEach((run, i) => {
      if (run.sealed_seq !== i + 1) problems.push(`run ${run.id} (${run.status}) has sealed_seq ${run.sealed_seq}, expected ${i + 1}`);
      const hashes = db.prepare('SELECT content_hash FROM records WHERE run_id = ?').pluck().all(run.id) as string[];
      if (runRecordsHash(hashes) !== run.records_hash) problems.push(`run ${run.id}: records hash differs`);
      if (chainHash(previous, run.records_hash) !== run.chain_hash) problems.push(`run ${run.id}: chain hash differs`);
      previous = run.chain_hash;
    });
    const orphans = db.prepare('SELECT count(*) FROM records WHERE run_id IS NULL OR run_id NOT IN (SELECT id FROM import_runs WHERE sealed_seq IS NOT NULL)').pluck().get() as number;
    if (orphans > 0) problems.push(`${orphans} records are in no sealed run`);
    const rows = db.prepare('SELECT r.*, d.sha256 FROM records r JOIN documents d ON d.id = r.document_id').all() as Record<string, unknown>[];
    for (const r of rows) {
      const fields = { ...r, key_decision: r.key_decision === null ? null : r.key_decision === 1, call_in: r.call_in === null ? null : r.call_in === 1, procedural: r.procedural === 1 } as unknown as Parameters<typeof recordContentHash>[0];
      if (recordContentHash(fields) !== r.content_hash) problems.push(`record ${String(r.id)}: content hash differs`);
    }
    return { runs: runs.length, records: rows.length, problems };
  } finally {
    db.close();
  }
}
