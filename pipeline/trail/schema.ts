import { z } from 'zod';
import { DocumentMeta, IsoDate } from '../../schemas/meta.ts';
import { RecordKind } from '../../schemas/record.ts';

/*
 * The decision trail's values. They belong with the other schemas (schemas/trail.ts) once the lead
 * moves them; kept here meanwhile so the trail owns no file outside pipeline/trail/.
 */

/** A stored document as the trail sees it: where it is, who and when, and which decisions it names. */
export const TrailDocument = z.object({
  id: z.number().int(),
  path: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  body: z.string().nullable(),
  date: IsoDate.nullable(),
  doc_type: DocumentMeta.shape.doc_type.nullable(),
  meeting_date: IsoDate.nullable(),
  decision_date: IsoDate.nullable(),
  publication_date: IsoDate.nullable(),
  effective_from: IsoDate.nullable(),
  status: z.string().nullable(),
  key_decision: z.boolean().nullable(),
  call_in: z.boolean().nullable(),
  references: z.array(z.string()),
});
export type TrailDocument = z.infer<typeof TrailDocument>;

/** A stored record as the trail sees it. */
export const TrailRecord = z.object({
  id: z.string(),
  document_id: z.number().int(),
  kind: RecordKind,
  label: z.string().nullable(),
  text: z.string(),
  body: z.string().nullable(),
  date: IsoDate.nullable(),
  status: z.string().nullable(),
  key_decision: z.boolean().nullable(),
  call_in: z.boolean().nullable(),
  procedural: z.boolean(),
  actor: z.string().nullable(),
  due: z.string().nullable(),
  parent: z.string().nullable(),
  parent_id: z.string().nullable(),
  page: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type TrailRecord = z.infer<typeof TrailRecord>;

/**
 * How two records are related, read "from → to":
 * - proposed_as: a report's recommendation restated in a proposed record of decision;
 * - decided_as: a recommendation (or proposal) taken as a decision;
 * - resolved_as: a recommendation (or proposal) resolved by a meeting, in its minutes;
 * - recorded_as: a decision recorded as a resolution in the minutes of the same meeting;
 * - action_of: an action and the clause it belongs to (same document).
 */
export const LinkRelation = z.enum(['proposed_as', 'decided_as', 'resolved_as', 'recorded_as', 'action_of']);
export type LinkRelation = z.infer<typeof LinkRelation>;

export const LinkEvidence = z.object({
  /** The figure the link is judged by: mean of Jaccard and containment over content words. */
  similarity: z.number(),
  jaccard: z.number(),
  containment: z.number(),
  label_match: z.enum(['same', 'different', 'absent']),
  from_date: IsoDate.nullable(),
  to_date: IsoDate.nullable(),
  /** to_date − from_date in days, when both are known. */
  days: z.number().int().nullable(),
  from_body: z.string().nullable(),
  to_body: z.string().nullable(),
  /** same: one body; named: the decision maker is named in the recommendation; none. */
  body_match: z.enum(['same', 'named', 'none']),
  shared_references: z.array(z.string()),
  same_matter: z.boolean(),
  /** How an action found its parent: extraction's parent id, its parent label, or its span inside the clause. */
  parent_by: z.enum(['parent_id', 'parent_label', 'span']).nullable(),
});
export type LinkEvidence = z.infer<typeof LinkEvidence>;

export const RecordLink = z.object({
  from: z.string(),
  to: z.string(),
  relation: LinkRelation,
  /** 0..1: how sure the trail is that these are the same clause (see link.ts confidenceOf). */
  confidence: z.number().min(0).max(1),
  evidence: LinkEvidence,
  /** The words the adopted text dropped and added, where it is not word for word the recommendation. */
  diff: z.object({ removed: z.array(z.string()), added: z.array(z.string()) }).nullable(),
});
export type RecordLink = z.infer<typeof RecordLink>;

export const MatterReason = z.enum(['reference', 'file_name', 'title']);
export type MatterReason = z.infer<typeof MatterReason>;

/** Documents about one subject: one decision reference, or (without one) one title. */
export const Matter = z.object({
  /** "ref:24/00096" or "title:<normalised title words>" */
  key: z.string(),
  reference: z.string().nullable(),
  title: z.string().nullable(),
  documents: z.array(z.object({ document_id: z.number().int(), reason: MatterReason })),
});
export type Matter = z.infer<typeof Matter>;
