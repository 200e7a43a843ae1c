import type { LinkRelation, RecordLink, TrailDocument, TrailRecord } from './schema.ts';
import { callInStatus, type CallInStatus } from './callin.ts';

/** What a step of a trail is, in the order a clause lives through them. */
export type StepStage = 'recommended' | 'proposed' | 'decided' | 'resolved' | 'action';
const STAGE_ORDER: Record<StepStage, number> = { recommended: 0, proposed: 1, decided: 2, resolved: 3, action: 4 };

export interface TrailStepLink {
  /** The record at the other end of the link. */
  record: string;
  /** "in": that record led to this step; "out": this step led to that record. */
  direction: 'in' | 'out';
  relation: LinkRelation;
  confidence: number;
  similarity: number;
  diff: RecordLink['diff'];
}

export interface TrailStep {
  stage: StepStage;
  date: string | null;
  record: TrailRecord;
  document: Pick<TrailDocument, 'id' | 'path' | 'name' | 'title' | 'doc_type'>;
  /** Decided steps: where the decision stands in its call-in period. */
  call_in: CallInStatus | null;
  /** Status and key decision as the record or, failing that, its document states them. */
  status: string | null;
  key_decision: boolean | null;
  links: TrailStepLink[];
}

export interface Trail {
  query: string;
  reference: string | null;
  matter: { key: string; title: string | null; documents: { id: number; path: string; reason: string }[] } | null;
  steps: TrailStep[];
}

export function stageOfStep(record: TrailRecord, doc: TrailDocument): StepStage {
  if (record.kind === 'action') return 'action';
  if (doc.doc_type === 'proposed_decision') return 'proposed';
  return record.kind === 'recommendation' ? 'recommended' : record.kind === 'decision' ? 'decided' : 'resolved';
}

/** The steps of a trail in date order (then stage, document, position), each with its links and call-in. */
export function buildSteps(
  recordIds: Iterable<string>,
  records: ReadonlyMap<string, TrailRecord>,
  documents: ReadonlyMap<number, TrailDocument>,
  links: readonly RecordLink[],
  today: string,
): TrailStep[] {
  const ids = new Set(recordIds);
  const steps: TrailStep[] = [];
  for (const id of ids) {
    const record = records.get(id);
    const doc = record ? documents.get(record.document_id) : undefined;
    if (!record || !doc) continue;
    const stage = stageOfStep(record, doc);
    const stepLinks: TrailStepLink[] = links
      .filter((l) => (l.to === id && ids.has(l.from)) || (l.from === id && ids.has(l.to)))
      .map((l) => ({
        record: l.to === id ? l.from : l.to,
        direction: l.to === id ? 'in' : 'out',
        relation: l.relation,
        confidence: l.confidence,
        similarity: l.evidence.similarity,
        diff: l.diff,
      }));
    const callIn =
      stage === 'decided' ? callInStatus(record.call_in ?? doc.call_in, doc.publication_date, doc.effective_from, today) : null;
    steps.push({
      stage,
      date: record.date ?? doc.decision_date ?? doc.meeting_date ?? doc.date,
      record,
      document: { id: doc.id, path: doc.path, name: doc.name, title: doc.title, doc_type: doc.doc_type },
      call_in: callIn,
      status: record.status ?? doc.status,
      key_decision: record.key_decision ?? doc.key_decision,
      links: stepLinks,
    });
  }
  // An undated step (a proposed decision that states no date) is placed by the steps it is linked to.
  const dateOf = new Map(steps.map((s) => [s.record.id, s.date]));
  const placeDate = (s: TrailStep): string =>
    s.date ??
    s.links
      .map((l) => dateOf.get(l.record))
      .filter((d): d is string => typeof d === 'string')
      .sort()[0] ??
    '9999-12-31';
  return steps.sort(
    (a, b) =>
      placeDate(a).localeCompare(placeDate(b)) ||
      STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
      a.document.id - b.document.id ||
      a.record.start - b.record.start,
  );
}
