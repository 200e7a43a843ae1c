import type { Source, StageWarning } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import type { ExtractedRecord } from '../../schemas/record.ts';
import { recordContentHash, recordId } from '../audit/hash.ts';
import type { ProcessResult, RejectedRecord } from '../process.ts';
import type { DB } from './db.ts';

/**
 * What the store keeps of a processed file: the parts of a ProcessResult it writes. The full text and
 * blocks stay behind in the worker that read the file (they are not stored, and copying them back costs).
 */
export interface StorableDocument {
  source: Source;
  pages: number;
  chars: number;
  meta: DocumentMeta;
  records: ExtractedRecord[];
  rejected: RejectedRecord[];
  warnings: StageWarning[];
}

export function storableFrom(result: Extract<ProcessResult, { ok: true }>): StorableDocument {
  return {
    source: result.source,
    pages: result.document.pages.length,
    chars: result.document.text.length,
    meta: result.meta,
    records: result.records,
    rejected: result.rejected,
    warnings: result.warnings,
  };
}

/** A file as found on disk: where, how big, when last changed. */
export interface SeenFile {
  path: string;
  size: number;
  mtimeMs: number | null;
}

/**
 * What storing one file did:
 * - new: content never seen, at a path never seen;
 * - updated: the path held other content before; this is now its current version (the old one kept);
 * - unchanged: the path already holds exactly this content;
 * - duplicate: the content is stored already, from another path (`sameAs`); this path is recorded too.
 */
export type StoreStatus = 'new' | 'updated' | 'unchanged' | 'duplicate';

export interface StoreOutcome {
  status: StoreStatus;
  documentId: number;
  /** Records written for this file (0 when the content was already stored). */
  records: number;
  /** Where this content was first imported from, when that is another path. */
  sameAs: string | null;
  /** Records not stored: failed validation before, or repeat the span of one already stored. */
  rejected: RejectedRecord[];
}

interface DocumentRow {
  id: number;
  path: string;
  superseded_by: number | null;
}

interface PathRow {
  document_id: number;
  sha256: string;
}

/** The document store's writes. One instance per connection; statements are prepared once. */
export class DocumentWriter {
  private readonly db: DB;
  private readonly statements;

  constructor(db: DB) {
    this.db = db;
    this.statements = {
      documentBySha: db.prepare<[string], DocumentRow>('SELECT id, path, superseded_by FROM documents WHERE sha256 = ?'),
      currentAtPath: db.prepare<[string], PathRow>(
        'SELECT p.document_id, d.sha256 FROM document_paths p JOIN documents d ON d.id = p.document_id WHERE p.path = ?',
      ),
      insertDocument: db.prepare(`INSERT INTO documents
        (sha256, path, name, format, bytes, pages, chars, title, body, date, doc_type, meta_json, warnings_json, imported_at, run_id)
        VALUES (@sha256, @path, @name, @format, @bytes, @pages, @chars, @title, @body, @date, @doc_type, @meta_json, @warnings_json, @imported_at, @run_id)`),
      insertRecord: db.prepare(`INSERT INTO records
        (id, document_id, kind, label, text, body, date, status, key_decision, call_in, procedural, actor, due, parent, parent_id,
         page, start, "end", quote, content_hash, run_id)
        VALUES (@id, @document_id, @kind, @label, @text, @body, @date, @status, @key_decision, @call_in, @procedural, @actor, @due,
         @parent, @parent_id, @page, @start, @end, @quote, @content_hash, @run_id)`),
      pointPath: db.prepare(`INSERT INTO document_paths (path, document_id, mtime_ms, size, seen_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(path) DO UPDATE SET document_id = excluded.document_id, mtime_ms = excluded.mtime_ms,
          size = excluded.size, seen_at = excluded.seen_at`),
      pathsOf: db.prepare<[number], number>('SELECT count(*) FROM document_paths WHERE document_id = ?').pluck(),
      supersede: db.prepare('UPDATE documents SET superseded_by = ?, superseded_at = ? WHERE id = ? AND superseded_by IS NULL'),
      revive: db.prepare('UPDATE documents SET superseded_by = NULL, superseded_at = NULL WHERE id = ?'),
      failure: db.prepare<[string, string], { code: string; reason: string }>(
        'SELECT code, reason FROM failed_content WHERE sha256 = ? AND pipeline_version = ?',
      ),
      rememberFailure: db.prepare(`INSERT INTO failed_content (sha256, pipeline_version, code, reason, failed_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(sha256, pipeline_version) DO UPDATE SET code = excluded.code, reason = excluded.reason, failed_at = excluded.failed_at`),
    };
  }

  /** Why this content failed to read before, with this version of the reading code; undefined if it did not. */
  knownFailure(sha256: string, pipelineVersion: string): { code: string; reason: string } | undefined {
    return this.statements.failure.get(sha256, pipelineVersion);
  }

  /** Remembers that a reader refused this content (see migration 003 for what is remembered and why). */
  rememberFailure(sha256: string, pipelineVersion: string, code: string, reason: string): void {
    this.statements.rememberFailure.run(sha256, pipelineVersion, code, reason, new Date().toISOString());
  }

  /**
   * What storing content `sha256` at `path` would do without parsing it, or null when the content is
   * new and the file must be read. Read-only: the decision is made again inside the write transaction.
   */
  known(path: string, sha256: string): { status: 'unchanged'; documentId: number } | { status: 'known'; sameAs: string } | null {
    const atPath = this.statements.currentAtPath.get(path);
    if (atPath?.sha256 === sha256) return { status: 'unchanged', documentId: atPath.document_id };
    const stored = this.statements.documentBySha.get(sha256);
    return stored ? { status: 'known', sameAs: stored.path } : null;
  }

