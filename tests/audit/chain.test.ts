import { describe, expect, it } from 'vitest';
import { checkChain, checkRuns } from '../../pipeline/audit/check-runs.ts';
import { contrast } from '../../pipeline/audit/check-records.ts';
import { chainHash, runRecordsHash } from '../../pipeline/audit/hash.ts';
import type { RecordRow, RunRow } from '../../pipeline/audit/rows.ts';

/** A chain of sealed runs built with the real hash functions, as the sealer builds it. */
function sealedChain(recordsHashes: string[]): RunRow[] {
  let previous: string | null = null;
  return recordsHashes.map((recordsHash, i) => {
    const chain = chainHash(previous, recordsHash);
    previous = chain;
    return { id: i + 1, started_at: '2025-01-01T00:00:00Z', finished_at: '2025-01-01T00:01:00Z', status: 'finished', pid: null, host: null, process_start: null, records_hash: recordsHash, chain_hash: chain, sealed_seq: i + 1 };
  });
}

const hashes = ['a', 'b', 'c', 'd'].map((x) => runRecordsHash([x]));

describe('checkChain', () => {
  it('holds for an untouched chain and gives its head', () => {
    const runs = sealedChain(hashes);
    expect(checkChain(runs)).toEqual({ discrepancies: [], sealed: 4, head: runs[3]!.chain_hash });
  });

  it('reports one edited chain hash once, at its run', () => {
    const runs = sealedChain(hashes);
    runs[1]!.chain_hash = '0'.repeat(64);
    const found = checkChain(runs).discrepancies;
    expect(found.map((d) => [d.kind, d.run_id])).toEqual([['chain-break', 2]]);
  });

  it('reports an edited records hash at its run, not at every later run', () => {
    const runs = sealedChain(hashes);
    runs[2]!.records_hash = runRecordsHash(['forged']);
    expect(checkChain(runs).discrepancies.map((d) => [d.kind, d.run_id])).toEqual([['chain-break', 3]]);
  });

  it('reports a sealed run taken out of the chain as a gap', () => {
    const runs = sealedChain(hashes).filter((r) => r.sealed_seq !== 2);
    const found = checkChain(runs).discrepancies;
    expect(found.map((d) => [d.kind, d.run_id])).toEqual([['chain-gap', 3]]);
    expect(found[0]!.message).toContain('seal 2 is missing');
  });

  it('does not depend on the order runs are listed in', () => {
    const runs = sealedChain(hashes).reverse();
    expect(checkChain(runs).discrepancies).toEqual([]);
  });
});

describe('checkRuns', () => {
  const record = (id: string, runId: number | null, contentHash: string): RecordRow => ({
    rowid: 1, id, document_id: 1, kind: 'resolution', label: null, text: 't', body: null, date: null, status: null, key_decision: null,
    call_in: null, procedural: 0, actor: null, due: null, parent: null, parent_id: null, page: 1, start: 0, end: 1, quote: 't', content_hash: contentHash, run_id: runId,
  });

  it("names a run whose records no longer give its records hash, and an unsealed dead run's records", () => {
    const runs = sealedChain([runRecordsHash(['h1', 'h2'])]);
    runs.push({ ...runs[0]!, id: 2, status: 'running', pid: 999_999_999, sealed_seq: null, records_hash: null, chain_hash: null });
    const result = checkRuns(runs, [record('r1', 1, 'h1'), record('r3', 2, 'h3')], () => false, null);
    expect(result.mismatchedRuns.map((m) => m.run.id)).toEqual([1]);
    expect(result.discrepancies.map((d) => [d.kind, d.run_id])).toEqual([['run-unsealed', 2]]);
    expect(result.discrepancies[0]!.message).toContain('r3');
  });

  it('a run still importing is a note, not a discrepancy', () => {
    const runs: RunRow[] = [{ ...sealedChain(['x'])[0]!, status: 'running', sealed_seq: null, records_hash: null, chain_hash: null }];
    const result = checkRuns(runs, [record('r1', 1, 'h1')], () => true, null);
    expect(result.discrepancies).toEqual([]);
    expect(result.notes[0]!.message).toContain('still importing');
  });
});

describe('contrast', () => {
  it('shows where two long strings differ', () => {
    const before = `${'word '.repeat(40)}£2.4 million${' more'.repeat(40)}`;
    const after = before.replace('£2.4 million', '£24 million');
    const [a, b] = contrast(after, before);
    expect(a).toContain('£24 million');
    expect(b).toContain('£2.4 million');
    expect(a.length).toBeLessThan(80);
  });
});
