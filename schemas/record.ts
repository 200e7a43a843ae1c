import { z } from 'zod';
import { IsoDate } from './meta.ts';

export const RecordKind = z.enum(['decision', 'recommendation', 'resolution', 'action']);
export type RecordKind = z.infer<typeof RecordKind>;

const Offset = z.number().int().nonnegative();

/**
 * A record as extraction finds it: a clause of a document with its span.
 * `quote === document.text.slice(start, end)` always holds.
 */
export const ExtractedRecord = z
  .object({
    kind: RecordKind,
    label: z.string().min(1).nullable(),
    text: z.string().min(1),
    body: z.string().nullable(),
    date: IsoDate.nullable(),
    status: z.string().nullable(),
    key_decision: z.boolean().nullable(),
    call_in: z.boolean().nullable(),
    procedural: z.boolean(),
    /** Actions only: who is to do it, as written. */
    actor: z.string().nullable(),
    /** Actions only: ISO date where the text gives one, else the phrase. */
    due: z.string().nullable(),
    /** Actions only: the label of the clause the action belongs to. */
    parent: z.string().nullable(),
    page: z.number().int().positive(),
    start: Offset,
    end: Offset,
    quote: z.string().min(1),
  })
  .refine((r) => r.start < r.end, { message: 'span must be non-empty (start < end)' })
  .refine((r) => r.quote.length === r.end - r.start, { message: 'quote length must equal end - start' });
export type ExtractedRecord = z.infer<typeof ExtractedRecord>;

/** The export contract (one line of `export --format jsonl`): keep stable, later tools read it. */
export const ExportedRecord = z.object({
  id: z.string(),
  doc: z.string(),
  file: z.string(),
  sha256: z.string(),
  kind: RecordKind,
  label: z.string().nullable(),
  text: z.string(),
  body: z.string().nullable(),
  date: z.string().nullable(),
  status: z.string().nullable(),
  key_decision: z.boolean().nullable(),
  call_in: z.boolean().nullable(),
  procedural: z.boolean(),
  actor: z.string().nullable(),
  due: z.string().nullable(),
  parent: z.string().nullable(),
  page: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
});
export type ExportedRecord = z.infer<typeof ExportedRecord>;
