import type { NormalisedDocument, StageWarning } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import type { ExtractedRecord } from '../../schemas/record.ts';

export interface Extraction {
  meta: DocumentMeta;
  records: ExtractedRecord[];
  warnings: StageWarning[];
}

/** Metadata and every decision, recommendation, resolution and action of a normalised document. */
export function extract(document: NormalisedDocument): Extraction {
  void document;
  // Placeholder while the extraction stage is being written (same session): no records.
  return {
    meta: { title: null, body: null, date: null, meeting_date: null, decision_date: null, publication_date: null, effective_from: null, status: null, key_decision: null, call_in: null, references: [], doc_type: 'other' },
    records: [],
    warnings: [],
  };
}
