import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../pipeline/readers/docx.ts';
import { blockText, FIXTURES, outline, SAMPLE_OPENING, readFile, readOk } from './helpers.ts';

describe('DOCX reader', () => {
  it('restores Word numbering from numbering.xml and finds typed labels', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.docx'));
    expect(doc.format).toBe('docx');
    expect(doc.warnings).toEqual([]);
    expect(doc.pages).toEqual([{ number: 1, start: 0, end: doc.text.length }]);
    expect(outline(doc, 2)).toEqual([
      ...SAMPLE_OPENING,
      ['list_item', '1.', 'The Clerk'],
      ['list_item', 'i)', 'the report'],
      ['list_item', '2.', 'The Chair'],
    ]);
    expect(blockText(doc, doc.blocks[6]!)).toBe('(b) the application from the Riverside Youth Club be deferred until the club provides its accounts;');
  });

  it('labels numbered paragraphs by depth, with a warning, when numbering.xml is missing', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample-no-numbering.docx'));
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-numbering-guessed']);
    expect(doc.blocks.filter((b) => b.kind === 'list_item').map((b) => b.marker)).toEqual(['1.', '2.', '(c)', '1.', '(a)', '2.']);
  });

  it('refuses what is not a Word document, or not one that opens safely', async () => {
    expect(await readFile(path.join(FIXTURES, 'bad/not-a-zip.docx'))).toEqual({ ok: false, code: 'not-docx', reason: 'not a DOCX (not a zip archive)' });
    expect(await readFile(path.join(FIXTURES, 'bad/zip-bomb.docx'))).toEqual({
      ok: false,
      code: 'zip-bomb',
      reason: 'not a DOCX we can open safely: expands to 300 MB (zip bomb?)',
    });
    const zip = new JSZip();
    zip.file('notes.txt', 'a zip, but no Word document inside');
    expect(await readDocx(await zip.generateAsync({ type: 'uint8array' }))).toEqual({ ok: false, code: 'not-docx', reason: 'not a DOCX (no word/document.xml)' });
  });

  it('reports a damaged archive', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'readers/sample.docx')));
    const result = await readDocx(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(result).toMatchObject({ ok: false, code: 'damaged' });
    expect(result.ok ? '' : result.reason).toMatch(/^damaged DOCX: /);
  });
});
