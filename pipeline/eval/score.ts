import { RecordKind, type ExportedRecord } from '../../schemas/record.ts';
import type { GoldDocuments, GoldRecord } from './gold.ts';
import { matchOneToOne, spansMatch, tokenIoU, type Candidate } from './match.ts';
import { normaliseWhitespace, wordTokens } from './tokens.ts';

const KINDS = RecordKind.options;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** null where there is nothing to divide by (no predictions, no gold, or neither). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface DocumentScore {
  doc: string;
  publisher: string;
  goldSaysNone: boolean;
  kinds: Record<RecordKind, { gold: number; predicted: number; matched: number }>;
}

export interface PublisherScore extends Counts {
  publisher: string;
  documents: number;
}

export interface GoldRef {
  doc: string;
  kind: RecordKind;
  label: string | null;
  start: string;
  end: string;
}

export interface FieldMismatch {
  doc: string;
  kind: RecordKind;
  label: string | null;
  field: 'body' | 'date';
  gold: string | null;
  predicted: string | null;
}

export interface EvalReport {
  kinds: Record<RecordKind | 'overall', Counts>;
  /** Matched pairs whose body is the same (case-insensitive, whitespace-normalised), and where one contains the other. */
  body: { pairs: number; exact: number; lenient: number; accuracy: number | null; lenientAccuracy: number | null };
  date: { pairs: number; correct: number; accuracy: number | null };
  documents: DocumentScore[];
  publishers: PublisherScore[];
  /** Documents whose gold is {"kind":"none"} that nonetheless got predictions. */
  falseRecordsWhereGoldSaysNone: { doc: string; predicted: number; kinds: Partial<Record<RecordKind, number>> }[];
  unlocatedGold: GoldRef[];
  missed: GoldRef[];
  extra: { doc: string; kind: RecordKind; label: string | null; text: string }[];
  wrongFields: FieldMismatch[];
  /** Predictions for documents outside the gold chosen: not scored. */
  unscoredPredictions: number;
}

export function countsOf(tp: number, fp: number, fn: number): Counts {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

function normalisedBody(body: string | null): string | null {
  return body === null ? null : normaliseWhitespace(body).toLowerCase();
}

export function bodyMatches(gold: string | null, predicted: string | null): { exact: boolean; lenient: boolean } {
  const g = normalisedBody(gold);
  const p = normalisedBody(predicted);
  const exact = g === p;
  const lenient = exact || (g !== null && p !== null && g !== '' && p !== '' && (g.includes(p) || p.includes(g)));
  return { exact, lenient };
}

function goldRef(g: GoldRecord): GoldRef {
  return { doc: g.doc, kind: g.kind, label: g.label, start: g.startSnippet, end: g.endSnippet };
}

interface Pair {
  gold: GoldRecord;
  prediction: ExportedRecord;
}

/** Gold and predictions of one document and kind matched one to one by the guidelines' rule. */
export function matchRecords(kind: RecordKind, gold: readonly GoldRecord[], predictions: readonly ExportedRecord[]): Pair[] {
  const goldTokens = gold.map((g) => wordTokens(g.text));
  const predictionTokens = predictions.map((p) => wordTokens(p.text));
  const candidates: Candidate[] = [];
  goldTokens.forEach((g, gi) => {
    predictionTokens.forEach((p, pi) => {
      if (spansMatch(kind, g, p)) candidates.push({ gold: gi, prediction: pi, score: tokenIoU(g, p) });
    });
  });
  return matchOneToOne(gold.length, candidates).map(([gi, pi]) => ({ gold: gold[gi]!, prediction: predictions[pi]! }));
}

function emptyKindCounts(): DocumentScore['kinds'] {
  return Object.fromEntries(KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }])) as DocumentScore['kinds'];
}

