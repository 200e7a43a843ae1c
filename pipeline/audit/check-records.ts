import { recordContentHash, recordId } from './hash.ts';
import { shortHash, type Discrepancy } from './discrepancy.ts';
import type { FreshRecord } from './fresh.ts';
import { differingFields, HASHED_FIELD_NAMES, hashedFieldsOf, type DocumentRow, type HashedFieldName, type RecordRow } from './rows.ts';

/** How a record is named in messages: its id, then what and where it is. */
export function describeRecord(row: RecordRow, doc: DocumentRow | undefined): string {
  const label = row.label ? ` ${row.label}` : '';
  return `record ${row.id} (${row.kind}${label}, ${doc ? doc.name : `document ${row.document_id}`})`;
}

/** Whether the record's hashed fields, as stored now, still give its stored content hash. */
export function contentHashHolds(row: RecordRow, doc: DocumentRow): boolean {
  return recordContentHash(hashedFieldsOf(row, doc.sha256)) === row.content_hash;
}

/** Whether the record's id is the one its document, kind and span give (ids are derived, not chosen). */
export function idHolds(row: RecordRow, doc: DocumentRow): boolean {
  return recordId(doc.sha256, row.kind, row.start, row.end) === row.id;
}

/** Fields the id vouches for: an id that still derives from them confirms them. */
const ID_FIELDS: readonly HashedFieldName[] = ['kind', 'start', 'end', 'sha256'];

/**
 * The discrepancy for a record whose fields no longer give its content hash, as precise as the
 * evidence allows: with a fresh extraction that reproduces the stored hash, the exact fields that
 * were changed and their values; otherwise the fields that cannot be confirmed.
 */
export function contentHashDiscrepancy(row: RecordRow, doc: DocumentRow, fresh: FreshRecord | undefined): Discrepancy {
  const base = { kind: 'content-hash-mismatch' as const, record_id: row.id, document_id: doc.id, file: doc.path };
  const stored = hashedFieldsOf(row, doc.sha256);
  const name = describeRecord(row, doc);
  if (fresh && fresh.contentHash === row.content_hash) {
    const fields = differingFields(stored, fresh.fields);
    const changes = fields.map((f) => {
      const [now, was] = contrast(stored[f], fresh.fields[f]);
      return `${f} is ${now} where the source gives ${was}`;
    });
    return { ...base, fields, message: `${name}: changed after import (content hash mismatch): ${changes.join('; ')}` };
  }
  if (fresh && fresh.contentHash === recordContentHash(stored)) {
    return {
      ...base,
      fields: ['content_hash'],
      message: `${name}: its fields match the source but its stored content hash ${shortHash(row.content_hash)} was changed`,
    };
  }
  const unconfirmed = HASHED_FIELD_NAMES.filter((f) => !(idHolds(row, doc) && ID_FIELDS.includes(f)));
  const hint = fresh ? `; differs from a fresh extraction in: ${differingFields(stored, fresh.fields).join(', ') || 'nothing'}` : '';
  return {
    ...base,
    fields: unconfirmed,
    message: `${name}: content hash mismatch: the stored fields no longer give the stored hash; cannot confirm ${unconfirmed.join(', ')}${hint}`,
  };
}

export function idDiscrepancy(row: RecordRow, doc: DocumentRow): Discrepancy {
  return {
    kind: 'id-mismatch',
    record_id: row.id,
    document_id: doc.id,
    file: doc.path,
    fields: ['kind', 'start', 'end', 'sha256'],
    message: `${describeRecord(row, doc)}: its id is not the one its document, kind and span ${row.start}-${row.end} give (${recordId(doc.sha256, row.kind, row.start, row.end)}): one of them was changed, or the record was not written by an import`,
  };
}

/** A value as it appears in a message: strings quoted and cut to a readable length. */
export function preview(value: unknown, max = 80): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const oneLine = value.replace(/\s+/g, ' ');
  return JSON.stringify(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}

/**
 * Two values side by side for a message: long strings are cut to the part where they differ, with a
 * little of the shared text around it, so that an edit deep inside a long clause stays visible.
 */
export function contrast(a: unknown, b: unknown, around = 24): [string, string] {
  if (typeof a !== 'string' || typeof b !== 'string') return [preview(a), preview(b)];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const from = Math.max(0, prefix - around);
  const cut = (s: string): string => {
    const to = Math.min(s.length, s.length - suffix + around);
    return `${from > 0 ? '…' : ''}${s.slice(from, to)}${to < s.length ? '…' : ''}`;
  };
  return [preview(cut(a), 200), preview(cut(b), 200)];
}
