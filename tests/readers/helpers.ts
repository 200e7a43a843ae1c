import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { repoRoot } from '../../pipeline/eval/paths.ts';
import { formatOf, readDocument } from '../../pipeline/readers/index.ts';
import { NormalisedDocument, type Block, type ReadResult } from '../../schemas/document.ts';

export const FIXTURES = path.join(repoRoot(), 'fixtures');

/** Reads a file as the pipeline does: its bytes, its format from its extension. */
export async function readFile(file: string): Promise<ReadResult> {
  const format = formatOf(file);
  if (format === null) throw new Error(`${file}: not a format decision-trail reads`);
  return readDocument(new Uint8Array(readFileSync(file)), format);
}

/** Reads a file that must read; fails the test with the reader's reason otherwise. */
export async function readOk(file: string): Promise<NormalisedDocument> {
  const result = await readFile(file);
  if (!result.ok) throw new Error(`${file}: ${result.code}: ${result.reason}`);
  expectWellFormed(result.document);
  return result.document;
}

export function blockText(doc: NormalisedDocument, block: Block): string {
  return doc.text.slice(block.start, block.end);
}

/**
 * The sample minutes (fixtures/readers/sample.*) as every reader opens them, in outline(doc, 2) form:
 * each format's test adds the blocks where the formats differ (list markers, tables).
 */
export const SAMPLE_OPENING: Array<[string, string | null, string]> = [
      ['heading', null, 'WESTBROOK TOWN'],
      ['paragraph', null, 'Minutes of'],
      ['heading', null, 'Grants to'],
      ['paragraph', null, 'The committee'],
      ['paragraph', null, 'RESOLVED that:'],
      ['list_item', '(a)', 'a grant'],
      ['list_item', '(b)', 'the application'],
      ['list_item', '(c)', 'the Clerk'],
      ['heading', null, 'Street lighting'],
      ['paragraph', null, 'Members noted'],
];

/** Blocks as [kind, marker, first words] for compact expectations. */
export function outline(doc: NormalisedDocument, words = 4): Array<[string, string | null, string]> {
  return doc.blocks.map((b) => [b.kind, b.marker, doc.text.slice(b.contentStart, b.end).split(/\s+/).slice(0, words).join(' ')]);
}

/**
 * The invariants every reader's output keeps: the schema; blocks inside the text, in order, not
 * overlapping, trimmed and non-empty, with their marker between start and contentStart; pages
 * numbered from 1 and tiling the whole text.
 */
export function expectWellFormed(doc: NormalisedDocument): void {
  expect(NormalisedDocument.safeParse(doc).success).toBe(true);
  let previousEnd = 0;
  for (const block of doc.blocks) {
    const text = blockText(doc, block);
    expect(block.start, JSON.stringify(block)).toBeGreaterThanOrEqual(previousEnd);
    expect(block.end).toBeLessThanOrEqual(doc.text.length);
    expect(text.trim(), JSON.stringify(block)).toBe(text);
    expect(text.length).toBeGreaterThan(0);
    if (block.marker !== null) expect(doc.text.slice(block.start, block.contentStart)).toContain(block.marker);
    previousEnd = block.end;
  }
  expect(doc.pages[0]!.start).toBe(0);
  doc.pages.forEach((page, i) => {
    expect(page.number).toBe(i + 1);
    if (i > 0) expect(page.start).toBe(doc.pages[i - 1]!.end);
  });
  expect(doc.pages[doc.pages.length - 1]!.end).toBe(doc.text.length);
}
