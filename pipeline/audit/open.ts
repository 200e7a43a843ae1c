import { existsSync } from 'node:fs';
import { openDatabase, type DB } from '../store/db.ts';

/** A database that cannot be audited: the message names the file and the reason. */
export class AuditOpenError extends Error {}

const REQUIRED_TABLES = ['documents', 'document_paths', 'records', 'import_runs'] as const;

/**
 * Opens a decision-trail database read-only: auditing never writes, never migrates, never creates
 * a file where the auditor mistyped a path.
 */
export function openForAudit(dbPath: string): DB {
  if (!existsSync(dbPath)) throw new AuditOpenError(`no database at ${dbPath} (run \`decision-trail import\` first, or pass --db PATH)`);
  let db: DB;
  try {
    db = openDatabase(dbPath, { readonly: true });
  } catch (error) {
    throw new AuditOpenError(`cannot open ${dbPath} as a SQLite database: ${error instanceof Error ? error.message : String(error)}`);
  }
  const present = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  const missing = REQUIRED_TABLES.filter((table) => !present.has(table));
  if (missing.length > 0) {
    db.close();
    throw new AuditOpenError(`${dbPath} is not a decision-trail database (no ${missing.join(', ')} table)`);
  }
  return db;
}
