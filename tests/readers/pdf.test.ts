import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, readPdf } from '../../pipeline/readers/pdf.ts';
import { blockText, expectWellFormed, FIXTURES, outline, SAMPLE_OPENING, readFile, readOk } from './helpers.ts';

describe('PDF reader', () => {
  it('reads the sample page by page and groups its lines into blocks', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.pdf'));
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toHaveLength(2);
    expect(outline(doc, 2)).toEqual([
      ...SAMPLE_OPENING,
      ['paragraph', null, 'RESOLVED that'],
    ]);
    // A lettered clause over two printed lines is one list item; the next clause starts a new one.
    expect(blockText(doc, doc.blocks[5]!)).toBe('(a) a grant of £400 be made to the Westbrook Allotment Society towards the\ncost of a new water tank, and that the Clerk write to the Society;');
    expect(blockText(doc, doc.blocks[6]!)).toBe('(b) the application from the Riverside Youth Club be deferred until the club\nprovides its accounts;');
  });

  it('records which page each block is on', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.pdf'));
    const page2 = doc.pages[1]!;
    expect(doc.text.slice(page2.start, page2.end)).toBe('Street lighting\nMembers noted the report on faulty lights in Mill Lane.\nRESOLVED that the Clerk report the faulty lights to the county council.');
    const pageOf = (offset: number) => doc.pages.find((p) => p.start <= offset && offset < p.end)!.number;
    expect(doc.blocks.map((b) => pageOf(b.start))).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2]);
  });

  it('keeps a clause of several sentences in one block when its lines run full width', () => {
    const full = 'x'.repeat(60);
    const result = assemble([
      [`(a) The council agreed the plan for the town centre and its ${full}`, `funding. It asked the clerk to report back in June with costs and ${full}`, 'a timetable.', '(b) The next clause.'].join('\n'),
      '',
    ]);
    if (!result.ok) throw new Error(result.reason);
    expectWellFormed(result.document);
    expect(result.document.blocks.map((b) => b.marker)).toEqual(['(a)', '(b)']);
    expect(result.document.warnings.map((w) => w.code)).toEqual(['pdf-pages-without-text']);
  });

  it('refuses encrypted, damaged and scanned PDFs with reasons', async () => {
    expect(await readFile(path.join(FIXTURES, 'bad/encrypted.pdf'))).toEqual({ ok: false, code: 'encrypted', reason: 'encrypted PDF: a password is needed' });
    const truncated = await readFile(path.join(FIXTURES, 'bad/truncated.pdf'));
    expect(truncated).toMatchObject({ ok: false, code: 'damaged' });
    expect(truncated.ok ? '' : truncated.reason).toMatch(/^damaged PDF: \S/);
    expect(await readFile(path.join(FIXTURES, 'bad/scanned.pdf'))).toEqual({
      ok: false,
      code: 'no-text-layer',
      reason: 'no text layer: scanned PDF (1 page, no extractable text)',
    });
    expect(await readPdf(new TextEncoder().encode('Minutes of the meeting, saved as text'))).toEqual({ ok: false, code: 'not-pdf', reason: 'not a PDF (no %PDF header)' });
  });
});
