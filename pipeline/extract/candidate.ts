import type { Block, NormalisedDocument } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import type { RecordKind } from '../../schemas/record.ts';

/** A record before the document's metadata and provenance are attached. */
export interface Candidate {
  kind: RecordKind;
  label: string | null;
  start: number;
  end: number;
  procedural: boolean;
  actor: string | null;
  due: string | null;
  parent: string | null;
}

/** What every finder reads: the document, its blocks without page furniture, and its metadata. */
export interface FinderInput {
  document: NormalisedDocument;
  blocks: readonly Block[];
  meta: DocumentMeta;
}

export function clauseCandidate(kind: RecordKind, label: string | null, start: number, end: number, procedural = false): Candidate {
  return { kind, label, start, end, procedural, actor: null, due: null, parent: null };
}
