import { z } from 'zod';

/** The formats decision-trail reads; the reader is chosen by file extension. */
export const Format = z.enum(['txt', 'md', 'html', 'docx', 'pdf']);
export type Format = z.infer<typeof Format>;

const Offset = z.number().int().nonnegative();

/** A problem a stage met and worked around; never printed by the stage itself. */
export const StageWarning = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
});
export type StageWarning = z.infer<typeof StageWarning>;

export const BlockKind = z.enum(['heading', 'paragraph', 'list_item', 'table_row']);
export type BlockKind = z.infer<typeof BlockKind>;

/**
 * A structural unit of the normalised text. `start`/`end` are offsets into
 * NormalisedDocument.text and cover the whole block as rendered, marker included.
 * For a list item, `marker` is the marker as written ("(a)", "1.", "b)", "•")
 * and `contentStart` is where the item's own words begin (after the marker and its spacing).
 */
export const Block = z
  .object({
    kind: BlockKind,
    start: Offset,
    end: Offset,
    contentStart: Offset,
    marker: z.string().nullable(),
    /** Heading level (1..6) or list nesting depth (0 = top); 0 for paragraphs and rows. */
    level: z.number().int().nonnegative(),
  })
  .refine((b) => b.start <= b.contentStart && b.contentStart <= b.end, {
    message: 'block offsets must satisfy start <= contentStart <= end',
  });
export type Block = z.infer<typeof Block>;

/** A page of the source; formats without pages have exactly one page covering all text. */
export const Page = z.object({
  number: z.number().int().positive(),
  start: Offset,
  end: Offset,
});
export type Page = z.infer<typeof Page>;

export const NormalisedDocument = z.object({
  format: Format,
  text: z.string(),
  blocks: z.array(Block),
  pages: z.array(Page).min(1),
  warnings: z.array(StageWarning),
  /**
   * The source's own title where it has one outside its text (an HTML page's <title>: "Minutes - Overview
   * and Scrutiny Committee - Wednesday, 18th March, 2026 - ..."). Metadata may fall back on it; no record's
   * span points into it, since it is not part of `text`.
   */
  title: z.string().optional(),
});
export type NormalisedDocument = z.infer<typeof NormalisedDocument>;

/** What a reader returns: the document, or a reason a person understands why there is none. */
export type ReadResult =
  | { ok: true; document: NormalisedDocument }
  | { ok: false; reason: string; code: string };

/** A file as read from disk, before parsing. */
export const Source = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: Format,
});
export type Source = z.infer<typeof Source>;
