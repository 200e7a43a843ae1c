import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportedRecord } from '../../schemas/record.ts';
import { loadGold } from '../../pipeline/eval/gold.ts';
import { sharedDir } from '../../pipeline/eval/paths.ts';
import { readPredictionsJsonl, toExportedRecord } from '../../pipeline/eval/predict.ts';
import { runEval } from '../../pipeline/eval/run-eval.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'eval-predictions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SOURCE = { path: '/x/h1.txt', name: 'h1', bytes: 10, sha256: 'a'.repeat(64), format: 'txt' as const };
const RECORD = {
  kind: 'resolution' as const, label: '(a)', text: 'the report be noted', body: 'Cabinet', date: '2025-01-30', status: null, key_decision: null,
  call_in: null, procedural: false, actor: null, due: null, parent: null, page: 1, start: 4, end: 23, quote: 'the report be noted',
};

describe('predictions', () => {
  it('maps an extracted record to the export contract, id derived from sha256, kind and span', () => {
    const exported = toExportedRecord(SOURCE, RECORD);
    expect(ExportedRecord.parse(exported)).toEqual(exported);
    expect(exported).toMatchObject({ doc: 'h1', file: '/x/h1.txt', kind: 'resolution', start: 4, end: 23 });
    expect(exported.id).toMatch(/^[0-9a-f]{16}$/);
    expect(toExportedRecord(SOURCE, { ...RECORD, start: 5, end: 24 }).id).not.toBe(exported.id);
  });

  it('reads an export jsonl file and names the line of a bad one', () => {
    const good = path.join(work, 'good.jsonl');
    writeFileSync(good, `${JSON.stringify(toExportedRecord(SOURCE, RECORD))}\n\n`);
    expect(readPredictionsJsonl(good).records).toHaveLength(1);
    const bad = path.join(work, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(toExportedRecord(SOURCE, RECORD))}\n{"doc":"h1"}\n`);
    expect(() => readPredictionsJsonl(bad)).toThrow(/bad\.jsonl:2: not an exported record/);
  });

  it('scores the gold itself, given as an export file, as perfect', async () => {
    const gold = loadGold(path.join(sharedDir(), 'eval'), 'all');
    expect(gold.records.length).toBeGreaterThan(400);
    const lines = gold.records.map((g, i) =>
      JSON.stringify(
        toExportedRecord(
          { ...SOURCE, name: g.doc, path: `${g.doc}.txt` },
          { ...RECORD, kind: g.kind, label: g.label, text: g.text, body: g.body, date: g.date, actor: g.actor, start: i, end: i + 1, quote: 'x' },
        ),
      ),
    );
    const file = path.join(work, 'gold-as-predictions.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const result = await runEval({ gold: 'all', predictionsFile: file });
    expect(result.unlocatedGold).toEqual([]);
    expect(result.kinds.overall).toMatchObject({ tp: gold.records.length, fp: 0, fn: 0, f1: 1 });
    expect(result.body.accuracy).toBe(1);
    expect(result.date.accuracy).toBe(1);
    expect(result.falseRecordsWhereGoldSaysNone).toEqual([]);
  });
});
