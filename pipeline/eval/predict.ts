import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../../schemas/document.ts';
import { ExportedRecord, type ExtractedRecord } from '../../schemas/record.ts';
import { recordId } from '../audit/hash.ts';
import { describeSource, processBytes } from '../process.ts';
import { formatOf } from '../readers/index.ts';

/** The predictions to score, and the documents the pipeline could not read (named, with the reason). */
export interface Predictions {
  records: ExportedRecord[];
  /** Documents the pipeline was run on (read or not); null for an export file, which lists only documents with records. */
  docs: Set<string> | null;
  failures: { doc: string; file: string; reason: string }[];
}

/** A record in the export contract's shape, as `decision-trail export` writes it. */
export function toExportedRecord(source: Source, record: ExtractedRecord): ExportedRecord {
  return {
    id: recordId(source.sha256, record.kind, record.start, record.end),
    doc: source.name,
    file: source.path,
    sha256: source.sha256,
    kind: record.kind,
    label: record.label,
    text: record.text,
    body: record.body,
    date: record.date,
    status: record.status,
    key_decision: record.key_decision,
    call_in: record.call_in,
    procedural: record.procedural,
    actor: record.actor,
    due: record.due,
    parent: record.parent,
    page: record.page,
    start: record.start,
    end: record.end,
    quote: record.quote,
  };
}

/** Files of a directory that the pipeline reads (by extension), sorted; the document id is the name without extension. */
export function readableFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => formatOf(f) !== null)
    .sort()
    .map((f) => path.join(dir, f));
}

export function docIdOf(filePath: string): string {
  return path.basename(filePath, path.extname(filePath));
}

/**
 * Runs the pipeline in-process over the files, one after another (the corpus is small; the
 * scorer's figures must not depend on a pool's scheduling).
 */
export async function predictFiles(files: readonly string[]): Promise<Predictions> {
  const docs = new Set<string>();
  const predictions: Predictions = { records: [], docs, failures: [] };
  for (const file of files) {
    const format = formatOf(file);
    if (format === null) continue;
    const bytes = new Uint8Array(readFileSync(file));
    const source = describeSource(file, bytes, format);
    docs.add(source.name);
    const result = await processBytes(source, bytes);
    if (!result.ok) {
      predictions.failures.push({ doc: source.name, file, reason: `${result.code}: ${result.reason}` });
      continue;
    }
    for (const record of result.records) predictions.records.push(toExportedRecord(source, record));
  }
  return predictions;
}

/** Predictions from a `decision-trail export --format jsonl` file; a bad line is an error naming the file and line. */
export function readPredictionsJsonl(filePath: string): Predictions {
  const records: ExportedRecord[] = [];
  readFileSync(filePath, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        throw new Error(`${filePath}:${index + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const parsed = ExportedRecord.safeParse(json);
      if (!parsed.success) {
        throw new Error(`${filePath}:${index + 1}: not an exported record (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
      }
      records.push(parsed.data);
    });
  return { records, docs: null, failures: [] };
}
