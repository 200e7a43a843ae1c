import type { ExtractedRecord } from '../../schemas/record.ts';
import { recordContentHash, recordId, type HashedRecordFields } from './hash.ts';

/**
 * A record as extracting the source again gives it today, hashed as the import hashed it. Used to say
 * which field of a stored record changed, and which records a run lost or gained.
 */
export interface FreshRecord {
  id: string;
  kind: string;
  label: string | null;
  fields: HashedRecordFields;
  contentHash: string;
}

/**
 * The records an import of this content would store: one per id, the first of any two with the same
 * kind and span (as the writer keeps them).
 */
export function freshRecordsOf(sha256: string, records: readonly ExtractedRecord[]): FreshRecord[] {
  const seen = new Set<string>();
  const fresh: FreshRecord[] = [];
  for (const record of records) {
    const id = recordId(sha256, record.kind, record.start, record.end);
    if (seen.has(id)) continue;
    seen.add(id);
    const fields: HashedRecordFields = {
      kind: record.kind, label: record.label, text: record.text, body: record.body, date: record.date,
      status: record.status, key_decision: record.key_decision, call_in: record.call_in, procedural: record.procedural,
      actor: record.actor, due: record.due, parent: record.parent, sha256, page: record.page, start: record.start, end: record.end,
    };
    fresh.push({ id, kind: record.kind, label: record.label, fields, contentHash: recordContentHash(fields) });
  }
  return fresh;
}
