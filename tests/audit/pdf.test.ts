import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { REPO, runCli } from './workspace.ts';

// A PDF goes through the worker pool when verify runs with --jobs above 1: the path the bench times.
const SEED_PDF = path.join(REPO, 'fixtures', 'seeds', '000_e517eec2c6d71521.pdf');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dt-audit-pdf-'));
  copyFileSync(SEED_PDF, path.join(dir, 'decision.pdf'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('verifies an imported PDF in worker threads, and catches a changed byte in it', async () => {
  const db = path.join(dir, 'decisions.sqlite');
  const imported = await runCli(['import', path.join(dir, 'decision.pdf'), '--db', db, '--jobs', '1', '--quiet']);
  expect(imported.code).toBe(0);
  const clean = await runCli(['verify', '--db', db, '--jobs', '2', '--json']);
  expect(clean.stderr).toBe('');
  expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, documents: [{ format: 'pdf', status: 'intact' }] });
  // One job reads it in the command's own thread, through the CLI's bundle rather than a worker's.
  const inProcess = await runCli(['verify', '--db', db, '--jobs', '1', '--json']);
  expect(JSON.parse(inProcess.stdout)).toMatchObject({ ok: true, documents: [{ format: 'pdf', status: 'intact' }] });

  const file = path.join(dir, 'decision.pdf');
  const bytes = readFileSync(file);
  bytes[bytes.length - 10] = bytes[bytes.length - 10] === 0x20 ? 0x0a : 0x20;
  writeFileSync(file, bytes);
  const changed = await runCli(['verify', '--db', db, '--jobs', '2']);
  expect(changed.code).toBe(1);
  expect(changed.stdout).toContain(`${file}: changed since import`);
});
