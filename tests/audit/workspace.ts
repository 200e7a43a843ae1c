// Shared by the audit tests: a temporary copy of the audit fixtures imported by the real
// `decision-trail import`, the sqlite3 shell for tampering, and the CLI run as a user runs it.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(REPO, 'fixtures', 'audit');
const BIN = path.join(REPO, 'pipeline', 'cli', 'bin.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `decision-trail ARGS` in a child process, as a user would. */
export function runCli(args: readonly string[], cwd: string = REPO): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs SQL through the real sqlite3 shell, as someone tampering with the database would. */
export function sqlite(dbPath: string, sql: string, flags: readonly string[] = []): string {
  return execFileSync('sqlite3', [...flags, dbPath, sql], { encoding: 'utf8' });
}

export interface Workspace {
  root: string;
  docs: string;
  db: string;
  /** The pristine state after the imports, to put back between tamper cases. */
  restore(): void;
  cleanup(): void;
}

/**
 * Copies the fixtures into a temporary folder and imports them with the real CLI: `firstRun` files in
 * run 1, the rest in run 2, so the chain has two links. Then keeps a pristine copy of files and database.
 */
export async function importedWorkspace(firstRun: readonly string[]): Promise<Workspace> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dt-audit-'));
  const docs = path.join(root, 'docs');
  const db = path.join(root, 'store', 'decisions.sqlite');
  mkdirSync(docs);
  const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
  for (const name of names) cpSync(path.join(FIXTURES, name), path.join(docs, name));
  const second = names.filter((n) => !firstRun.includes(n));
  for (const batch of [firstRun, second]) {
    if (batch.length === 0) continue;
    const result = await runCli(['import', ...batch.map((n) => path.join(docs, n)), '--db', db, '--jobs', '1', '--quiet']);
    if (result.code !== 0) throw new Error(`import failed (${result.code}): ${result.stderr}${result.stdout}`);
  }
  // One file, no -wal/-shm beside it, so that the copy below is the whole database.
  sqlite(db, 'PRAGMA wal_checkpoint(TRUNCATE);');
  const pristine = path.join(root, 'pristine');
  cpSync(docs, path.join(pristine, 'docs'), { recursive: true });
  cpSync(db, path.join(pristine, 'decisions.sqlite'));
  return {
    root,
    docs,
    db,
    restore() {
      rmSync(docs, { recursive: true, force: true });
      cpSync(path.join(pristine, 'docs'), docs, { recursive: true });
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
      cpSync(path.join(pristine, 'decisions.sqlite'), db);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
