import path from 'node:path';
import type { Format } from '../../schemas/document.ts';
import type { DB } from '../store/db.ts';
import { isRunAlive } from '../store/runs.ts';
import { checkRuns } from './check-runs.ts';
import { contentHashDiscrepancy, contentHashHolds, describeRecord, idDiscrepancy, idHolds, preview } from './check-records.ts';
import { shortHash, type AuditNote, type Discrepancy } from './discrepancy.ts';
import type { FreshRecord } from './fresh.ts';
import { explainRunMismatch } from './localise.ts';
import { loadAuditData, type AuditData } from './queries.ts';
import type { RereadResult, RereadTask } from './reread.ts';
import { rereadSource } from './reread.ts';
import type { DocumentRow, RecordRow, RunRow } from './rows.ts';
import { indexByContent, inspectPath, type PathState } from './sources.ts';

export type DocumentStatus = 'intact' | 'moved' | 'missing' | 'changed' | 'unreadable' | 'superseded';

export interface DocumentReport {
  document_id: number;
  name: string;
  format: string;
  sha256: string;
  /** The paths the store says hold this content, each with what is there now. */
  paths: { path: string; status: PathState['status'] }[];
  status: DocumentStatus;
  /** Where the content was found under --search-dir, when not at its own path. */
  found_at: string | null;
  records: number;
  superseded_by: number | null;
}

export interface VerifyReport {
  database: string;
  ok: boolean;
  counts: { documents: number; superseded: number; records: number; runs: number; discrepancies: number };
  documents: DocumentReport[];
  discrepancies: Discrepancy[];
  notes: AuditNote[];
  /** The last sealed run's chain hash: kept elsewhere, it proves later that the chain was not rewritten whole. */
  chain_head: string | null;
}

export interface VerifyOptions {
  /** Verify only the document(s) imported from this path (and the runs that wrote them). */
  doc?: string;
  /** Look for missing or changed files here, by content. */
  searchDir?: string;
  /** Re-reads a source (inline by default; the command may hand in a worker pool). */
  reread?: (task: RereadTask) => Promise<RereadResult>;
  /** How many files are read at once. */
  concurrency?: number;
  isAlive?: (run: RunRow) => boolean;
}

/** A request verify cannot act on (exit 2), as opposed to a discrepancy it found (exit 1). */
export class VerifyUsageError extends Error {}

interface Scope {
  documents: DocumentRow[];
  records: RecordRow[];
  runs: Set<number> | null;
}

/**
 * Checks the store against its sources and itself: each current document's file (missing, changed,
 * intact), each record's quote against the re-read text, each record's content hash and id, each
 * sealed run's records hash and the chain of runs. Reads each source file once.
 */
export async function verifyStore(db: DB, databasePath: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const data = loadAuditData(db);
  const docsById = new Map(data.documents.map((d) => [d.id, d]));
  const scope = scopeOf(data, options.doc);
  const recordsByDoc = groupBy(scope.records, (r) => r.document_id);

  const recordFindings = checkRecordRows(scope.records, docsById);
  const runScope = scope.runs ? { runs: scope.runs, records: scope.records } : null;
  const runs = checkRuns(data.runs, data.records, options.isAlive ?? ((run) => isRunAlive(run)), runScope);
  const runDocs = new Map(runs.mismatchedRuns.map((m) => [m.run.id, documentsOfRun(m.run.id, m.records, data.documents, docsById)]));
  const suspects = new Set<number>([
    ...recordFindings.hashMismatches.map((r) => r.document_id),
    ...[...runDocs.values()].flatMap((docs) => docs.map((d) => d.id)),
  ]);

  const files = await checkFiles(scope.documents, data, recordsByDoc, suspects, options);

  const discrepancies = dedupe([
    ...files.discrepancies,
    ...recordFindings.discrepancies,
    ...recordFindings.hashMismatches.map((row) => contentHashDiscrepancy(row, docsById.get(row.document_id)!, files.freshById.get(row.id))),
    ...runs.discrepancies,
    ...runs.mismatchedRuns.flatMap((m) => explainRunMismatch(m, runDocs.get(m.run.id) ?? [], files.freshByDocument)),
  ]);
  const current = files.documents.filter((d) => d.status !== 'superseded').length;
  return {
    database: databasePath,
    ok: discrepancies.length === 0,
    counts: { documents: current, superseded: files.documents.length - current, records: scope.records.length, runs: runs.sealedRuns, discrepancies: discrepancies.length },
    documents: files.documents,
    discrepancies,
    notes: [...runs.notes, ...files.notes],
    chain_head: runs.chainHead,
  };
}

