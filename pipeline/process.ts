import type { NormalisedDocument, Source, StageWarning } from '../schemas/document.ts';
import type { DocumentMeta } from '../schemas/meta.ts';
import { ExtractedRecord } from '../schemas/record.ts';
import { extract } from './extract/index.ts';
import { readDocument } from './readers/index.ts';

export interface RejectedRecord {
  reason: string;
  record: unknown;
}

export type ProcessResult =
  | {
      ok: true;
      source: Source;
      document: NormalisedDocument;
      meta: DocumentMeta;
      records: ExtractedRecord[];
      /** Records that failed schema validation: reported, never stored. */
      rejected: RejectedRecord[];
      warnings: StageWarning[];
    }
  | { ok: false; source: Source; code: string; reason: string };

export { describeSource, sha256Hex } from './source.ts';

/** One file's bytes through reader, extraction and validation. No I/O, no database. */
export async function processBytes(source: Source, bytes: Uint8Array): Promise<ProcessResult> {
  let read;
  try {
    read = await readDocument(bytes, source.format);
  } catch (error) {
    return { ok: false, source, code: 'read-error', reason: `could not read ${source.format}: ${messageOf(error)}` };
  }
  if (!read.ok) return { ok: false, source, code: read.code, reason: read.reason };
  const document = read.document;
  const extraction = extract(document);
  const records: ExtractedRecord[] = [];
  const rejected: RejectedRecord[] = [];
  for (const candidate of extraction.records) {
    const parsed = ExtractedRecord.safeParse(candidate);
    if (!parsed.success) {
      rejected.push({ reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; '), record: candidate });
    } else if (document.text.slice(parsed.data.start, parsed.data.end) !== parsed.data.quote) {
      rejected.push({ reason: 'quote does not equal the document text at its span', record: candidate });
    } else {
      records.push(parsed.data);
    }
  }
  return { ok: true, source, document, meta: extraction.meta, records, rejected, warnings: [...document.warnings, ...extraction.warnings] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
