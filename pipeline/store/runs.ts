import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chainHash, runRecordsHash } from '../audit/hash.ts';
import type { DB } from './db.ts';

/**
 * How a run ended:
 * - finished: every file was dealt with (stored, unchanged, skipped, or failed with its reason);
 * - failed: the run itself stopped on an error of its own (e.g. the database) before dealing with every file;
 * - interrupted: the process died (killed, crashed) and the next import sealed the run for it.
 * A run is sealed into the hash chain whatever its end, so the chain covers every stored record.
 */
export type RunStatus = 'finished' | 'failed' | 'interrupted';

export interface RunRow {
  id: number;
  started_at: string;
  status: string;
  pid: number | null;
  host: string | null;
  process_start: string | null;
  sealed_seq: number | null;
  records_hash: string | null;
  chain_hash: string | null;
}

export interface SealedRun {
  id: number;
  status: RunStatus;
  sealedSeq: number;
  records: number;
  recordsHash: string;
  chainHash: string;
}

/** Seals every crashed run first, then opens a new one for this process and returns its id. */
export function startRun(db: DB, args: readonly string[]): { runId: number; interrupted: SealedRun[] } {
  const interrupted = sealInterruptedRuns(db);
  const info = db
    .prepare(`INSERT INTO import_runs (started_at, args_json, status, pid, host, process_start) VALUES (?, ?, 'running', ?, ?, ?)`)
    .run(new Date().toISOString(), JSON.stringify(args), process.pid, os.hostname(), processStartOf(process.pid));
  return { runId: Number(info.lastInsertRowid), interrupted };
}

/**
 * Seals runs left 'running' by a process that is gone, as 'interrupted'. Their records were committed
 * file by file, so they are real; sealing puts them into the chain before anything newer is added.
 */
export function sealInterruptedRuns(db: DB): SealedRun[] {
  const running = db.prepare<[], RunRow>(`SELECT * FROM import_runs WHERE status = 'running' ORDER BY id`).all();
  const sealed: SealedRun[] = [];
  for (const run of running) {
    if (isRunAlive(run)) continue;
    const counts = db
      .prepare<[number], { documents: number }>('SELECT count(*) AS documents FROM documents WHERE run_id = ?')
      .get(run.id);
    const report = { note: 'the importing process ended before finishing; sealed by the next import', documents_stored: counts?.documents ?? 0 };
    const result = sealRun(db, run.id, 'interrupted', null, report);
    if (result) sealed.push(result);
  }
  return sealed;
}

/**
 * Seals a run into the hash chain: hashes the content hashes of the records it wrote, chains that onto
 * the latest sealed run's chain hash and takes the next sealed_seq, all in one IMMEDIATE transaction so
 * that no other import can seal in between. Returns null when the run was sealed already (by another import).
 */
export function sealRun(db: DB, runId: number, status: RunStatus, counts: object | null, report: object | null): SealedRun | null {
  for (let attempt = 1; ; attempt++) {
    try {
      return db.transaction(() => sealInTransaction(db, runId, status, counts, report)).immediate();
    } catch (error) {
      // sealed_seq is UNIQUE: should two sealers ever race past the write lock, the loser takes the next number.
      if (attempt < 5 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

function sealInTransaction(db: DB, runId: number, status: RunStatus, counts: object | null, report: object | null): SealedRun | null {
  const run = db.prepare<[number], RunRow>('SELECT * FROM import_runs WHERE id = ?').get(runId);
  if (!run || run.sealed_seq !== null) return null;
  const hashes = db.prepare<[number], string>('SELECT content_hash FROM records WHERE run_id = ?').pluck().all(runId);
  const latest = db
    .prepare<[], { sealed_seq: number; chain_hash: string }>(
      'SELECT sealed_seq, chain_hash FROM import_runs WHERE sealed_seq IS NOT NULL ORDER BY sealed_seq DESC LIMIT 1',
    )
    .get();
  const recordsHash = runRecordsHash(hashes);
  const chain = chainHash(latest?.chain_hash ?? null, recordsHash);
  const sealedSeq = (latest?.sealed_seq ?? 0) + 1;
  db.prepare(
    `UPDATE import_runs SET finished_at = ?, status = ?, counts_json = coalesce(?, counts_json), report_json = coalesce(?, report_json),
       records_hash = ?, chain_hash = ?, sealed_seq = ? WHERE id = ?`,
  ).run(
    new Date().toISOString(),
    status,
    counts ? JSON.stringify(counts) : null,
    report ? JSON.stringify(report) : null,
    recordsHash,
    chain,
    sealedSeq,
    runId,
  );
  return { id: runId, status, sealedSeq, records: hashes.length, recordsHash, chainHash: chain };
}

/**
 * Whether the process that started a run is still running it. A run from another host counts as dead:
 * SQLite's WAL needs shared memory, so two hosts cannot be writing one database at the same time.
 * A pid that is alive but started at another time than the run's process is a reused pid.
 */
export function isRunAlive(run: Pick<RunRow, 'pid' | 'host' | 'process_start'>): boolean {
  if (run.pid === null || (run.host !== null && run.host !== os.hostname())) return false;
  try {
    process.kill(run.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (run.process_start === null) return true;
  const now = processStartOf(run.pid);
  return now === null || now === run.process_start;
}

/** The start time of a process as Linux reports it (clock ticks since boot), or null elsewhere. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) may contain spaces and parentheses: count fields after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}
