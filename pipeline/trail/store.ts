import type { DB } from '../store/db.ts';
import { linkRecordsFrom, type TrailRecordSource } from './link.ts';
import { groupMatters, primaryReferences, referencesOf } from './matters.ts';
import { asReference } from './references.ts';
import { LinkEvidence, type Matter, type RecordLink, TrailDocument, TrailRecord } from './schema.ts';
import { buildSteps, type Trail } from './view.ts';
import type { DocumentRow as StoredDocumentRow, RecordRow as StoredRecordRow } from '../store/rows.ts';

/*
 * The trail's edge with the database: read documents and records, write links and matters, and
 * read one trail back. The deciding is done by the pure functions in link.ts and matters.ts.
 */

/** The columns of a stored document and record the trail reads. */
type DocumentRow = Pick<StoredDocumentRow, 'id' | 'path' | 'name' | 'title' | 'body' | 'date' | 'doc_type' | 'meta_json'>;
type RecordRow = Omit<StoredRecordRow, 'rowid' | 'quote' | 'content_hash' | 'run_id'>;

interface LinkRow {
  from_record: string;
  to_record: string;
  relation: string;
  confidence: number;
  evidence_json: string;
  diff_json: string | null;
}

const RECORD_COLUMNS = `r.id, r.document_id, r.kind, r.label, r.text, r.body, r.date, r.status, r.key_decision, r.call_in,
  r.procedural, r.actor, r.due, r.parent, r.parent_id, r.page, r.start, r."end" AS "end"`;

/** A stored document row as the trail sees it; the metadata JSON fills what the columns lack. */
export function documentFromRow(row: DocumentRow): TrailDocument {
  let meta: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.meta_json);
    if (parsed && typeof parsed === 'object') meta = parsed as Record<string, unknown>;
  } catch {
    // A document whose metadata JSON does not parse still has its columns; the trail uses those.
  }
  const text = (key: string): string | null => (typeof meta[key] === 'string' ? (meta[key] as string) : null);
  const flag = (key: string): boolean | null => (typeof meta[key] === 'boolean' ? (meta[key] as boolean) : null);
  const date = (key: string): string | null => {
    const v = text(key);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  };
  const refs = Array.isArray(meta.references) ? meta.references.filter((r): r is string => typeof r === 'string') : [];
  const docType = TrailDocument.shape.doc_type.safeParse(row.doc_type ?? text('doc_type'));
  return {
    id: row.id,
    path: row.path,
    name: row.name,
    title: row.title,
    body: row.body,
    date: row.date && /^\d{4}-\d{2}-\d{2}$/.test(row.date) ? row.date : null,
    doc_type: docType.success ? docType.data : null,
    meeting_date: date('meeting_date'),
    decision_date: date('decision_date'),
    publication_date: date('publication_date'),
    effective_from: date('effective_from'),
    status: text('status'),
    key_decision: flag('key_decision'),
    call_in: flag('call_in'),
    references: refs,
  };
}

export function recordFromRow(row: RecordRow): TrailRecord {
  const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);
  return TrailRecord.parse({
    ...row,
    key_decision: flag(row.key_decision),
    call_in: flag(row.call_in),
    procedural: row.procedural === 1,
  });
}

function linkFromRow(row: LinkRow): RecordLink {
  return {
    from: row.from_record,
    to: row.to_record,
    relation: row.relation as RecordLink['relation'],
    confidence: row.confidence,
    evidence: LinkEvidence.parse(JSON.parse(row.evidence_json)),
    diff: row.diff_json ? (JSON.parse(row.diff_json) as RecordLink['diff']) : null,
  };
}

/** Current (not superseded) documents. */
export function loadTrailDocuments(db: DB): TrailDocument[] {
  return db
    .prepare<[], DocumentRow>('SELECT id, path, name, title, body, date, doc_type, meta_json FROM documents WHERE superseded_by IS NULL')
    .all()
    .map(documentFromRow);
}

/** Longest list of rowids bound as one JSON parameter: keeps each query's result a few thousand records at most. */
const KEYS_PER_QUERY = 5_000;

/**
 * The records of current documents as the linker reads them: a light scan, then windows by rowid
 * or by document (see TrailRecordSource), so that rebuilding the trail of a large collection never
 * holds all of its records at once.
 */
