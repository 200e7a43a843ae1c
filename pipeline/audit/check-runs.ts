import { chainHash, runRecordsHash } from './hash.ts';
import { shortHash, type AuditNote, type Discrepancy } from './discrepancy.ts';
import type { RecordRow, RunRow } from './rows.ts';

export interface RunsCheck {
  discrepancies: Discrepancy[];
  notes: AuditNote[];
  /** Sealed runs whose records no longer give their records hash: to be explained record by record if possible. */
  mismatchedRuns: RunMismatch[];
  sealedRuns: number;
  /** The last sealed run's stored chain hash: write it down elsewhere to detect a rewrite of the whole chain later. */
  chainHead: string | null;
}

export interface RunMismatch {
  run: RunRow;
  records: RecordRow[];
  recomputed: string;
}

const LISTED = 5;

/**
 * Checks that every record belongs to a sealed run, that each sealed run's records still give its
 * records hash, and that the chain of runs holds link by link in sealed_seq order.
 * `scope` (verify --doc) limits the checks to those runs and records; a run's hash is still computed
 * over all its records, and the chain is always checked whole (it is cheap).
 */
export function checkRuns(
  runs: readonly RunRow[],
  records: readonly RecordRow[],
  isAlive: (run: RunRow) => boolean,
  scope: { runs: ReadonlySet<number>; records: readonly RecordRow[] } | null,
): RunsCheck {
  const discrepancies: Discrepancy[] = [];
  const notes: AuditNote[] = [];
  const mismatchedRuns: RunMismatch[] = [];
  const runsById = new Map(runs.map((run) => [run.id, run]));
  const byRun = groupByRun(records);

  const scopedByRun = scope ? groupByRun(scope.records) : byRun;
  const runsInScope = scope?.runs ?? null;
  for (const row of scopedByRun.get(null) ?? []) {
    discrepancies.push({ kind: 'record-without-run', record_id: row.id, document_id: row.document_id, message: `record ${row.id}: belongs to no import run (run_id is empty): no import wrote it` });
  }
  for (const [runId, rows] of scopedByRun) {
    if (runId === null || runsById.has(runId)) continue;
    for (const row of rows) {
      discrepancies.push({ kind: 'record-unknown-run', record_id: row.id, document_id: row.document_id, run_id: runId, message: `record ${row.id}: names import run ${runId}, which does not exist` });
    }
  }
  for (const run of runs) {
    if (runsInScope && !runsInScope.has(run.id)) continue;
    const rows = byRun.get(run.id) ?? [];
    if (run.sealed_seq === null || run.records_hash === null) {
      checkUnsealed(run, rows, isAlive, discrepancies, notes);
      continue;
    }
    const recomputed = runRecordsHash(rows.map((r) => r.content_hash));
    if (recomputed !== run.records_hash) mismatchedRuns.push({ run, records: rows, recomputed });
  }
  const chain = checkChain(runs);
  discrepancies.push(...chain.discrepancies);
  return { discrepancies, notes, mismatchedRuns, sealedRuns: chain.sealed, chainHead: chain.head };
}

function checkUnsealed(run: RunRow, rows: readonly RecordRow[], isAlive: (run: RunRow) => boolean, discrepancies: Discrepancy[], notes: AuditNote[]): void {
  if (run.status === 'running' && isAlive(run)) {
    notes.push({ run_id: run.id, message: `run ${run.id} is still importing: its ${rows.length} records so far are sealed when it ends` });
    return;
  }
  if (rows.length === 0) return;
  const listed = rows.slice(0, LISTED).map((r) => r.id).join(', ') + (rows.length > LISTED ? `, … (${rows.length - LISTED} more)` : '');
  discrepancies.push({
    kind: 'run-unsealed',
    run_id: run.id,
    message: `run ${run.id} (${run.status}) is not sealed, so its ${rows.length} records are not covered by the chain: ${listed}` +
      (run.status === 'running' ? ' (its process has ended; the next import seals it)' : ''),
  });
}

function groupByRun(records: readonly RecordRow[]): Map<number | null, RecordRow[]> {
  const byRun = new Map<number | null, RecordRow[]>();
  for (const row of records) {
    const list = byRun.get(row.run_id);
    if (list) list.push(row);
    else byRun.set(row.run_id, [row]);
  }
  return byRun;
}

/**
 * Walks the sealed runs in sealed_seq order, recomputing each chain hash from the previous one and the
 * run's stored records hash. After a break, the next link may start from either the recomputed or the
 * stored value, whichever it holds with, so one edited hash is reported once, at the run it was edited in.
 */
export function checkChain(runs: readonly RunRow[]): { discrepancies: Discrepancy[]; sealed: number; head: string | null } {
  const sealed = runs.filter((r) => r.sealed_seq !== null).sort((a, b) => a.sealed_seq! - b.sealed_seq!);
  const discrepancies: Discrepancy[] = [];
  let previous: string[] = [];
  let expectedSeq = 1;
  for (const run of sealed) {
    const seq = run.sealed_seq!;
    if (seq !== expectedSeq) {
      const gap = seq < expectedSeq ? `seal ${seq} is used twice` : seq - 1 === expectedSeq ? `seal ${expectedSeq} is missing` : `seals ${expectedSeq}-${seq - 1} are missing`;
      discrepancies.push({ kind: 'chain-gap', run_id: run.id, message: `chain breaks before run ${run.id} (seal ${seq}): ${gap}; links after the gap are checked from the stored chain hash` });
      previous = run.chain_hash === null ? [] : [run.chain_hash];
      expectedSeq = seq + 1;
      continue;
    }
    expectedSeq = seq + 1;
    const candidates = previous.length === 0 ? [null] : previous;
    const holds = run.records_hash !== null && candidates.some((p) => chainHash(p, run.records_hash!) === run.chain_hash);
    const recomputed = run.records_hash === null ? null : chainHash(candidates[0] ?? null, run.records_hash);
    if (!holds) {
      discrepancies.push({
        kind: 'chain-break',
        run_id: run.id,
        message: `chain breaks at run ${run.id} (seal ${seq}): its chain hash is ${shortHash(run.chain_hash)}, the previous link and its records hash give ${shortHash(recomputed)}`,
      });
    }
    previous = holds ? [run.chain_hash!] : [recomputed, run.chain_hash].filter((h): h is string => h !== null);
  }
  return { discrepancies, sealed: sealed.length, head: sealed.at(-1)?.chain_hash ?? null };
}
