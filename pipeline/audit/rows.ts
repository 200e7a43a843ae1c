import type { HashedRecordFields } from './hash.ts';

// Booleans are SQLite integers 0/1 in stored rows; `hashedFieldsOf` turns them back into booleans
// because the content hash was computed over booleans.
export type { DocumentRow, RecordRow } from '../store/rows.ts';
import type { DocumentRow, RecordRow } from '../store/rows.ts';

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
