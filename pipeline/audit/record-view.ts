import type { Format } from '../../schemas/document.ts';
import type { ExportedRecord } from '../../schemas/record.ts';
import type { DB } from '../store/db.ts';
import { readDocument } from '../readers/index.ts';
import { contentHashHolds } from './check-records.ts';
import { actionsUnder, documentById, parentClauseOf, pathsOfDocument, recordsByIdPrefix, runById } from './queries.ts';
import type { DocumentRow, RecordRow } from './rows.ts';
import { inspectPath, type PathState } from './sources.ts';

/** Everything `show` prints about one record: its fields, its document, its words in context, its family. */
export interface RecordView {
  /** The export contract's record fields (schemas/record.ts) without the document's, plus what the store adds. */
  record: Omit<ExportedRecord, 'doc' | 'file' | 'sha256'> & {
    parent_id: string | null;
    content_hash: string;
    /** Whether the stored fields still give the stored content hash. */
    content_hash_ok: boolean;
    run_id: number | null;
  };
  run: { id: number; status: string; sealed_seq: number | null } | null;
  document: {
    id: number;
    name: string;
    format: string;
    sha256: string;
    path: string;
    paths: string[];
    pages: number;
    superseded_by: number | null;
  };
  source: SourceView;
  parent: RelatedRecord | null;
  actions: RelatedRecord[];
}

export interface SourceView {
  /** intact: re-read from the file; otherwise the stored quote stands alone, and `detail` says why. */
  status: 'intact' | 'missing' | 'changed' | 'unreadable';
  path: string;
  detail: string | null;
  /** The text around the span, from the re-read source (null when the source cannot be used). */
  context: { before: string; quote: string; after: string; cut_before: boolean; cut_after: boolean } | null;
}

export interface RelatedRecord {
  id: string;
  kind: string;
  label: string | null;
  text: string;
  actor: string | null;
  due: string | null;
}

export type FindRecord = { ok: true; row: RecordRow } | { ok: false; reason: string };

/** A record by its id or by an unambiguous prefix of it. */
export function findRecord(db: DB, idOrPrefix: string): FindRecord {
  const wanted = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f]+$/.test(wanted)) return { ok: false, reason: `"${idOrPrefix}" is not a record id (ids are hexadecimal, e.g. 5f338a7c446e3edb)` };
  const matches = recordsByIdPrefix(db, wanted, 6);
  if (matches.length === 0) return { ok: false, reason: `no record with id ${wanted}${wanted.length < 16 ? '…' : ''} in the database` };
  const exact = matches.find((m) => m.id === wanted);
  if (exact) return { ok: true, row: exact };
  if (matches.length > 1) {
    const listed = matches.slice(0, 5).map((m) => `  ${m.id}  ${m.kind}${m.label ? ` ${m.label}` : ''}`).join('\n');
    return { ok: false, reason: `${wanted} is ambiguous: ${matches.length > 5 ? 'more than 5' : matches.length} records start with it:\n${listed}` };
  }
  return { ok: true, row: matches[0]! };
}

/** Builds the view of a found record, re-reading its source file for the context when it is intact. */
export async function recordView(db: DB, row: RecordRow, contextChars: number): Promise<RecordView> {
  const doc = documentById(db, row.document_id);
  if (!doc) throw new Error(`record ${row.id} names document ${row.document_id}, which is not in the database (run \`decision-trail verify\`)`);
  const paths = pathsOfDocument(db, doc.id);
  const run = row.run_id === null ? undefined : runById(db, row.run_id);
  const parent = row.kind === 'action' ? parentClauseOf(db, row) : undefined;
  return {
    record: {
      id: row.id, kind: row.kind, label: row.label, text: row.text, body: row.body, date: row.date, status: row.status,
      key_decision: flag(row.key_decision), call_in: flag(row.call_in), procedural: row.procedural !== 0,
      actor: row.actor, due: row.due, parent: row.parent, parent_id: row.parent_id ?? parent?.id ?? null,
      page: row.page, start: row.start, end: row.end, quote: row.quote,
      content_hash: row.content_hash, content_hash_ok: contentHashHolds(row, doc), run_id: row.run_id,
    },
    run: run ? { id: run.id, status: run.status, sealed_seq: run.sealed_seq } : null,
    document: {
      id: doc.id, name: doc.name, format: doc.format, sha256: doc.sha256, path: paths[0] ?? doc.path,
      paths: paths.length > 0 ? paths : [doc.path], pages: doc.pages, superseded_by: doc.superseded_by,
    },
    source: await sourceView(doc, paths.length > 0 ? paths : [doc.path], row, contextChars),
    parent: parent ? related(parent) : null,
    actions: row.kind === 'action' ? [] : actionsUnder(db, row).map(related),
  };
}

/**
 * The record's words in their context, from the first of the document's paths that still holds the
 * imported content. When none does, says why, and the stored quote is all there is.
 */
async function sourceView(doc: DocumentRow, paths: readonly string[], row: RecordRow, contextChars: number): Promise<SourceView> {
  const states: PathState[] = [];
  for (const p of paths) {
    const state = await inspectPath(p, doc.sha256);
    if (state.status === 'intact') return contextFrom(state.path, state.bytes, doc, row, contextChars);
    states.push(state);
  }
  const first = states[0]!;
  const old = doc.superseded_by !== null ? ` (this is an old version of the document, replaced by document ${doc.superseded_by})` : '';
  switch (first.status) {
    case 'missing':
      return { status: 'missing', path: first.path, detail: `source file missing: ${first.path}; showing the stored quote`, context: null };
    case 'changed':
      return { status: 'changed', path: first.path, detail: `source file changed since import (SHA-256 now ${first.sha256.slice(0, 12)}…, imported ${doc.sha256.slice(0, 12)}…)${old}; showing the stored quote`, context: null };
    case 'unreadable':
      return { status: 'unreadable', path: first.path, detail: `source file cannot be read (${first.reason}); showing the stored quote`, context: null };
    case 'intact':
      throw new Error('unreachable: intact paths return above');
  }
}

async function contextFrom(filePath: string, bytes: Uint8Array, doc: DocumentRow, row: RecordRow, contextChars: number): Promise<SourceView> {
  const read = await readDocument(bytes, doc.format as Format).catch((error: unknown) => ({ ok: false as const, reason: String(error), code: 'read-error' }));
  if (!read.ok) return { status: 'unreadable', path: filePath, detail: `source file intact but cannot be read again (${read.reason}); showing the stored quote`, context: null };
  const text = read.document.text;
  const from = Math.max(0, row.start - contextChars);
  const to = Math.min(text.length, row.end + contextChars);
  const quote = text.slice(row.start, row.end);
  const detail = quote === row.quote ? null : `the stored quote differs from the source text at ${row.start}-${row.end} (run \`decision-trail verify\`); the source is shown`;
  return {
    status: 'intact',
    path: filePath,
    detail,
    context: { before: text.slice(from, row.start), quote, after: text.slice(row.end, to), cut_before: from > 0, cut_after: to < text.length },
  };
}

function related(row: RecordRow): RelatedRecord {
  return { id: row.id, kind: row.kind, label: row.label, text: row.text, actor: row.actor, due: row.due };
}

function flag(value: number | null): boolean | null {
  return value === null ? null : value !== 0;
}
