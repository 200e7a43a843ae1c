import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordContentHash, recordId } from '../../pipeline/audit/hash.ts';
import { openDatabase, type DB } from '../../pipeline/store/db.ts';

/** A small document for the query tests, written straight into the tables with SQL. */
export interface FixtureDocument {
  name: string;
  format?: 'txt' | 'md' | 'html' | 'docx' | 'pdf';
  title?: string | null;
  body?: string | null;
  date?: string | null;
  /** The name of the document that replaced this one (its version became superseded). */
  supersededBy?: string;
  records: FixtureRecord[];
}

export interface FixtureRecord {
  kind: 'decision' | 'recommendation' | 'resolution' | 'action';
  text: string;
  label?: string | null;
  body?: string | null;
  date?: string | null;
  status?: string | null;
  key_decision?: boolean | null;
  call_in?: boolean | null;
  procedural?: boolean;
  actor?: string | null;
  due?: string | null;
  parent?: string | null;
  page?: number;
}

export interface FixtureDb {
  db: DB;
  path: string;
  dir: string;
  cleanup: () => void;
}

const bool = (v: boolean | null | undefined): number | null => (v === null || v === undefined ? null : v ? 1 : 0);

/** A new database in a temp dir (all migrations applied by openDatabase) holding the given documents. */
export function createFixtureDb(documents: FixtureDocument[]): FixtureDb {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dt-query-'));
  const dbPath = path.join(dir, 'decisions.sqlite');
  const db = openDatabase(dbPath);
  insertDocuments(db, documents);
  return { db, path: dbPath, dir, cleanup: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export function insertDocuments(db: DB, documents: FixtureDocument[]): void {
  const insertDoc = db.prepare(
    `INSERT INTO documents (sha256, path, name, format, bytes, pages, chars, title, body, date, doc_type, meta_json, imported_at)
     VALUES (?, ?, ?, ?, 0, 1, 0, ?, ?, ?, 'decision_notice', '{}', '2026-01-01T00:00:00Z')`,
  );
  const insertRecord = db.prepare(
    `INSERT INTO records (id, document_id, kind, label, text, body, date, status, key_decision, call_in, procedural,
                          actor, due, parent, page, start, "end", quote, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const idByName = new Map<string, number>();
  // Documents already stored (an earlier call) keep their made-up hashes; these continue the count.
  const stored = db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get()!;
  db.transaction(() => {
    documents.forEach((doc, docIndex) => {
      const sha256 = (stored + docIndex + 1).toString(16).padStart(64, '0');
      const ext = doc.format ?? 'txt';
      const info = insertDoc.run(sha256, `/council/papers/${doc.name}.${ext}`, doc.name, ext, doc.title ?? null, doc.body ?? null, doc.date ?? null);
      const documentId = Number(info.lastInsertRowid);
      idByName.set(doc.name + (doc.supersededBy ? '@old' : ''), documentId);
      let offset = 0;
      for (const r of doc.records) {
        const start = offset;
        const end = start + r.text.length;
        offset = end + 2;
        const fields = {
          kind: r.kind, label: r.label ?? null, text: r.text, body: r.body === undefined ? doc.body ?? null : r.body,
          date: r.date === undefined ? doc.date ?? null : r.date, status: r.status ?? null,
          key_decision: r.key_decision ?? null, call_in: r.call_in ?? null, procedural: r.procedural ?? false,
          actor: r.actor ?? null, due: r.due ?? null, parent: r.parent ?? null, sha256, page: r.page ?? 1, start, end,
        };
        insertRecord.run(
          recordId(sha256, r.kind, start, end), documentId, fields.kind, fields.label, fields.text, fields.body, fields.date,
          fields.status, bool(fields.key_decision), bool(fields.call_in), fields.procedural ? 1 : 0, fields.actor, fields.due,
          fields.parent, fields.page, start, end, r.text, recordContentHash(fields),
        );
      }
    });
    for (const doc of documents) {
      if (!doc.supersededBy) continue;
      db.prepare("UPDATE documents SET superseded_by = ?, superseded_at = '2026-01-02T00:00:00Z' WHERE id = ?").run(
        idByName.get(doc.supersededBy)!, idByName.get(`${doc.name}@old`)!,
      );
    }
  })();
}
