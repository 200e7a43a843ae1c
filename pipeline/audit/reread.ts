import type { Format } from '../../schemas/document.ts';
import { pageAt } from '../extract/pages.ts';
import { describeSource, processBytes } from '../process.ts';
import { readDocument } from '../readers/index.ts';
import { freshRecordsOf, type FreshRecord } from './fresh.ts';

/** A stored record's claim about its source: this span of the normalised text, on this page, reads `quote`. */
export interface SpanClaim {
  id: string;
  start: number;
  end: number;
  page: number;
  quote: string;
}

/** One intact source file to read again, with the claims its records make. */
export interface RereadTask {
  path: string;
  format: Format;
  bytes: Uint8Array;
  claims: SpanClaim[];
  /** Also extract the records again (only for documents with a discrepancy to explain: it costs). */
  extract: boolean;
}

export interface SpanMismatch {
  id: string;
  what: 'quote' | 'page';
  stored: string;
  source: string;
}

export type RereadResult =
  | { ok: true; mismatches: SpanMismatch[]; fresh: FreshRecord[] | null; chars: number }
  | { ok: false; reason: string };

/**
 * Reads a source through its reader, as the import did, and checks each claim against the normalised
 * text. Pure apart from the reader's own work, so it runs inline or in a worker thread alike; the text
 * itself never leaves this function.
 */
export async function rereadSource(task: RereadTask): Promise<RereadResult> {
  const source = describeSource(task.path, task.bytes, task.format);
  let read;
  try {
    read = await readDocument(task.bytes, task.format);
  } catch (error) {
    return { ok: false, reason: `the ${task.format} reader failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!read.ok) return { ok: false, reason: read.reason };
  const { text, pages } = read.document;
  const mismatches: SpanMismatch[] = [];
  for (const claim of task.claims) {
    const actual = text.slice(claim.start, claim.end);
    if (actual !== claim.quote) mismatches.push({ id: claim.id, what: 'quote', stored: claim.quote, source: actual });
    const page = pageAt(pages, claim.start);
    if (page !== claim.page) mismatches.push({ id: claim.id, what: 'page', stored: String(claim.page), source: String(page) });
  }
  let fresh: FreshRecord[] | null = null;
  if (task.extract) {
    const processed = await processBytes(source, task.bytes);
    fresh = processed.ok ? freshRecordsOf(source.sha256, processed.records) : null;
  }
  return { ok: true, mismatches, fresh, chars: text.length };
}
