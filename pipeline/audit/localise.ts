import { runRecordsHash } from './hash.ts';
import { shortHash, type Discrepancy } from './discrepancy.ts';
import type { FreshRecord } from './fresh.ts';
import type { RunMismatch } from './check-runs.ts';
import type { DocumentRow } from './rows.ts';

/**
 * Explains a run whose records no longer give its records hash. When extracting the run's documents
 * again reproduces the sealed hash exactly, the records the run wrote are known, so the ones removed,
 * added or re-hashed since can be named; otherwise the run is named with the count of records it has now.
 * `freshByDocument` holds a fresh extraction for each document that could be read intact.
 */
export function explainRunMismatch(
  mismatch: RunMismatch,
  runDocuments: readonly DocumentRow[],
  freshByDocument: ReadonlyMap<number, FreshRecord[]>,
): Discrepancy[] {
  const { run, records } = mismatch;
  const head: Discrepancy = {
    kind: 'run-records-hash-mismatch',
    run_id: run.id,
    message: `run ${run.id} (seal ${run.sealed_seq}): its ${records.length} records now give records hash ${shortHash(mismatch.recomputed)}, sealed as ${shortHash(run.records_hash)}: a record was removed, added or its content hash changed`,
  };
  const reproducible = runDocuments.length > 0 && runDocuments.every((doc) => freshByDocument.has(doc.id));
  if (!reproducible) return [head];
  const fresh = runDocuments.flatMap((doc) => (freshByDocument.get(doc.id) ?? []).map((record) => ({ record, doc })));
  if (runRecordsHash(fresh.map((f) => f.record.contentHash)) !== run.records_hash) return [head];

  const stored = new Map(records.map((r) => [r.id, r]));
  const freshIds = new Set(fresh.map((f) => f.record.id));
  const removed = fresh.filter((f) => !stored.has(f.record.id)).length;
  const added = records.filter((r) => !freshIds.has(r.id)).length;
  head.message = `run ${run.id} (seal ${run.sealed_seq}): sealed with ${fresh.length} records (re-extracting its documents reproduces the seal), it now has ${records.length}: ${removed} removed, ${added} added`;
  const out: Discrepancy[] = [head];
  for (const { record, doc } of fresh) {
    const now = stored.get(record.id);
    if (!now) {
      out.push({ kind: 'record-removed', record_id: record.id, run_id: run.id, document_id: doc.id, file: doc.path, message: `record ${record.id} (${record.kind}${record.label ? ` ${record.label}` : ''}, ${doc.name}) was written by run ${run.id} and is gone from the database` });
    } else if (now.content_hash !== record.contentHash) {
      out.push({ kind: 'content-hash-mismatch', record_id: record.id, run_id: run.id, document_id: doc.id, file: doc.path, fields: ['content_hash'], message: `record ${record.id}: its stored content hash ${shortHash(now.content_hash)} is not the one run ${run.id} sealed (${shortHash(record.contentHash)})` });
    }
  }
  for (const row of records) {
    if (freshIds.has(row.id)) continue;
    out.push({ kind: 'record-not-reproduced', record_id: row.id, run_id: run.id, document_id: row.document_id, message: `record ${row.id} (${row.kind}${row.label ? ` ${row.label}` : ''}) claims run ${run.id} but that run did not write it (its source does not give it): added by hand?` });
  }
  return out;
}
