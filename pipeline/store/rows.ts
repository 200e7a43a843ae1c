import type { RecordKind } from '../../schemas/record.ts';

/**
 * Rows as the store holds them (see pipeline/store/migrations/001_init.sql), for the code that reads
 * the tables directly (audit, trail). Booleans are SQLite integers 0/1 here.
 */
export interface RecordRow {
  rowid: number;
  id: string;
  document_id: number;
  kind: RecordKind;
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
  doc_type: string | null;
  meta_json: string;
}

