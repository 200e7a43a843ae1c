import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GoldLine, type GoldRecordLine } from '../../schemas/gold.ts';
import type { RecordKind } from '../../schemas/record.ts';
import { locateGoldSpan, prepareReference, type LocateMethod } from './locate.ts';

export const GOLD_SETS = ['seeds', 'dev', 'all'] as const;
export type GoldSet = (typeof GOLD_SETS)[number];

/** A gold record with its span found in the reference text. */
export interface GoldRecord {
  doc: string;
  kind: RecordKind;
  label: string | null;
  /** The snippets as annotated. */
  startSnippet: string;
  endSnippet: string;
  /** The located span's text, or, when the span could not be found, the two snippets joined. */
  text: string;
  located: LocateMethod | null;
  body: string | null;
  date: string | null;
  actor: string | null;
}

export interface GoldDocuments {
  /** Every document the chosen gold covers, in file order (documents marked "none" included). */
  docs: string[];
  /** Documents whose gold is {"kind":"none"}. */
  noneDocs: Set<string>;
  records: GoldRecord[];
}

function goldFiles(set: GoldSet): string[] {
  return set === 'all' ? ['gold-seeds.jsonl', 'gold-dev.jsonl'] : [`gold-${set}.jsonl`];
}

/** Parses a gold file, naming the file and line of any line that is not a valid gold line. */
export function parseGold(content: string, fileName: string): GoldLine[] {
  const lines: GoldLine[] = [];
  content.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new Error(`${fileName}:${index + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const parsed = GoldLine.safeParse(json);
    if (!parsed.success) throw new Error(`${fileName}:${index + 1}: not a gold line (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
    lines.push(parsed.data);
  });
  return lines;
}

function toGoldRecord(line: GoldRecordLine, referenceText: string | null, reference: ReturnType<typeof prepareReference> | null): GoldRecord {
  const span = reference ? locateGoldSpan(reference, line.start, line.end) : null;
  return {
    doc: line.doc,
    kind: line.kind,
    label: line.label,
    startSnippet: line.start,
    endSnippet: line.end,
    text: span && referenceText !== null ? referenceText.slice(span.start, span.end) : `${line.start} … ${line.end}`,
    located: span?.method ?? null,
    body: line.body,
    date: line.date,
    actor: line.actor,
  };
}

/**
 * The gold of a set, each record's span located in eval/text/<doc>.txt. `onlyDocs` restricts it to
 * those documents (and fails when one of them has no gold, so that a typo is not a silent zero).
 */
export function loadGold(evalDir: string, set: GoldSet, onlyDocs: readonly string[] = []): GoldDocuments {
  const lines = goldFiles(set).flatMap((file) => parseGold(readFileSync(path.join(evalDir, file), 'utf8'), file));
  const wanted = new Set(onlyDocs);
  const kept = wanted.size === 0 ? lines : lines.filter((l) => wanted.has(l.doc));
  for (const doc of wanted) {
    if (!kept.some((l) => l.doc === doc)) throw new Error(`no gold for document "${doc}" in ${goldFiles(set).join(' + ')}`);
  }
  const docs = [...new Set(kept.map((l) => l.doc))];
  const references = new Map<string, { text: string; view: ReturnType<typeof prepareReference> } | null>();
  const referenceOf = (doc: string): { text: string; view: ReturnType<typeof prepareReference> } | null => {
    if (!references.has(doc)) {
      let text: string | null = null;
      try {
        text = readFileSync(path.join(evalDir, 'text', `${doc}.txt`), 'utf8');
      } catch {
        text = null;
      }
      references.set(doc, text === null ? null : { text, view: prepareReference(text) });
    }
    return references.get(doc) ?? null;
  };
  const records: GoldRecord[] = [];
  const noneDocs = new Set<string>();
  for (const line of kept) {
    if (line.kind === 'none') {
      noneDocs.add(line.doc);
      continue;
    }
    const reference = referenceOf(line.doc);
    records.push(toGoldRecord(line, reference?.text ?? null, reference?.view ?? null));
  }
  return { docs, noneDocs, records };
}
