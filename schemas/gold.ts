import { z } from 'zod';
import { RecordKind } from './record.ts';

/**
 * One line of /work/shared/eval/gold-*.jsonl (see eval/GUIDELINES.md). `start` and `end` are
 * verbatim snippets of the document (whitespace may differ): the gold span runs from `start` up to
 * the end of the first `end` after it.
 */
export const GoldRecordLine = z.object({
  doc: z.string().min(1),
  kind: RecordKind,
  label: z.string().nullable(),
  start: z.string().min(1),
  end: z.string().min(1),
  body: z.string().nullable(),
  date: z.string().nullable(),
  procedural: z.boolean().nullable().default(false),
  actor: z.string().nullable().default(null),
  due: z.string().nullable().default(null),
  parent: z.string().nullable().default(null),
});
export type GoldRecordLine = z.infer<typeof GoldRecordLine>;

/** A document with no records: any prediction for it is a false positive. */
export const GoldNoneLine = z.object({ doc: z.string().min(1), kind: z.literal('none') });
export type GoldNoneLine = z.infer<typeof GoldNoneLine>;

export const GoldLine = z.union([GoldNoneLine, GoldRecordLine]);
export type GoldLine = z.infer<typeof GoldLine>;