/** The whole store, or with --doc the document(s) imported from that path and the runs that wrote them. */
function scopeOf(data: AuditData, doc: string | undefined): Scope {
  if (doc === undefined) return { documents: data.documents, records: data.records, runs: null };
  const wanted = new Set([doc, path.resolve(doc)]);
  const ids = new Set<number>();
  for (const p of data.paths) if (wanted.has(p.path)) ids.add(p.document_id);
  for (const d of data.documents) if (wanted.has(d.path)) ids.add(d.id);
  if (ids.size === 0) throw new VerifyUsageError(`no document in the database was imported from ${path.resolve(doc)}`);
  const documents = data.documents.filter((d) => ids.has(d.id));
  const records = data.records.filter((r) => ids.has(r.document_id));
  const runs = new Set<number>();
  for (const d of documents) if (d.run_id !== null) runs.add(d.run_id);
  for (const r of records) if (r.run_id !== null) runs.add(r.run_id);
  return { documents, records, runs };
}

interface RecordFindings {
  discrepancies: Discrepancy[];
  hashMismatches: RecordRow[];
}

/** The checks a record row allows on its own: it has a document, its content hash and its id hold. */
function checkRecordRows(records: readonly RecordRow[], docsById: ReadonlyMap<number, DocumentRow>): RecordFindings {
  const discrepancies: Discrepancy[] = [];
  const hashMismatches: RecordRow[] = [];
  for (const row of records) {
    const doc = docsById.get(row.document_id);
    if (!doc) {
      discrepancies.push({ kind: 'record-without-document', record_id: row.id, document_id: row.document_id, message: `record ${row.id}: its document ${row.document_id} does not exist` });
      continue;
    }
    if (!contentHashHolds(row, doc)) hashMismatches.push(row);
    if (!idHolds(row, doc)) discrepancies.push(idDiscrepancy(row, doc));
  }
  return { discrepancies, hashMismatches };
}

/** The documents a run wrote: those it stored, and those its records (now) point at. */
function documentsOfRun(runId: number, records: readonly RecordRow[], documents: readonly DocumentRow[], docsById: ReadonlyMap<number, DocumentRow>): DocumentRow[] {
  const ids = new Set(documents.filter((d) => d.run_id === runId).map((d) => d.id));
  for (const r of records) if (docsById.has(r.document_id)) ids.add(r.document_id);
  return [...ids].sort((a, b) => a - b).map((id) => docsById.get(id)!);
}

interface FileFindings {
  documents: DocumentReport[];
  discrepancies: Discrepancy[];
  notes: AuditNote[];
  freshByDocument: Map<number, FreshRecord[]>;
  freshById: Map<string, FreshRecord>;
}

interface Located {
  doc: DocumentRow;
  states: PathState[];
  /** Bytes that hash to the document's sha256, from its own path or found under --search-dir, until read again. */
  bytes: Uint8Array | null;
  foundAt: string | null;
  /** Intact, but its reader cannot read it now. */
  unreadable: boolean;
}

