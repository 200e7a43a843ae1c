import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../pipeline/import/run-import.ts';
import { checkChain, councilMinutes, readOnly, REPO, runCli, snapshot, tempDir, writeMinutes } from './helpers.ts';

// Real child processes on a busy 2-core machine: generous time, no timing assertions.
const SLOW = 300_000;
const BAD_FIXTURES = path.join(REPO, 'fixtures', 'bad');

let root: string;
let dbPath: string;
let good: string;
let mixed: string;

function parseReport(stdout: string): ImportReport {
  return JSON.parse(stdout) as ImportReport;
}

beforeAll(() => {
  root = tempDir();
  dbPath = path.join(root, 'out', 'decisions.sqlite');
  good = path.join(root, 'good');
  writeMinutes(good, 4);
  // Names with spaces and letters outside ASCII.
  writeFileSync(path.join(good, 'Comité de planificación – marzo 2025.txt'), councilMinutes(101));
  writeFileSync(path.join(good, 'Ådalen  kommun protokoll.md'), `# Kommunstyrelsen\n\n${councilMinutes(102)}`);

  mixed = path.join(root, 'mixed');
  mkdirSync(mixed);
  writeFileSync(path.join(mixed, 'budget.xlsx'), 'PK\u0003\u0004 not really');
  writeFileSync(path.join(mixed, 'empty.txt'), '');
  writeFileSync(path.join(mixed, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x7f]));
  writeFileSync(path.join(mixed, 'not-a-zip.docx'), 'this is plain text pretending to be a Word file');
  // A sparse file above the default 200 MB limit: takes no disk space, must not be read.
  writeFileSync(path.join(mixed, 'huge.txt'), '');
  truncateSync(path.join(mixed, 'huge.txt'), 250 * 1024 * 1024);
  writeFileSync(path.join(mixed, 'after the bad ones.txt'), councilMinutes(103));
  if (existsSync(BAD_FIXTURES)) {
    mkdirSync(path.join(mixed, 'bad'));
    for (const name of readdirSync(BAD_FIXTURES)) copyFileSync(path.join(BAD_FIXTURES, name), path.join(mixed, 'bad', name));
  }
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('decision-trail import (real processes, real SQLite)', () => {
  let firstSnapshot: ReturnType<typeof snapshot>;

  it('imports a folder of good files: all new, exit 0, a report file next to the database', { timeout: SLOW }, async () => {
    const result = await runCli(['import', good, '--db', dbPath, '--json', '--jobs', '2']);
    expect(result.stderr).not.toMatch(/Error|at .*\.ts:/);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    expect(report.counts).toMatchObject({ new: 6, updated: 0, unchanged: 0, failed: 0, skipped: 0 });
    expect(report.status).toBe('finished');
    expect(report.files.map((f) => path.basename(f.path))).toContain('Comité de planificación – marzo 2025.txt');
    expect(report.report_file).toBe(path.join(root, 'out', 'reports', path.basename(report.report_file!)));
    expect(JSON.parse(readFileSync(report.report_file!, 'utf8')).counts).toEqual(report.counts);
    const db = readOnly(dbPath);
    const run = db.prepare('SELECT status, counts_json, sealed_seq, chain_hash FROM import_runs WHERE id = ?').get(report.run_id) as Record<string, unknown>;
    db.close();
    expect(run.status).toBe('finished');
    expect(JSON.parse(run.counts_json as string)).toEqual(report.counts);
    expect(run.chain_hash).toBe(report.chain?.chain_hash);
    firstSnapshot = snapshot(dbPath);
    expect(firstSnapshot.documents.map((d) => path.basename(d.path)).sort()).toContain('Ådalen  kommun protokoll.md');
  });

  it('fails each bad file with its reason, skips other formats, imports the rest and loses nothing stored', { timeout: SLOW }, async () => {
    const result = await runCli(['import', good, mixed, '--db', dbPath, '--json']);
    expect(result.code).toBe(1);
    const report = parseReport(result.stdout);
    const failed = new Map(report.failed.map((f) => [path.relative(mixed, f.path), f.reason]));
    expect(failed.get('empty.txt')).toMatch(/empty/);
    expect(failed.get('binary.txt')).toMatch(/binary|not a text/i);
    expect(failed.get('not-a-zip.docx')).toBeTruthy();
    expect(failed.get('huge.txt')).toMatch(/^file too large: 250\.0 MB, above the 200\.0 MB limit/);
    for (const [file, reason] of failed) {
      // A reason a person understands: no stack trace, no bare error class.
      expect(reason, file).not.toMatch(/\n\s+at |TypeError|undefined/);
    }
    if (existsSync(BAD_FIXTURES)) {
      // The readers give the reasons; here: each of these fails, named, and does not stop the import.
      const mustFail = ['empty.txt', 'binary.txt', 'truncated.pdf', 'encrypted.pdf', 'not-a-zip.docx', 'zip-bomb.docx', 'no-text.html', 'scanned.pdf'];
      for (const name of mustFail.filter((n) => existsSync(path.join(BAD_FIXTURES, n)))) {
        expect(failed.get(path.join('bad', name)), name).toMatch(/\w/);
      }
      for (const name of readdirSync(BAD_FIXTURES)) {
        const outcome = report.files.find((f) => f.path === path.join(mixed, 'bad', name));
        const skipped = report.skipped.find((f) => f.path === path.join(mixed, 'bad', name));
        // Every bad fixture is accounted for: failed with a reason, stored (e.g. cp1252 text, with a warning) or skipped.
        expect(outcome ?? skipped, name).toBeDefined();
        if (outcome?.status === 'failed') expect(outcome.reason, name).toMatch(/\w/);
      }
    }
    expect(report.skipped).toContainEqual({ path: path.join(mixed, 'budget.xlsx'), reason: 'not a format decision-trail reads (.xlsx)' });
    expect(report.files.find((f) => f.path.endsWith('after the bad ones.txt'))?.status).toBe('new');
    expect(report.counts.unchanged).toBe(6);
    const now = snapshot(dbPath);
    for (const doc of firstSnapshot.documents) expect(now.documents).toContainEqual(doc);
    for (const rec of firstSnapshot.records) expect(now.records).toContainEqual(rec);
  });

  it('a second import of the same inputs finds everything unchanged and stores nothing more', { timeout: SLOW }, async () => {
    const before = snapshot(dbPath);
    const result = await runCli(['import', good, mixed, '--db', dbPath, '--json', '--jobs', '1']);
    const report = parseReport(result.stdout);
    expect(report.counts.new + report.counts.updated + report.counts.duplicate).toBe(0);
    expect(report.counts.unchanged).toBe(before.paths.length);
    expect(report.counts.records).toBe(0);
    expect(snapshot(dbPath)).toEqual(before);
    // A reader's verdict on unchanged bytes is remembered, not read again; a size limit is checked every time.
    const binary = report.files.find((f) => f.path === path.join(mixed, 'binary.txt'));
    expect(binary).toMatchObject({ status: 'failed', remembered: true });
    expect(binary?.reason).toMatch(/binary|not a text/i);
    expect(report.files.find((f) => f.path === path.join(mixed, 'huge.txt'))?.remembered).toBeUndefined();
    expect(report.counts.failed).toBe(report.failed.length);
  });

  it('records a copy at a second path as a duplicate and a changed file as a new version, keeping the old', { timeout: SLOW }, async () => {
    const original = path.join(good, 'minutes-0000.txt');
    const changed = path.join(good, 'minutes-0001.txt');
    copyFileSync(original, path.join(good, 'copy of minutes 0000.txt'));
    const oldDb = readOnly(dbPath);
    const oldVersion = oldDb.prepare('SELECT d.id, d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id WHERE p.path = ?').get(changed) as { id: number; sha256: string };
    const oldRecords = oldDb.prepare('SELECT id, content_hash FROM records WHERE document_id = ? ORDER BY id').all(oldVersion.id);
    oldDb.close();
    writeFileSync(changed, `${councilMinutes(1)}\nRESOLVED that the meeting be adjourned to 30 April 2025.\n`);

    const result = await runCli(['import', good, '--db', dbPath]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/updated\s+1/);
    expect(result.stdout).toMatch(/duplicate\s+1/);
    expect(result.stdout).toContain(`copy of minutes 0000.txt: same content as ${original}`);

    const db = readOnly(dbPath);
    const versions = db.prepare('SELECT id, sha256, superseded_by FROM documents WHERE path = ? ORDER BY id').all(changed) as { id: number; sha256: string; superseded_by: number | null }[];
    expect(versions).toHaveLength(2);
    expect(versions[0]).toEqual({ ...oldVersion, superseded_by: versions[1]!.id });
    expect(versions[1]!.superseded_by).toBeNull();
    expect(db.prepare('SELECT id, content_hash FROM records WHERE document_id = ? ORDER BY id').all(oldVersion.id)).toEqual(oldRecords);
    const copyDoc = db.prepare('SELECT document_id FROM document_paths WHERE path = ?').pluck().get(path.join(good, 'copy of minutes 0000.txt'));
    expect(copyDoc).toBe(db.prepare('SELECT document_id FROM document_paths WHERE path = ?').pluck().get(original));
    db.close();
    expect(checkChain(dbPath).problems).toEqual([]);
  });

  it('fails an unreadable file with "cannot read file: permission denied"', { timeout: SLOW }, async (ctx) => {
    const dir = path.join(root, 'locked');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'readable.txt'), councilMinutes(200));
    writeFileSync(path.join(dir, 'secret.txt'), councilMinutes(201));
    chmodSync(path.join(dir, 'secret.txt'), 0o000);
    const lockedDb = path.join(dir, 'out', 'd.sqlite');
    // root reads a mode-000 file anyway, so as root the import runs as the unprivileged user "nobody".
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      chmodSync(root, 0o755);
      chmodSync(dir, 0o777);
    }
    const result = await runCli(['import', dir, '--db', lockedDb, '--json'], asRoot ? { uid: 65534, gid: 65534 } : {});
    if (asRoot && result.code !== 1 && /EACCES|permission/i.test(result.stderr)) {
      ctx.skip(`cannot run the import as user nobody here: ${result.stderr.slice(0, 200)}`);
    }
    expect(result.code).toBe(1);
    const report = parseReport(result.stdout);
    expect(report.failed).toEqual([{ path: path.join(dir, 'secret.txt'), reason: 'cannot read file: permission denied' }]);
    expect(report.counts.new).toBe(1);
  });

  it('stops a file whose reading runs past --file-timeout, replaces its worker and goes on with the others', { timeout: SLOW }, async () => {
    const dir = path.join(root, 'slow');
    mkdirSync(dir);
    // ~40 MB of minutes: far more than any reader gets through in one second.
    writeFileSync(path.join(dir, 'a-huge-minutes.txt'), councilMinutes(300).repeat(80_000));
    writeFileSync(path.join(dir, 'b-small.txt'), councilMinutes(301));
    writeFileSync(path.join(dir, 'c-small.txt'), councilMinutes(302));
    const result = await runCli(['import', dir, '--db', path.join(dir, 'out', 'd.sqlite'), '--json', '--jobs', '1', '--file-timeout', '1']);
    expect(result.code).toBe(1);
    const report = parseReport(result.stdout);
    expect(report.failed).toEqual([{ path: path.join(dir, 'a-huge-minutes.txt'), reason: 'reading took longer than 1 s; stopped' }]);
    expect(report.counts.new).toBe(2);
  });

  it('exits 2 on usage errors and documents the exit codes in --help', { timeout: SLOW }, async () => {
    const [badJobs, noInputs, help] = await Promise.all([
      runCli(['import', good, '--jobs', '0', '--db', dbPath]),
      runCli(['import', '--db', dbPath]),
      runCli(['import', '--help']),
    ]);
    expect(badJobs.code).toBe(2);
    expect(badJobs.stderr).toMatch(/--jobs/);
    expect(noInputs.code).toBe(2);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:\s+0\s.*\n\s+1\s.*\n\s+2\s+usage error/);
  });
});
