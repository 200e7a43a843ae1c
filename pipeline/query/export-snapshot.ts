import type Database from 'better-sqlite3';

/**
 * What an export sees of the database, in a few numbers: every import that could change an export's
 * output changes one of them (new records and documents raise the maxima and counts; a new version
 * of a file marks the old one superseded). Read inside a transaction, it tells whether two
 * connections' snapshots hold the same records, which is how the parallel export knows its workers
 * read one consistent state even while an import is committing beside them.
 */
export function exportSnapshot(db: Database.Database): string {
  const row = db
    .prepare(
      `SELECT (SELECT max(rowid) FROM records) AS max_record,
              (SELECT count(*) FROM records) AS records,
              (SELECT max(id) FROM documents) AS max_document,
              (SELECT count(*) FROM documents WHERE superseded_by IS NOT NULL) AS superseded`,
    )
    .get();
  return JSON.stringify(row);
}
