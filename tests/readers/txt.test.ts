import { describe, expect, it } from 'vitest';
import { readTxt } from '../../pipeline/readers/txt.ts';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

/** Minutes of our own as pdftotext writes a PDF: form feeds between pages, a running header and a page footer. */
const PAGED = [
  'Licensing Committee - 9 April 2026',
  '',
  'MINUTES of the meeting of the Licensing Committee held on 9 April 2026',
  '',
  '3. STREET TRADING POLICY',
  '',
  'RESOLVED: That',
  '(a) the consultation responses be noted;',
  '(b) the revised Street Trading Policy be adopted, subject to the',
  '                                                   Page 1 of 2',
  '\fLicensing Committee - 9 April 2026',
  '',
  'correction of the fee table in Appendix B; and',
  '(c) the Head of Licensing review the policy by March 2027.',
  '                                                   Page 2 of 2',
  '',
].join('\n');

function read(text: string) {
  const result = readTxt(new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.reason);
  return result.document;
}

describe('plain text with form feeds (pdftotext output)', () => {
  it('has a page per form feed, the text unchanged', () => {
    const doc = read(PAGED);
    expect(doc.text).toBe(PAGED);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(doc.text.slice(doc.pages[1]!.start, doc.pages[1]!.start + 1)).toBe('\f');
    expect(doc.pages[1]!.end).toBe(PAGED.length);
  });

  it('leaves the running header and the page footer out of every block, except the title at the top of page 1', () => {
    const doc = read(PAGED);
    const blockTexts = doc.blocks.map((b) => doc.text.slice(b.start, b.end));
    // No block is furniture, starts or ends with it; the block joined across the break holds it inside.
    expect(blockTexts.filter((t) => /^Page \d of \d|Page \d of \d$/.test(t))).toEqual([]);
    expect(blockTexts.filter((t) => /^Licensing Committee - 9 April 2026/.test(t))).toEqual(['Licensing Committee - 9 April 2026']);
    expect(blockTexts.filter((t) => t.includes('Page 1 of 2'))).toEqual([
      'the revised Street Trading Policy be adopted, subject to the\n                                                   Page 1 of 2\n\fLicensing Committee - 9 April 2026\n\ncorrection of the fee table in Appendix B; and',
    ].map((t) => `(b) ${t}`));
  });

  it('keeps one page of text without a form feed as one page, its blocks as before', () => {
    const doc = read('RESOLVED that the minutes be approved.\n\nPage 1 of 1\n');
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length }]);
    expect(doc.blocks).toHaveLength(2);
  });

  it('gives a clause cut by a page break whole (its quote is the text between, furniture and all), and its page', async () => {
    const bytes = new TextEncoder().encode(PAGED);
    const result = await processBytes(describeSource('/minutes/licensing.txt', bytes, 'txt'), bytes);
    if (!result.ok) throw new Error(result.reason);
    const b = result.records.find((r) => r.kind === 'resolution' && r.label === '(b)')!;
    expect(b.text.replace(/\s+/g, ' ')).toContain('subject to the Page 1 of 2 Licensing Committee - 9 April 2026 correction of the fee table in Appendix B;');
    const c = result.records.find((r) => r.kind === 'resolution' && r.label === '(c)')!;
    expect(c.text).toBe('the Head of Licensing review the policy by March 2027.');
    expect(c.page).toBe(2);
    expect(result.records.filter((r) => r.kind === 'action').map((a) => a.actor)).toEqual(['the Head of Licensing']);
  });
});
