import { z } from 'zod';
import { RecordKind } from './record.ts';

/**
 * One record of fixtures/expected/<name>.json: what every rendering of fixture <name> (.txt, .md,
 * .docx, .pdf, .html) must give, in document order. Only the fields that do not depend on the
 * rendering are kept: no offsets, pages or quotes (those are checked against each file's own text).
 * `text` is compared whitespace-normalised.
 */
export const ExpectedRecord = z.strictObject({
  kind: RecordKind,
  label: z.string().nullable(),
  text: z.string().min(1),
  actor: z.string().nullable(),
  due: z.string().nullable(),
  parent: z.string().nullable(),
  procedural: z.boolean(),
});
export type ExpectedRecord = z.infer<typeof ExpectedRecord>;

export const ExpectedRecords = z.array(ExpectedRecord);
export type ExpectedRecords = z.infer<typeof ExpectedRecords>;