/** Each current document's file: located, hashed, read again and its records' quotes checked. */
async function checkFiles(
  documents: readonly DocumentRow[],
  data: AuditData,
  recordsByDoc: ReadonlyMap<number, RecordRow[]>,
  suspects: ReadonlySet<number>,
  options: VerifyOptions,
): Promise<FileFindings> {
  const findings: FileFindings = { documents: [], discrepancies: [], notes: [], freshByDocument: new Map(), freshById: new Map() };
  const pathsByDoc = groupBy(data.paths, (p) => p.document_id);
  const reread = options.reread ?? rereadSource;
  const current = documents.filter((d) => d.superseded_by === null);

  const rereadItem = async (item: Located): Promise<void> => {
    const records = recordsByDoc.get(item.doc.id) ?? [];
    // Drop the bytes held for this file as soon as it has been read again.
    const bytes = item.bytes!;
    item.bytes = null;
    const file = item.foundAt ?? item.doc.path;
    const result = await reread({
      path: file,
      format: item.doc.format as Format,
      bytes,
      claims: records.map((r) => ({ id: r.id, start: r.start, end: r.end, page: r.page, quote: r.quote })),
      extract: suspects.has(item.doc.id),
    });
    if (!result.ok) {
      item.unreadable = true;
      findings.discrepancies.push({ kind: 'file-unreadable', document_id: item.doc.id, file, message: `${file}: content intact but it cannot be read again (${result.reason}): ${records.length} quotes unconfirmed` });
      return;
    }
    if (result.chars !== item.doc.chars) {
      // The bytes are the imported ones (same SHA-256), so different text means a different reader.
      const quotes = result.mismatches.filter((m) => m.what === 'quote').length;
      const changed = `${file}: content intact, but the ${item.doc.format} reader now gives ${result.chars} characters of text where the import had ${item.doc.chars}: the reader has changed since this file was imported`;
      if (quotes === 0) {
        findings.notes.push({ document_id: item.doc.id, message: `${changed}; ${records.length === 0 ? 'it has no records' : `its ${records.length} quote${records.length === 1 ? '' : 's'} still match${records.length === 1 ? 'es' : ''}`}` });
      } else {
        findings.discrepancies.push({ kind: 'reader-changed', document_id: item.doc.id, file, message: `${changed}, so spans no longer line up (${quotes} of ${records.length} quotes differ); re-import the file to refresh its records` });
      }
    }
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const m of result.mismatches) findings.discrepancies.push(spanDiscrepancy(m, byId.get(m.id)!, item));
    if (result.fresh) {
      findings.freshByDocument.set(item.doc.id, result.fresh);
      for (const f of result.fresh) findings.freshById.set(f.id, f);
    }
  };

  // Each file is read once, hashed and, when intact, read again through its reader straight away,
  // so that only a few files' bytes are held at a time.
  const located = await mapLimit(current, options.concurrency ?? 4, async (doc): Promise<Located> => {
    const claimed = pathsByDoc.get(doc.id)?.map((p) => p.path) ?? [doc.path];
    const states = await Promise.all(claimed.map((p) => inspectPath(p, doc.sha256)));
    const intact = states.find((s) => s.status === 'intact');
    const item: Located = { doc, states, bytes: intact?.status === 'intact' ? intact.bytes : null, foundAt: null, unreadable: false };
    if (item.bytes) await rereadItem(item);
    return item;
  });
  // Files whose content is at none of their paths: looked for by content, in one walk of --search-dir.
  const lost = located.filter((item) => !item.states.some((s) => s.status === 'intact'));
  await searchForMissing(lost, options.searchDir);
  await mapLimit(lost.filter((item) => item.bytes !== null), options.concurrency ?? 4, rereadItem);

  for (const item of located) {
    const records = recordsByDoc.get(item.doc.id)?.length ?? 0;
    findings.documents.push(reportOf(item, records));
    findings.discrepancies.push(...pathDiscrepancies(item, records));
  }
  for (const doc of documents) {
    if (doc.superseded_by === null) continue;
    findings.documents.push({ document_id: doc.id, name: doc.name, format: doc.format, sha256: doc.sha256, paths: [], status: 'superseded', found_at: null, records: recordsByDoc.get(doc.id)?.length ?? 0, superseded_by: doc.superseded_by });
  }
  findings.documents.sort((a, b) => a.document_id - b.document_id);
  findings.discrepancies.sort((a, b) => (a.document_id ?? 0) - (b.document_id ?? 0));
  return findings;
}