export function databaseRecordSource(db: DB): TrailRecordSource & { scanned: () => number } {
  let scanned = 0;
  const byKeys = db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records r WHERE r.rowid IN (SELECT value FROM json_each(?)) ORDER BY r.rowid`);
  const ofDocument = db.prepare<[number], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records r WHERE r.document_id = ? ORDER BY r.rowid`);
  return {
    *scan() {
      scanned = 0;
      const rows = db
        .prepare<[], { key: number; document_id: number; kind: TrailRecord['kind']; procedural: number; date: string | null; body: string | null }>(
          `SELECT r.rowid AS key, r.document_id, r.kind, r.procedural, r.date, r.body
             FROM records r JOIN documents d ON d.id = r.document_id WHERE d.superseded_by IS NULL ORDER BY r.rowid`,
        )
        .iterate();
      // Row by row: the planner keeps only keys, so a million records never sit in memory as objects.
      for (const row of rows) {
        scanned++;
        yield { ...row, procedural: row.procedural === 1 };
      }
    },
    byKeys: (keys) => {
      const out: TrailRecord[] = [];
      for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
        out.push(...byKeys.all(JSON.stringify(keys.slice(i, i + KEYS_PER_QUERY))).map(recordFromRow));
      }
      return out;
    },
    ofDocument: (documentId) => ofDocument.all(documentId).map(recordFromRow),
    scanned: () => scanned,
  };
}

/**
 * Bump when the linking or grouping rules change, so stored trails built by older rules count as
 * stale and are rebuilt on the next `trail`.
 */
export const TRAIL_RULES_VERSION = 1;

/**
 * What the trail was built from: the rules' version, counts and id sums of records and documents,
 * and how many documents are superseded. Any import that writes a record or a new version changes it.
 */
export function trailFingerprint(db: DB): string {
  const r = db.prepare('SELECT count(*) AS n, coalesce(max(rowid), 0) AS max, coalesce(sum(rowid), 0) AS sum FROM records').get() as Record<string, number>;
  const d = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS max, count(superseded_by) AS superseded FROM documents').get() as Record<string, number>;
  return `rules:${TRAIL_RULES_VERSION};records:${r.n}:${r.max}:${r.sum};documents:${d.n}:${d.max}:${d.superseded}`;
}

/** True when the records or documents changed since the trail was last rebuilt (or it never was). */
export function trailIsStale(db: DB): boolean {
  const state = db.prepare('SELECT fingerprint FROM trail_state WHERE id = 1').get() as { fingerprint: string } | undefined;
  return state?.fingerprint !== trailFingerprint(db);
}

export interface RebuildSummary {
  documents: number;
  records: number;
  matters: number;
  links: number;
}

/**
 * Recomputes matters and links from the stored records and replaces the stored ones, in one
 * transaction: call at the end of an import run, or when `trailIsStale`.
 */
export function rebuildTrail(db: DB): RebuildSummary {
  const documents = loadTrailDocuments(db);
  const matters = groupMatters(documents);
  const source = databaseRecordSource(db);
  const links = linkRecordsFrom(documents, matters, source);
  db.transaction(() => writeTrail(db, matters, links)).immediate();
  return { documents: documents.length, records: source.scanned(), matters: matters.length, links: links.length };
}