  /** Records that `file` holds content already stored (as `sha256`). One transaction; nothing parsed. */
  recordKnownContent(file: SeenFile, sha256: string): StoreOutcome | null {
    return this.db.transaction(() => this.pointAtStored(file, sha256, new Date().toISOString())).immediate();
  }

  /**
   * Stores one processed file in one transaction: its document row, its path and its records.
   * When the content is stored already (another import got there first) only the path is recorded.
   */
  store(file: SeenFile, doc: StorableDocument, runId: number): StoreOutcome {
    return this.db.transaction((): StoreOutcome => {
      const now = new Date().toISOString();
      const already = this.pointAtStored(file, doc.source.sha256, now);
      if (already) return already;
      const previous = this.statements.currentAtPath.get(file.path);
      const documentId = this.insertDocument(file, doc, runId, now);
      const { written, rejected } = this.insertRecords(documentId, doc, runId);
      this.statements.pointPath.run(file.path, documentId, file.mtimeMs, file.size, now);
      if (previous) this.supersedeIfOrphaned(previous.document_id, documentId, now);
      return { status: previous ? 'updated' : 'new', documentId, records: written, sameAs: null, rejected: [...doc.rejected, ...rejected] };
    }).immediate();
  }

  /** When `sha256` is stored: make `file.path` point at it and say what that was. Else null. */
  private pointAtStored(file: SeenFile, sha256: string, now: string): StoreOutcome | null {
    const stored = this.statements.documentBySha.get(sha256);
    if (!stored) return null;
    const previous = this.statements.currentAtPath.get(file.path);
    const base = { documentId: stored.id, records: 0, rejected: [] };
    if (previous?.document_id === stored.id) return { ...base, status: 'unchanged', sameAs: null };
    this.statements.pointPath.run(file.path, stored.id, file.mtimeMs, file.size, now);
    // Content that was an old version (a file reverted) is current again at this path.
    if (stored.superseded_by !== null) this.statements.revive.run(stored.id);
    const sameAs = stored.path === file.path ? null : stored.path;
    if (!previous) return { ...base, status: 'duplicate', sameAs };
    this.supersedeIfOrphaned(previous.document_id, stored.id, now);
    return { ...base, status: 'updated', sameAs };
  }

  /**
   * The old version is marked superseded only when no path holds it any more: the same bytes may
   * still be current elsewhere (a copy that did not change).
   */
  private supersedeIfOrphaned(oldId: number, newId: number, now: string): void {
    if (oldId === newId) return;
    if (this.statements.pathsOf.get(oldId) === 0) this.statements.supersede.run(newId, now, oldId);
  }

  private insertDocument(file: SeenFile, doc: StorableDocument, runId: number, now: string): number {
    const info = this.statements.insertDocument.run({
      sha256: doc.source.sha256,
      path: file.path,
      name: doc.source.name,
      format: doc.source.format,
      bytes: doc.source.bytes,
      pages: doc.pages,
      chars: doc.chars,
      title: doc.meta.title,
      body: doc.meta.body,
      date: doc.meta.date,
      doc_type: doc.meta.doc_type,
      meta_json: JSON.stringify(doc.meta),
      warnings_json: JSON.stringify(doc.warnings),
      imported_at: now,
      run_id: runId,
    });
    return Number(info.lastInsertRowid);
  }

  private insertRecords(documentId: number, doc: StorableDocument, runId: number): { written: number; rejected: RejectedRecord[] } {
    const sha256 = doc.source.sha256;
    const ids = doc.records.map((r) => recordId(sha256, r.kind, r.start, r.end));
    const seen = new Set<string>();
    const rejected: RejectedRecord[] = [];
    let written = 0;
    doc.records.forEach((record, i) => {
      const id = ids[i]!;
      if (seen.has(id)) {
        rejected.push({ reason: `a second ${record.kind} with the same span ${record.start}-${record.end}`, record });
        return;
      }
      seen.add(id);
      this.statements.insertRecord.run({
        id,
        document_id: documentId,
        kind: record.kind,
        label: record.label,
        text: record.text,
        body: record.body,
        date: record.date,
        status: record.status,
        key_decision: asFlag(record.key_decision),
        call_in: asFlag(record.call_in),
        procedural: record.procedural ? 1 : 0,
        actor: record.actor,
        due: record.due,
        parent: record.parent,
        parent_id: parentIdOf(record, doc.records, ids),
        page: record.page,
        start: record.start,
        end: record.end,
        quote: record.quote,
        content_hash: recordContentHash({ ...record, sha256 }),
        run_id: runId,
      });
      written++;
    });
    return { written, rejected };
  }
}

function asFlag(value: boolean | null): 0 | 1 | null {
  return value === null ? null : value ? 1 : 0;
}

/**
 * The id of the clause an action belongs to: a non-action record of the same document whose label is
 * the action's `parent`; of several, the nearest one before the action (labels restart per section).
 */
export function parentIdOf(record: ExtractedRecord, all: readonly ExtractedRecord[], ids: readonly string[]): string | null {
  if (record.parent === null) return null;
  let best: number | null = null;
  all.forEach((candidate, i) => {
    if (candidate === record || candidate.kind === 'action' || candidate.label !== record.parent) return;
    const current = best === null ? null : all[best]!;
    const before = candidate.start <= record.start;
    if (current === null) best = i;
    else if (before && (current.start > record.start || candidate.start > current.start)) best = i;
  });
  return best === null ? null : ids[best]!;
}