/** Scores predictions against gold: every document of the gold is scored, predictions for other documents are counted aside. */
export function score(gold: GoldDocuments, predictions: readonly ExportedRecord[], publisherOf: (doc: string) => string): EvalReport {
  const goldDocs = new Set(gold.docs);
  const byDoc = new Map<string, { gold: GoldRecord[]; predictions: ExportedRecord[] }>(gold.docs.map((d) => [d, { gold: [], predictions: [] }]));
  for (const g of gold.records) byDoc.get(g.doc)?.gold.push(g);
  let unscoredPredictions = 0;
  for (const p of predictions) {
    if (goldDocs.has(p.doc)) byDoc.get(p.doc)!.predictions.push(p);
    else unscoredPredictions++;
  }

  const totals = Object.fromEntries([...KINDS, 'overall'].map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<RecordKind | 'overall', { tp: number; fp: number; fn: number }>;
  const byPublisher = new Map<string, { documents: number; tp: number; fp: number; fn: number }>();
  const report: Omit<EvalReport, 'kinds' | 'publishers'> = {
    body: { pairs: 0, exact: 0, lenient: 0, accuracy: null, lenientAccuracy: null },
    date: { pairs: 0, correct: 0, accuracy: null },
    documents: [],
    falseRecordsWhereGoldSaysNone: [],
    unlocatedGold: gold.records.filter((g) => g.located === null).map(goldRef),
    missed: [],
    extra: [],
    wrongFields: [],
    unscoredPredictions,
  };

  for (const [doc, { gold: docGold, predictions: docPredictions }] of byDoc) {
    const publisher = publisherOf(doc);
    const pub = byPublisher.get(publisher) ?? { documents: 0, tp: 0, fp: 0, fn: 0 };
    pub.documents++;
    byPublisher.set(publisher, pub);
    const documentScore: DocumentScore = { doc, publisher, goldSaysNone: gold.noneDocs.has(doc), kinds: emptyKindCounts() };
    for (const kind of KINDS) {
      const g = docGold.filter((r) => r.kind === kind);
      const p = docPredictions.filter((r) => r.kind === kind);
      const pairs = matchRecords(kind, g, p);
      const tp = pairs.length;
      for (const bucket of [totals[kind], totals.overall, pub]) {
        bucket.tp += tp;
        bucket.fp += p.length - tp;
        bucket.fn += g.length - tp;
      }
      documentScore.kinds[kind] = { gold: g.length, predicted: p.length, matched: tp };
      const matchedGold = new Set(pairs.map((x) => x.gold));
      const matchedPredictions = new Set(pairs.map((x) => x.prediction));
      for (const missed of g.filter((x) => !matchedGold.has(x))) report.missed.push(goldRef(missed));
      for (const extra of p.filter((x) => !matchedPredictions.has(x))) {
        report.extra.push({ doc, kind, label: extra.label, text: normaliseWhitespace(extra.text).slice(0, 100) });
      }
      for (const pair of pairs) scoreFields(pair, report);
    }
    report.documents.push(documentScore);
    if (gold.noneDocs.has(doc) && docPredictions.length > 0) {
      const kinds: Partial<Record<RecordKind, number>> = {};
      for (const p of docPredictions) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
      report.falseRecordsWhereGoldSaysNone.push({ doc, predicted: docPredictions.length, kinds });
    }
  }

  report.body.accuracy = report.body.pairs === 0 ? null : report.body.exact / report.body.pairs;
  report.body.lenientAccuracy = report.body.pairs === 0 ? null : report.body.lenient / report.body.pairs;
  report.date.accuracy = report.date.pairs === 0 ? null : report.date.correct / report.date.pairs;
  const kinds = Object.fromEntries(Object.entries(totals).map(([k, t]) => [k, countsOf(t.tp, t.fp, t.fn)])) as EvalReport['kinds'];
  const publishers = [...byPublisher.entries()]
    .map(([publisher, t]) => ({ publisher, documents: t.documents, ...countsOf(t.tp, t.fp, t.fn) }))
    .sort((a, b) => a.publisher.localeCompare(b.publisher));
  return { kinds, publishers, ...report };
}

function scoreFields({ gold, prediction }: Pair, report: Pick<EvalReport, 'body' | 'date' | 'wrongFields'>): void {
  const body = bodyMatches(gold.body, prediction.body);
  report.body.pairs++;
  if (body.exact) report.body.exact++;
  if (body.lenient) report.body.lenient++;
  if (!body.exact) report.wrongFields.push({ doc: gold.doc, kind: gold.kind, label: gold.label, field: 'body', gold: gold.body, predicted: prediction.body });
  report.date.pairs++;
  if (gold.date === prediction.date) report.date.correct++;
  else report.wrongFields.push({ doc: gold.doc, kind: gold.kind, label: gold.label, field: 'date', gold: gold.date, predicted: prediction.date });
}
