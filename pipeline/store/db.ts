import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type DB = Database.Database;

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
export const DEFAULT_DB_PATH = path.join('output', 'decisions.sqlite');

/**
 * Long enough for another import's longest write to finish: a file is one short transaction, but the
 * end of a run (the trail's links rewritten, the search index merged) holds the lock for seconds on a
 * large store, longer on a loaded machine; a second import waits for it rather than failing.
 */
const BUSY_TIMEOUT_MS = 30_000;

export interface Migration {
  version: number;
  name: string;
  file: string;
}

export interface OpenOptions {
  readonly?: boolean;
  /** Where the numbered .sql files live; tests point this at a copy. */
  migrationsDir?: string;
}

/**
 * Opens (creating it and its folder if needed) a decision-trail database: WAL so readers never block
 * the importer, a busy timeout so two imports queue rather than fail, foreign keys enforced, and every
 * pending migration applied.
 */
export function openDatabase(dbPath: string, options: OpenOptions = {}): DB {
  if (!options.readonly) mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed transaction on a process crash (only, at worst, the last
    // ones on a power cut) and saves an fsync per file.
    db.pragma('synchronous = NORMAL');
    migrate(db, options.migrationsDir ?? MIGRATIONS_DIR);
  }
  return db;
}

/** The NNN_name.sql files of a folder, in version order. */
export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations: Migration[] = [];
  for (const file of readdirSync(dir)) {
    const match = /^(\d{3})_([\w.-]+)\.sql$/.exec(file);
    if (!match) continue;
    migrations.push({ version: Number(match[1]), name: match[2]!, file: path.join(dir, file) });
  }
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`two migrations share number ${String(migrations[i]!.version).padStart(3, '0')}: ${path.basename(migrations[i - 1]!.file)} and ${path.basename(migrations[i]!.file)}`);
    }
  }
  return migrations;
}

/**
 * Applies every migration not yet recorded in schema_migrations, each in its own IMMEDIATE transaction
 * that re-checks whether it is applied, so two processes opening a new database at once apply each once.
 */
export function migrate(db: DB, dir: string = MIGRATIONS_DIR): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const applied: number[] = [];
  for (const migration of listMigrations(dir)) {
    if (isApplied.get(migration.version)) continue;
    const sql = readFileSync(migration.file, 'utf8');
    db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }).immediate();
  }
  return applied;
}
