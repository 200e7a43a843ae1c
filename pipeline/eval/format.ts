import { RecordKind } from '../../schemas/record.ts';
import type { EvalResult } from './run-eval.ts';
import type { Counts } from './score.ts';

function pct(value: number | null): string {
  return value === null ? '    —' : `${(value * 100).toFixed(1).padStart(5)}`;
}

function countsRow(name: string, c: Counts): string {
  return `${name.padEnd(16)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}   ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`;
}

const KIND_ABBREV: Record<RecordKind, string> = { decision: 'dec', recommendation: 'rec', resolution: 'res', action: 'act' };

/** The report as text for a terminal. `verbose` adds the missed and extra records and wrong fields. */
export function formatReport(result: EvalResult, verbose: boolean): string {
  const out: string[] = [];
  out.push(`decision-trail eval: gold ${result.gold} (${result.documentCount} documents), predictions from ${result.predictionsFrom}`);
  out.push(`matching: ${result.tokenisation}`);
  out.push('');
  out.push(`${'kind'.padEnd(16)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}   ${'P%'.padStart(5)}  ${'R%'.padStart(5)}  ${'F1%'.padStart(5)}`);
  for (const kind of RecordKind.options) out.push(countsRow(kind, result.kinds[kind]));
  out.push(countsRow('overall', result.kinds.overall));
  out.push('');
  out.push(`body on ${result.body.pairs} matched pairs: exact ${pct(result.body.accuracy).trim()}%, lenient (one contains the other) ${pct(result.body.lenientAccuracy).trim()}%`);
  out.push(`date on ${result.date.pairs} matched pairs: ${pct(result.date.accuracy).trim()}%`);
  out.push('');
  out.push('per publisher (TP FP FN F1%):');
  for (const p of result.publishers) {
    out.push(`  ${p.publisher.slice(0, 70).padEnd(70)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)} ${pct(p.f1)}`);
  }
  out.push('');
  out.push(`per document, gold/predicted/matched (${RecordKind.options.map((k) => KIND_ABBREV[k]).join(', ')}):`);
  for (const d of result.documents) {
    const cells = RecordKind.options.map((k) => {
      const c = d.kinds[k];
      return `${KIND_ABBREV[k]} ${c.gold}/${c.predicted}/${c.matched}`.padEnd(14);
    });
    out.push(`  ${d.doc.padEnd(22)} ${cells.join(' ')}${d.goldSaysNone ? ' (gold: none)' : ''}`);
  }
  if (result.falseRecordsWhereGoldSaysNone.length > 0) {
    out.push('');
    out.push('documents whose gold is "none" that got records:');
    for (const f of result.falseRecordsWhereGoldSaysNone) {
      out.push(`  ${f.doc}: ${f.predicted} (${Object.entries(f.kinds).map(([k, n]) => `${k} ${n}`).join(', ')})`);
    }
  }
  if (result.unlocatedGold.length > 0) {
    out.push('');
    out.push(`gold lines not found in eval/text (scored with their snippets as text): ${result.unlocatedGold.length}`);
    for (const g of result.unlocatedGold) out.push(`  ${g.doc} ${g.kind} ${g.label ?? '-'}: "${g.start}" … "${g.end}"`);
  }
  if (result.failures.length > 0) {
    out.push('');
    out.push('documents the pipeline could not read:');
    for (const f of result.failures) out.push(`  ${f.doc}: ${f.reason}`);
  }
  if (result.missingInputs.length > 0) out.push(`gold documents with no input file: ${result.missingInputs.join(', ')}`);
  if (result.unscoredPredictions > 0) out.push(`predictions for documents outside this gold (not scored): ${result.unscoredPredictions}`);
  if (verbose) {
    out.push('');
    out.push(`missed gold records (${result.missed.length}):`);
    for (const m of result.missed) out.push(`  ${m.doc} ${m.kind} ${m.label ?? '-'}: "${m.start}" … "${m.end}"`);
    out.push('');
    out.push(`extra predictions (${result.extra.length}):`);
    for (const e of result.extra) out.push(`  ${e.doc} ${e.kind} ${e.label ?? '-'}: ${e.text}`);
    out.push('');
    out.push(`wrong body/date on matched pairs (${result.wrongFields.length}):`);
    for (const w of result.wrongFields) out.push(`  ${w.doc} ${w.kind} ${w.label ?? '-'} ${w.field}: gold ${JSON.stringify(w.gold)}, predicted ${JSON.stringify(w.predicted)}`);
  }
  return `${out.join('\n')}\n`;
}
