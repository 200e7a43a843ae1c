import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');

/** Per-document metadata, each field only where the document states it (else null). */
export const DocumentMeta = z.object({
  title: z.string().nullable(),
  /** The decision maker or meeting body, as the document names it. */
  body: z.string().nullable(),
  /** Date of the meeting or of the decision (the date records carry). */
  date: IsoDate.nullable(),
  meeting_date: IsoDate.nullable(),
  decision_date: IsoDate.nullable(),
  publication_date: IsoDate.nullable(),
  effective_from: IsoDate.nullable(),
  /** e.g. "Recommendations Approved" */
  status: z.string().nullable(),
  key_decision: z.boolean().nullable(),
  call_in: z.boolean().nullable(),
  /** Decision references the document carries, e.g. "24/00096". */
  references: z.array(z.string()),
  /** What kind of document it reads as: drives which record kinds it can give. */
  doc_type: z.enum(['decision_notice', 'proposed_decision', 'report', 'minutes', 'agenda', 'motion', 'other']),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
