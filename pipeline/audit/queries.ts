import type { DB } from '../store/db.ts';
import type { DocumentPathRow, DocumentRow, RecordRow, RunRow } from './rows.ts';

const RECORD_COLUMNS = `rowid, id, document_id, kind, label, text, body, date, status, key_decision, call_in, procedural,
  actor, due, parent, parent_id, page, start, "end", quote, content_hash, run_id`;
const DOCUMENT_COLUMNS = `id, sha256, path, name, format, bytes, pages, chars, title, body, date, imported_at, run_id,
  superseded_by, superseded_at, doc_type, meta_json`;

/** Everything the verifier checks, read in one go (a store of thousands of records fits in memory easily). */
export interface AuditData {
  documents: DocumentRow[];
  paths: DocumentPathRow[];
  records: RecordRow[];
  runs: RunRow[];
}

/** Reads the whole store in one read transaction, so an import running meanwhile cannot tear the picture. */
export function loadAuditData(db: DB): AuditData {
  return db.transaction(() => ({
    documents: db.prepare<[], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY id`).all(),
    paths: db.prepare<[], DocumentPathRow>('SELECT path, document_id FROM document_paths ORDER BY path').all(),
    records: db.prepare<[], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records ORDER BY document_id, start, rowid`).all(),
    runs: db.prepare<[], RunRow>('SELECT * FROM import_runs ORDER BY id').all(),
  }))();
}

/** Records whose id starts with `prefix` (at most `limit`): a full id or an unambiguous prefix. */
export function recordsByIdPrefix(db: DB, prefix: string, limit = 10): RecordRow[] {
  // Ids are lowercase hex; anything else cannot match, and keeping LIKE's wildcards out of it matters.
  if (!/^[0-9a-f]+$/.test(prefix)) return [];
  return db
    .prepare<[string, number], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE id >= ? ORDER BY id LIMIT ?`)
    .all(prefix, limit)
    .filter((row) => row.id.startsWith(prefix));
}

export function recordById(db: DB, id: string): RecordRow | undefined {
  return db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE id = ?`).get(id);
}

export function documentById(db: DB, id: number): DocumentRow | undefined {
  return db.prepare<[number], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`).get(id);
}

export function pathsOfDocument(db: DB, documentId: number): string[] {
  return db.prepare<[number], string>('SELECT path FROM document_paths WHERE document_id = ? ORDER BY path').pluck().all(documentId);
}

export function runById(db: DB, id: number): RunRow | undefined {
  return db.prepare<[number], RunRow>('SELECT * FROM import_runs WHERE id = ?').get(id);
}

/**
 * The clause an action belongs to: the record its parent_id names, else the nearest non-action record
 * of the same document, before the action, whose label is the action's parent label.
 */
export function parentClauseOf(db: DB, record: RecordRow): RecordRow | undefined {
  if (record.parent_id) {
    const byId = recordById(db, record.parent_id);
    if (byId) return byId;
  }
  if (record.parent === null) return undefined;
  return db
    .prepare<[number, string, number, number], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records WHERE document_id = ? AND label = ? AND kind != 'action'
       ORDER BY CASE WHEN start <= ? THEN 0 ELSE 1 END, abs(start - ?) LIMIT 1`,
    )
    .get(record.document_id, record.parent, record.start, record.start);
}

/** Actions recorded under a clause (by parent_id). */
export function actionsUnder(db: DB, record: RecordRow): RecordRow[] {
  return db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE parent_id = ? ORDER BY start`).all(record.id);
}
