import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';
import { CURRENT_RECORD_COUNT, SAMPLE_DOCUMENTS } from './sample-records.ts';

const BIN = path.resolve('pipeline/cli/bin.mjs');

/** Runs the real command as a person would, without a terminal (so no colour). */
function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb(SAMPLE_DOCUMENTS);
  fixture.db.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(() => fixture.cleanup());

describe('decision-trail search (CLI)', () => {
  it('prints kind, label, body, date, document and page, with matched words in «»', () => {
    const { status, stdout } = run(['search', 'parking', '--db', fixture.path]);
    expect(status).toBe(0);
    expect(stdout).toContain('recommendation 3. · Planning Committee · 2024-06-12 · planning-2024-06-12 p.4');
    expect(stdout).toContain('Officers recommend that «parking» charges be increased by 10 per cent.');
  });

  it('exits 2 with a clear message when the database is missing, and creates nothing', () => {
    const missing = path.join(fixture.dir, 'nope', 'missing.sqlite');
    const { status, stderr } = run(['search', 'budget', '--db', missing]);
    expect(status).toBe(2);
    expect(stderr).toContain(`no database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('decision-trail export (CLI)', () => {
  it('writes a CSV file for Excel and leaves no partial file behind', () => {
    const out = path.join(fixture.dir, 'records.csv');
    const { status, stderr } = run(['export', '--db', fixture.path, '--format', 'csv', '--excel', '--out', out]);
    expect(status).toBe(0);
    expect(stderr).toContain(`${CURRENT_RECORD_COUNT} records written to ${out}`);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(readdirSync(fixture.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('streams jsonl to standard output with filters', () => {
    const { status, stdout } = run(['export', '--db', fixture.path, '--doc', 'planning-2024-06-12', '--all-versions']);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n').map((l) => JSON.parse(l).doc)).toEqual(['planning-2024-06-12', 'planning-2024-06-12', 'planning-2024-06-12']);
  });
});

describe('output to a reader that stops early', () => {
  it('ends quietly, with no EPIPE stack trace, when the pipe closes before the output is written', async () => {
    const child = spawn(process.execPath, [BIN, 'export', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed at once, as `| head -1` closes it once it has its line: every write then meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
  }, 30_000);
});