/** Files whose content is at none of their paths: looked for by content under --search-dir. */
async function searchForMissing(lost: Located[], searchDir: string | undefined): Promise<void> {
  if (!searchDir || lost.length === 0) return;
  const index = await indexByContent(searchDir, new Set(lost.map((l) => l.doc.bytes)), new Set(lost.map((l) => l.doc.sha256)));
  for (const item of lost) {
    const found = index.get(item.doc.sha256);
    if (!found) continue;
    item.bytes = found.bytes;
    item.foundAt = found.path;
  }
}

function reportOf(item: Located, records: number): DocumentReport {
  const statuses = item.states.map((s) => s.status);
  let status: DocumentStatus = item.unreadable ? 'unreadable' : 'intact';
  if (statuses.includes('changed')) status = 'changed';
  else if (statuses.includes('unreadable')) status = 'unreadable';
  else if (statuses.includes('missing')) status = item.foundAt ? 'moved' : 'missing';
  return {
    document_id: item.doc.id,
    name: item.doc.name,
    format: item.doc.format,
    sha256: item.doc.sha256,
    paths: item.states.map((s) => ({ path: s.path, status: s.status })),
    status,
    found_at: item.foundAt,
    records,
    superseded_by: null,
  };
}

/**
 * One discrepancy per path that no longer holds the document's content. A missing file whose content
 * was found elsewhere (--search-dir) has moved: not a discrepancy.
 */
function pathDiscrepancies(item: Located, records: number): Discrepancy[] {
  const out: Discrepancy[] = [];
  const base = { document_id: item.doc.id };
  const usable = item.foundAt !== null || item.states.some((s) => s.status === 'intact');
  const unconfirmed = usable ? '' : `; its ${records} records' quotes cannot be checked against it`;
  const elsewhere = item.foundAt ? ` (the imported content was found at ${item.foundAt})` : '';
  for (const state of item.states) {
    if (state.status === 'changed') {
      out.push({ ...base, kind: 'file-changed', file: state.path, message: `${state.path}: changed since import: SHA-256 is now ${shortHash(state.sha256)}, imported as ${shortHash(item.doc.sha256)}${elsewhere}${unconfirmed}` });
    } else if (state.status === 'missing' && !item.foundAt) {
      out.push({ ...base, kind: 'file-missing', file: state.path, message: `${state.path}: missing (imported as document ${item.doc.id}, SHA-256 ${shortHash(item.doc.sha256)})${unconfirmed}` });
    } else if (state.status === 'unreadable') {
      out.push({ ...base, kind: 'file-unreadable', file: state.path, message: `${state.path}: cannot be read: ${state.reason}` });
    }
  }
  return out;
}

function spanDiscrepancy(m: { id: string; what: 'quote' | 'page'; stored: string; source: string }, row: RecordRow, item: Located): Discrepancy {
  const name = describeRecord(row, item.doc);
  const file = item.foundAt ?? item.doc.path;
  if (m.what === 'page') {
    return { kind: 'page-mismatch', record_id: row.id, document_id: item.doc.id, file, fields: ['page'], message: `${name}: page ${m.stored} stored, but its span starts on page ${m.source} of ${file}` };
  }
  return { kind: 'quote-mismatch', record_id: row.id, document_id: item.doc.id, file, fields: ['quote'], message: `${name}: quote ${preview(m.stored)} is not the source text at ${row.start}-${row.end}, which reads ${preview(m.source)}` };
}

function dedupe(discrepancies: Discrepancy[]): Discrepancy[] {
  const seen = new Set<string>();
  return discrepancies.filter((d) => {
    const key = d.record_id ? `${d.kind}:${d.record_id}` : `${d.kind}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Runs `fn` over `items` with at most `limit` at a time, results in input order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
