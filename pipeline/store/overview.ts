import type { DB } from './db.ts';

export interface DocumentSummary {
  id: number;
  path: string;
  name: string;
  format: string;
  pages: number;
  title: string | null;
  doc_type: string | null;
  /** Records of the document by kind, e.g. { decision: 3, action: 1 }. */
  kinds: Record<string, number>;
}

export interface RecordWithSource {
  id: string;
  kind: string;
  label: string | null;
  page: number;
  start: number;
  end: number;
  quote: string;
  path: string;
  document_id: number;
}

/** The given documents with their record counts by kind, in the order of the ids given. */
export function documentSummaries(db: DB, documentIds: readonly number[]): DocumentSummary[] {
  const doc = db.prepare<[number], Omit<DocumentSummary, 'kinds'>>('SELECT id, path, name, format, pages, title, doc_type FROM documents WHERE id = ?');
  const kinds = db.prepare<[number], { kind: string; n: number }>('SELECT kind, count(*) AS n FROM records WHERE document_id = ? GROUP BY kind');
  const summaries: DocumentSummary[] = [];
  for (const id of documentIds) {
    const row = doc.get(id);
    if (!row) continue;
    summaries.push({ ...row, kinds: Object.fromEntries(kinds.all(id).map((k) => [k.kind, k.n])) });
  }
  return summaries;
}

/**
 * A few records to show a newcomer: one of each kind first (in kind order), spread over different
 * documents where possible, then more in document order until `limit`.
 */
export function sampleRecords(db: DB, documentIds: readonly number[], limit: number): RecordWithSource[] {
  if (documentIds.length === 0 || limit <= 0) return [];
  const all = db
    .prepare<number[], RecordWithSource>(
      `SELECT r.id, r.kind, r.label, r.page, r.start, r."end" AS "end", r.quote, d.path, r.document_id
         FROM records r JOIN documents d ON d.id = r.document_id
        WHERE r.document_id IN (${documentIds.map(() => '?').join(', ')}) AND r.procedural = 0
        ORDER BY r.document_id, r.start`,
    )
    .all(...documentIds);
  const chosen: RecordWithSource[] = [];
  const usedDocs = new Set<number>();
  for (const kind of ['decision', 'resolution', 'recommendation', 'action']) {
    const pick = all.find((r) => r.kind === kind && !usedDocs.has(r.document_id)) ?? all.find((r) => r.kind === kind);
    if (pick && chosen.length < limit) {
      chosen.push(pick);
      usedDocs.add(pick.document_id);
    }
  }
  for (const r of all) {
    if (chosen.length >= limit) break;
    if (!chosen.includes(r) && !usedDocs.has(r.document_id)) {
      chosen.push(r);
      usedDocs.add(r.document_id);
    }
  }
  return chosen;
}
