import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../pipeline/import/run-import.ts';
import { checkChain, readOnly, runCli, snapshot, startCli, tempDir, writeMinutes } from './helpers.ts';

const SLOW = 600_000;
const FILES = 300;

let root: string;
let corpus: string;
let cleanDb: string;

beforeAll(async () => {
  root = tempDir('dt-crash-');
  corpus = path.join(root, 'minutes');
  writeMinutes(corpus, FILES);
  cleanDb = path.join(root, 'clean', 'd.sqlite');
  const clean = await runCli(['import', corpus, '--db', cleanDb, '--quiet']);
  if (clean.code !== 0) throw new Error(`clean import failed: ${clean.stderr}`);
  // The comparisons below mean something only if the minutes gave records ("RESOLVED that" clauses).
  if (snapshot(cleanDb).records.length < FILES) throw new Error('the clean import found fewer records than files: extraction did not run');
}, SLOW);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function documentCount(dbPath: string): number {
  try {
    const db = readOnly(dbPath);
    try {
      return db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or still migrating
  }
}

describe('an import killed part-way (kill -9)', () => {
  it('leaves a store that a re-run completes to exactly what a clean import gives, with the chain intact', { timeout: SLOW }, async () => {
    const dbPath = path.join(root, 'killed', 'd.sqlite');
    const { child, done } = startCli(['import', corpus, '--db', dbPath, '--quiet', '--jobs', '1']);
    let stored = 0;
    while (child.exitCode === null && stored < 20) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      stored = documentCount(dbPath);
    }
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal, 'the import finished before it could be killed: make FILES larger').toBe('SIGKILL');
    const partial = documentCount(dbPath);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(FILES);

    const rerun = await runCli(['import', corpus, '--db', dbPath, '--json']);
    expect(rerun.code).toBe(0);
    const report = JSON.parse(rerun.stdout) as ImportReport;
    expect(report.interrupted_runs_sealed).toEqual([1]);
    expect(report.counts.unchanged).toBe(partial);
    expect(report.counts.new).toBe(FILES - partial);

    expect(snapshot(dbPath)).toEqual(snapshot(cleanDb));
    const chain = checkChain(dbPath);
    expect(chain.problems).toEqual([]);
    expect(chain.runs).toBe(2);
    const db = readOnly(dbPath);
    expect(db.prepare('SELECT status FROM import_runs ORDER BY sealed_seq').pluck().all()).toEqual(['interrupted', 'finished']);
    db.close();
  });
});

describe('two imports into the same database at once', () => {
  it('both finish, store each document and record once, and seal in turn', { timeout: SLOW }, async () => {
    const dbPath = path.join(root, 'concurrent', 'd.sqlite');
    const [a, b] = await Promise.all([
      runCli(['import', corpus, '--db', dbPath, '--json', '--jobs', '1']),
      runCli(['import', corpus, '--db', dbPath, '--json', '--jobs', '1']),
    ]);
    expect(a.stderr).not.toMatch(/SQLITE_BUSY|database is locked/);
    expect([a.code, b.code], `exit codes; stderr:\n${a.stderr.slice(-2000)}\n---\n${b.stderr.slice(-2000)}`).toEqual([0, 0]);
    const reports = [JSON.parse(a.stdout), JSON.parse(b.stdout)] as ImportReport[];
    // Between them every file was stored once: what one stored new, the other found unchanged.
    expect(reports[0]!.counts.new + reports[1]!.counts.new).toBe(FILES);
    expect(reports.every((r) => r.counts.failed === 0)).toBe(true);
    expect(snapshot(dbPath)).toEqual(snapshot(cleanDb));
    const chain = checkChain(dbPath);
    expect(chain.problems).toEqual([]);
    expect(chain.runs).toBe(2);
  });
});
