import { existsSync, statSync } from 'node:fs';
import { openDatabase, type DB } from '../store/db.ts';

/** A database that cannot be read for search or export, with the reason in words. */
export class UnreadableDatabaseError extends Error {
  override name = 'UnreadableDatabaseError';
}

export interface ReadingOptions {
  /**
   * Read the file through a memory map (SQLite's mmap_size) rather than copying each page into
   * SQLite's small page cache: a search looks up thousands of records at random (the filters), and
   * each lookup cost ~3 µs in read() calls on a million records against ~1.5 µs mapped (measured:
   * "recommend*" with kinds and dates, 59 → 29 ms). Not for export: it reads every page once, and
   * mapped pages count in the process's resident memory, which export keeps under 200 MB.
   */
  mapped?: boolean;
}

/** How much of the file a mapped reader maps (SQLite caps it at its compile-time limit, 2 GB by default). */
const MAPPED_BYTES = 2 ** 31;

/**
 * Opens an existing decision-trail database read-only, for search and export: never creates one
 * (a mistyped --db must not leave an empty file behind) and never migrates (readers do not write).
 */
export function openForReading(dbPath: string, options: ReadingOptions = {}): DB {
  if (!existsSync(dbPath)) {
    throw new UnreadableDatabaseError(`no database at ${dbPath}: run \`decision-trail import <folder>\` first, or pass --db PATH`);
  }
  if (!statSync(dbPath).isFile()) throw new UnreadableDatabaseError(`${dbPath} is not a file`);
  let db: DB;
  try {
    db = openDatabase(dbPath, { readonly: true });
  } catch (error) {
    throw new UnreadableDatabaseError(`cannot open ${dbPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type IN ('table') AND name IN ('records', 'records_fts', 'documents')").pluck().all(),
    );
    for (const needed of ['records', 'records_fts', 'documents']) {
      if (!tables.has(needed)) throw new UnreadableDatabaseError(`${dbPath} is not a decision-trail database (it has no ${needed} table)`);
    }
  } catch (error) {
    db.close();
    if (error instanceof UnreadableDatabaseError) throw error;
    throw new UnreadableDatabaseError(`cannot read ${dbPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.mapped) db.pragma(`mmap_size = ${MAPPED_BYTES}`);
  return db;
}

