import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listMigrations, MIGRATIONS_DIR, openDatabase } from '../../pipeline/store/db.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dt-db-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's migrations, so a test can add one without touching the repository. */
function migrationsCopy(): string {
  const dir = tempDir();
  for (const file of readdirSync(MIGRATIONS_DIR)) copyFileSync(path.join(MIGRATIONS_DIR, file), path.join(dir, file));
  return dir;
}

describe('openDatabase', () => {
  it('creates the folder and the file, with WAL, foreign keys and a busy timeout', () => {
    const dbPath = path.join(tempDir(), 'nested', 'deeper', 'd.sqlite');
    const db = openDatabase(dbPath);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(5000);
    db.close();
  });

  it('applies every migration once, in order, and records each', () => {
    const dbPath = path.join(tempDir(), 'd.sqlite');
    const expected = listMigrations().map((m) => m.version);
    expect(expected[0]).toBe(1);
    const db = openDatabase(dbPath);
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(applied).toEqual(expected);
    db.close();
    const again = openDatabase(dbPath);
    expect(again.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(expected.length);
    again.close();
  });

  it('picks up a new NNN_name.sql added later, and only that one', () => {
    const dir = migrationsCopy();
    const dbPath = path.join(tempDir(), 'd.sqlite');
    openDatabase(dbPath, { migrationsDir: dir }).close();
    writeFileSync(path.join(dir, '039_notes.sql'), 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);');
    writeFileSync(path.join(dir, 'README.txt'), 'not a migration');
    const db = openDatabase(dbPath, { migrationsDir: dir });
    expect(db.prepare("SELECT name FROM schema_migrations WHERE version = 39").pluck().get()).toBe('notes');
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").pluck().get()).toBe(1);
    db.close();
  });

  it('rolls a failing migration back whole and applies nothing of it', () => {
    const dir = migrationsCopy();
    writeFileSync(path.join(dir, '038_broken.sql'), 'CREATE TABLE half (id INTEGER);\nTHIS IS NOT SQL;');
    const dbPath = path.join(tempDir(), 'd.sqlite');
    expect(() => openDatabase(dbPath, { migrationsDir: dir })).toThrow();
    rmSync(path.join(dir, '038_broken.sql'));
    const db = openDatabase(dbPath, { migrationsDir: dir });
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM schema_migrations WHERE version = 38').pluck().get()).toBe(0);
    db.close();
  });

  it('refuses two migrations with the same number', () => {
    const dir = migrationsCopy();
    writeFileSync(path.join(dir, '037_a.sql'), 'SELECT 1;');
    writeFileSync(path.join(dir, '037_b.sql'), 'SELECT 1;');
    expect(() => listMigrations(dir)).toThrow(/two migrations share number 037/);
  });
});
