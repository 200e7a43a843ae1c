import { createHash } from 'node:crypto';

/** The fields a record's content hash covers, in this order. Changing this breaks every stored hash. */
export interface HashedRecordFields {
  kind: string;
  label: string | null;
  text: string;
  body: string | null;
  date: string | null;
  status: string | null;
  key_decision: boolean | null;
  call_in: boolean | null;
  procedural: boolean;
  actor: string | null;
  due: string | null;
  parent: string | null;
  sha256: string;
  page: number;
  start: number;
  end: number;
}

/**
 * sha256 over the canonical JSON of a record's fields (fixed key order, booleans as JSON booleans),
 * so the same record always hashes the same whether it comes from extraction or from a database row.
 */
export function recordContentHash(r: HashedRecordFields): string {
  const canonical = JSON.stringify([
    r.kind, r.label, r.text, r.body, r.date, r.status, r.key_decision, r.call_in, r.procedural,
    r.actor, r.due, r.parent, r.sha256, r.page, r.start, r.end,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** sha256 over the content hashes of the records one run wrote, sorted so order of writing does not matter. */
export function runRecordsHash(contentHashes: readonly string[]): string {
  return createHash('sha256').update([...contentHashes].sort().join('\n'), 'utf8').digest('hex');
}

/** A run's chained hash: sha256(previous run's chain hash, or '' for the first run, + '\n' + records hash). */
export function chainHash(previousChain: string | null, recordsHash: string): string {
  return createHash('sha256').update(`${previousChain ?? ''}\n${recordsHash}`, 'utf8').digest('hex');
}

/** A record's stable id: the same record of the same file content always gets the same id. */
export function recordId(sha256: string, kind: string, start: number, end: number): string {
  return createHash('sha256').update(`${sha256}:${kind}:${start}:${end}`).digest('hex').slice(0, 16);
}
