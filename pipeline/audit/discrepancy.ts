/**
 * What `verify` can find wrong. Each names the file, record or run concerned and says what differs,
 * in words an auditor can act on (`message`), with the identifiers alongside for scripts.
 */
export type DiscrepancyKind =
  | 'file-missing'
  | 'file-changed'
  | 'file-unreadable'
  | 'reader-changed'
  | 'quote-mismatch'
  | 'page-mismatch'
  | 'content-hash-mismatch'
  | 'id-mismatch'
  | 'record-without-document'
  | 'record-without-run'
  | 'record-unknown-run'
  | 'record-not-reproduced'
  | 'record-removed'
  | 'run-unsealed'
  | 'run-records-hash-mismatch'
  | 'chain-break'
  | 'chain-gap';

export interface Discrepancy {
  kind: DiscrepancyKind;
  message: string;
  file?: string;
  document_id?: number;
  record_id?: string;
  run_id?: number;
  /** For a record: the hashed fields that cannot be confirmed (or, when proven, that were changed). */
  fields?: string[];
}

/** Something worth saying that is not a discrepancy (a run still importing, an old version's file gone). */
export interface AuditNote {
  message: string;
  document_id?: number;
  run_id?: number;
}

/** A short, recognisable form of a long hash for messages. */
export function shortHash(hash: string | null): string {
  return hash === null ? '(none)' : hash.slice(0, 12);
}