function writeTrail(db: DB, matters: readonly Matter[], links: readonly RecordLink[]): void {
  db.exec('DELETE FROM record_links; DELETE FROM matter_documents; DELETE FROM matters;');
  const insertMatter = db.prepare('INSERT INTO matters (key, reference, title) VALUES (?, ?, ?)');
  const insertMember = db.prepare('INSERT INTO matter_documents (matter_id, document_id, reason) VALUES (?, ?, ?)');
  for (const m of matters) {
    const id = Number(insertMatter.run(m.key, m.reference, m.title).lastInsertRowid);
    for (const d of m.documents) insertMember.run(id, d.document_id, d.reason);
  }
  const insertLink = db.prepare(`INSERT INTO record_links (from_record, to_record, relation, similarity, confidence, evidence_json, diff_json)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  for (const l of links) {
    insertLink.run(l.from, l.to, l.relation, l.evidence.similarity, l.confidence, JSON.stringify(l.evidence), l.diff ? JSON.stringify(l.diff) : null);
  }
  db.prepare(`INSERT INTO trail_state (id, built_at, fingerprint, links, matters) VALUES (1, ?, ?, ?, ?)
    ON CONFLICT(id) DO UPDATE SET built_at = excluded.built_at, fingerprint = excluded.fingerprint, links = excluded.links, matters = excluded.matters`)
    .run(new Date().toISOString(), trailFingerprint(db), links.length, matters.length);
}

/** Every stored link, as the pure functions return them (for tests, checks and export). */
export function storedLinks(db: DB): RecordLink[] {
  return db
    .prepare<[], LinkRow>('SELECT from_record, to_record, relation, confidence, evidence_json, diff_json FROM record_links ORDER BY from_record, to_record')
    .all()
    .map(linkFromRow);
}

export class TrailNotFound extends Error {}

/**
 * One trail: for a record id, the clause's whole linked life; for a decision reference, the records
 * of the documents about that decision alone (a report, a decision notice: not minutes covering
 * many matters) and every record linked to them.
 */
export function readTrail(db: DB, query: string, today: string): Trail {
  const byId = db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records r WHERE r.id = ?`).get(query.trim());
  const reference = byId ? null : asReference(query);
  if (!byId && !reference) throw new TrailNotFound(`no record has id "${query}" and it is not a decision reference like 24/00096`);

  let seeds: string[] = [];
  let matter: Trail['matter'] = null;
  if (byId) {
    seeds = [byId.id];
  } else {
    const row = db.prepare('SELECT id, key, title FROM matters WHERE key = ?').get(`ref:${reference}`) as { id: number; key: string; title: string | null } | undefined;
    if (!row) throw new TrailNotFound(`no stored document names decision ${reference}`);
    const members = db
      .prepare(`SELECT d.id, d.path, d.name, d.title, d.body, d.date, d.doc_type, d.meta_json, md.reason
        FROM matter_documents md JOIN documents d ON d.id = md.document_id WHERE md.matter_id = ? ORDER BY d.date, d.id`)
      .all(row.id) as (DocumentRow & { reason: string })[];
    matter = { key: row.key, title: row.title, documents: members.map(({ id, path, reason }) => ({ id, path, reason })) };
    // Documents about this decision (a report, its notice), not minutes that list it among others.
    const focused = members.filter((m) => {
      const doc = documentFromRow(m);
      return primaryReferences(doc, referencesOf(doc)).includes(reference!);
    }).map((m) => m.id);
    const seedRows = db.prepare<[number], { id: string }>('SELECT id FROM records WHERE document_id = ? AND procedural = 0');
    seeds = focused.flatMap((docId) => seedRows.all(docId).map((r) => r.id));
  }

  const { ids, links } = linkedFrom(db, seeds);
  const records = new Map<string, TrailRecord>();
  const recordStmt = db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records r WHERE r.id = ?`);
  for (const id of ids) {
    const row = recordStmt.get(id);
    if (row) records.set(id, recordFromRow(row));
  }
  const documents = new Map<number, TrailDocument>();
  const docStmt = db.prepare<[number], DocumentRow>('SELECT id, path, name, title, body, date, doc_type, meta_json FROM documents WHERE id = ?');
  for (const r of records.values()) {
    if (documents.has(r.document_id)) continue;
    const row = docStmt.get(r.document_id);
    if (row) documents.set(row.id, documentFromRow(row));
  }
  const relevant = links.filter((l) => ids.has(l.from) && ids.has(l.to));
  return { query, reference, matter, steps: buildSteps(ids, records, documents, relevant, today) };
}

/** Records reachable from the seeds through stored links, walked in SQL (indexed both ways), and those links. */
function linkedFrom(db: DB, seeds: readonly string[]): { ids: Set<string>; links: RecordLink[] } {
  const touching = db.prepare<[string, string], LinkRow>(
    'SELECT from_record, to_record, relation, confidence, evidence_json, diff_json FROM record_links WHERE from_record = ? OR to_record = ?',
  );
  const links = new Map<string, RecordLink>();
  const ids = new Set(seeds);
  const queue = [...ids];
  while (queue.length) {
    const id = queue.pop()!;
    for (const row of touching.all(id, id)) {
      const link = linkFromRow(row);
      links.set(`${link.from}>${link.to}>${link.relation}`, link);
      for (const next of [link.from, link.to]) {
        if (!ids.has(next)) {
          ids.add(next);
          queue.push(next);
        }
      }
    }
  }
  return { ids, links: [...links.values()] };
}
