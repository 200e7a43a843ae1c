import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../pipeline/eval/paths.ts';
import { blockText, readFile, readOk } from './helpers.ts';

const CORPUS = path.join(sharedDir(), 'corpus');

/** The corpus files the readers were checked on: every Markdown and HTML file, and the PDFs named in the readers issue. */
const FILES = [
  'c028.md', 'c035.md', 'c036.md', 'c045.md',
  'c027.html', 'c030.html', 'c031.html', 'c033.html', 'c040.html', 'c041.html', 'c052.html',
  'c001.pdf', 'c002.pdf', 'c004.pdf', 'c006.pdf', 'c007.pdf', 'c009.pdf', 'c010.pdf', 'c013.pdf', 'c024.pdf', 'c038.pdf', 'c048.pdf', 'c049.pdf',
];

describe.skipIf(!existsSync(CORPUS))('real council documents', () => {
  it.each(FILES)('%s reads, with well-formed blocks and pages', async (file) => {
    const doc = await readOk(path.join(CORPUS, file));
    expect(doc.blocks.length).toBeGreaterThan(5);
  });

  it('c051 is a scan without a text layer', async () => {
    expect(await readFile(path.join(CORPUS, 'c051.pdf'))).toEqual({ ok: false, code: 'no-text-layer', reason: 'no text layer: scanned PDF (2 pages, no extractable text)' });
  });

  it('c001: a lettered clause over several lines is one list item, and the next starts a new one', async () => {
    const doc = await readOk(path.join(CORPUS, 'c001.pdf'));
    const b = doc.blocks.find((x) => x.marker === '(b)' && blockText(doc, x).startsWith('(b) The Leader confirmed'))!;
    expect(blockText(doc, b)).toBe(
      '(b) The Leader confirmed that the gifts which were presented to him upon his\nvisit to Ukraine in November 2024, had been received in the UK and had\nnow been declared with the Monitoring Officer.',
    );
    const next = doc.blocks[doc.blocks.indexOf(b) + 1]!;
    expect(next.marker).toBe('1.');
    expect(doc.pages.find((p) => p.start <= b.start && b.start < p.end)!.number).toBe(2);
  });

  it('c045: the byte-order mark and front matter are gone, the headings are kept', async () => {
    const doc = await readOk(path.join(CORPUS, 'c045.md'));
    expect(doc.text.startsWith('Town of North Star\n\nMarch 16, 2020')).toBe(true);
    expect(doc.blocks.filter((b) => b.kind === 'heading').length).toBeGreaterThan(5);
  });

  it('c035: clause labels on their own lines join their clauses', async () => {
    const doc = await readOk(path.join(CORPUS, 'c035.md'));
    const a = doc.blocks.find((x) => x.marker === '(a)')!;
    expect(blockText(doc, a)).toBe('(a) Annual Meeting of the Council held on 30th June, 2023.');
  });

  it('c040: the WordPress menus are dropped and the resolutions kept', async () => {
    const doc = await readOk(path.join(CORPUS, 'c040.html'));
    expect(doc.text).not.toContain('Business Directory');
    expect(doc.text).toContain('R2018-200 J. Scott, L. Andersen: THAT we pass By-Law Number 2018-41');
  });
});
