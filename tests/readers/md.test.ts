import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../pipeline/readers/md.ts';
import { blockText, expectWellFormed, FIXTURES, outline, SAMPLE_OPENING, readOk } from './helpers.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function readMd(text: string | Uint8Array) {
  const result = readMarkdown(typeof text === 'string' ? utf8(text) : text);
  if (!result.ok) throw new Error(result.reason);
  expectWellFormed(result.document);
  return result.document;
}

describe('Markdown reader', () => {
  it('renders the sample as a person reads it, with its blocks and markers', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.md'));
    expect(doc.format).toBe('md');
    expect(doc.text).not.toContain('title:');
    expect(doc.text).not.toMatch(/[*#]|https?:|\]\(/);
    expect(doc.text.startsWith('WESTBROOK TOWN COUNCIL\n\nMinutes of the Finance Committee')).toBe(true);
    expect(outline(doc, 2)).toEqual([
      ...SAMPLE_OPENING,
      ['list_item', '1.', 'The Clerk'],
      ['list_item', '2.', 'The Chair'],
      ['table_row', null, 'Item |'],
      ['table_row', null, 'Water tank'],
    ]);
    const [a, b] = doc.blocks.filter((x) => x.marker === '(a)' || x.marker === '(b)');
    // A clause hard-wrapped over two lines is one list item, and the next clause starts a new one.
    expect(blockText(doc, a!)).toBe('(a) a grant of £400 be made to the Westbrook Allotment Society towards the\ncost of a new water tank, and that the Clerk write to the Society;');
    expect(blockText(doc, b!).startsWith('(b) the application')).toBe(true);
    expect(doc.blocks.find((x) => x.kind === 'heading')!.level).toBe(1);
    expect(blockText(doc, doc.blocks[12]!)).toBe('Item | Cost');
  });

  it('removes a byte-order mark and falls back to Windows-1252 with a warning', () => {
    const bom = readMd(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Minutes\n\nText.')]));
    expect(bom.text).toBe('Minutes\n\nText.');
    const cp = readMd(new Uint8Array([...utf8('The '), 0x93, ...utf8('plan'), 0x94, ...utf8(' costs '), 0x80, ...utf8('5.')]));
    expect(cp.text).toBe('The “plan” costs €5.');
    expect(cp.warnings.map((w) => w.code)).toEqual(['not-utf8']);
  });

  it('joins a marker left alone on its line to its clause, as PDF-to-Markdown conversions leave them', () => {
    const lines = ['Adoption of Minutes', 'Circulated, copies of the draft minutes of the following', 'meetings held this year and last year'];
    // Ten or more one-line paragraphs, most ending mid-sentence: text extracted from a PDF.
    const source = [...lines, '(a)', 'Annual Meeting of the Council held in June of this', 'year, with all members present', '(b)', 'Special Meeting of the Council held in July.', 'Proposed by Councillor Smith;', 'Seconded by Councillor Jones;', 'And Resolved:', '“That the minutes be adopted.”'].join('\n\n');
    const doc = readMd(source);
    const items = doc.blocks.filter((b) => b.kind === 'list_item');
    expect(items.map((b) => blockText(doc, b))).toEqual([
      '(a) Annual Meeting of the Council held in June of this\nyear, with all members present',
      '(b) Special Meeting of the Council held in July.',
    ]);
    expect(doc.blocks.some((b) => blockText(doc, b) === 'Proposed by Councillor Smith;')).toBe(true);
  });

  it('keeps list markers as written and nests sub-lists', () => {
    const doc = readMd('* first point\n* second point\n  - a detail\n\n3) third way of writing\n');
    expect(doc.blocks.map((b) => [b.marker, b.level])).toEqual([
      ['*', 0],
      ['*', 0],
      ['-', 1],
      ['3)', 0],
    ]);
    expect(doc.text).toBe('* first point\n\n* second point\n\n- a detail\n\n3) third way of writing');
  });

  it('gives a clear reason for a Markdown file with nothing to read', () => {
    expect(readMarkdown(utf8('---\ntitle: x\n---\n\n'))).toMatchObject({ ok: false, code: 'empty' });
  });
});
