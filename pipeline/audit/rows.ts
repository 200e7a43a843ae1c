import type { HashedRecordFields } from './hash.ts';

/**
 * Rows as the store holds them (see pipeline/store/migrations/001_init.sql), read by the audit
 * commands. Booleans are SQLite integers 0/1 here; `hashedFieldsOf` turns them back into booleans
 * because the content hash was computed over booleans.
 */
export interface RecordRow {
  rowid: number;
  id: string;
  document_id: number;
  kind: string;
  label: string | null;
  text: string;
  body: string | null;
  date: string | null;
  status: string | null;
  key_decision: number | null;
  call_in: number | null;
  procedural: number;
  actor: string | null;
  due: string | null;
  parent: string | null;
  parent_id: string | null;
  page: number;
  start: number;
  end: number;
  quote: string;
  content_hash: string;
  run_id: number | null;
}

export interface DocumentRow {
  id: number;
  sha256: string;
  path: string;
  name: string;
  format: string;
  bytes: number;
  pages: number;
  chars: number;
  title: string | null;
  body: string | null;
  date: string | null;
  imported_at: string;
  run_id: number | null;
  superseded_by: number | null;
  superseded_at: string | null;
}

export interface DocumentPathRow {
  path: string;
  document_id: number;
}

export type RunStatus = 'running' | 'finished' | 'failed' | 'interrupted';

export interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: RunStatus;
  pid: number | null;
  /** Added by migration 002; null on runs from before it. */
  host: string | null;
  process_start: string | null;
  records_hash: string | null;
  chain_hash: string | null;
  sealed_seq: number | null;
}

/** The record fields the content hash covers, in the order hash.ts lists them (for messages). */
export const HASHED_FIELD_NAMES = [
  'kind', 'label', 'text', 'body', 'date', 'status', 'key_decision', 'call_in', 'procedural',
  'actor', 'due', 'parent', 'sha256', 'page', 'start', 'end',
] as const satisfies readonly (keyof HashedRecordFields)[];
export type HashedFieldName = (typeof HASHED_FIELD_NAMES)[number];

function booleanOf(value: number | null): boolean | null {
  return value === null ? null : value !== 0;
}

/** A stored record's hashed fields, with its document's sha256, as recordContentHash expects them. */
export function hashedFieldsOf(row: RecordRow, documentSha256: string): HashedRecordFields {
  return {
    kind: row.kind,
    label: row.label,
    text: row.text,
    body: row.body,
    date: row.date,
    status: row.status,
    key_decision: booleanOf(row.key_decision),
    call_in: booleanOf(row.call_in),
    procedural: row.procedural !== 0,
    actor: row.actor,
    due: row.due,
    parent: row.parent,
    sha256: documentSha256,
    page: row.page,
    start: row.start,
    end: row.end,
  };
}

/** Names of the hashed fields whose values differ between two sets of hashed fields. */
export function differingFields(a: HashedRecordFields, b: HashedRecordFields): HashedFieldName[] {
  return HASHED_FIELD_NAMES.filter((name) => a[name] !== b[name]);
}
