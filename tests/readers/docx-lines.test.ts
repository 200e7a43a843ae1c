import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../pipeline/readers/blocks.ts';
import { readDocx } from '../../pipeline/readers/docx.ts';

/**
 * A Word document with a paragraph per printed line (typed, pasted or converted from plain text) is
 * read as the plain text it was made from; a document structured in Word is read paragraph by
 * paragraph as before. fixtures/families/*.docx hold five such documents converted by LibreOffice
 * from their .txt renderings, which must give the same records (tests/fixtures/formats.test.ts).
 */

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One <w:p> per entry: a string is a plain paragraph ('' an empty one); a table is rows of cells. */
type Part = string | { table: string[][] };

async function docx(parts: readonly Part[]): Promise<Uint8Array> {
  const paragraph = (text: string): string => (text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
  const body = parts
    .map((part) =>
      typeof part === 'string'
        ? paragraph(part)
        : `<w:tbl>${part.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const TYPED = [
  'MINUTES OF THE MONTHLY MEETING OF THE DISTRICT HELD IN THE DISTRICT OFFICES,',
  'ON TUESDAY 10TH MARCH, 2026, AT 10.00 A.M.',
  '',
  '1. CONFIRMATION OF MINUTES',
  '',
  '(a) The minutes of the Special Meeting held on 24th February, 2026, to consider',
  'the draft Service Delivery Plan, were confirmed on the proposal of Cllr Byrne,',
  'seconded by Cllr Nolan.',
  '(b) It was agreed that the Meetings Administrator would forward the motion to',
  'the Minister and to the Oireachtas members for the constituency.',
  '',
  '2. ANY OTHER BUSINESS',
  '',
  'There was no other business.',
];

describe('DOCX typed as lines', () => {
  it('is read as the plain text it was made from: its lines, blank lines for empty paragraphs, the plain-text blocks', async () => {
    const result = await readDocx(await docx(TYPED));
    if (!result.ok) expect.fail(result.reason);
    const text = TYPED.join('\n');
    expect(result.document.text).toBe(text);
    expect(result.document.blocks).toEqual(blocksFromPlainText(text));
    const clause = result.document.blocks.find((b) => b.marker === '(a)')!;
    // The clause runs on over its three lines instead of stopping at "to consider".
    expect(text.slice(clause.contentStart, clause.end)).toBe(TYPED.slice(5, 8).join('\n').slice(4));
  });

  it('a document with a long paragraph is structured in Word: paragraph by paragraph, no lines joined', async () => {
    const long = `${'The Committee considered the report of the Director of Finance on the revised capital programme, '.repeat(2)}and agreed it.`;
    const result = await readDocx(await docx([...TYPED, '', long]));
    if (!result.ok) expect.fail(result.reason);
    expect(result.document.text).not.toContain('TUESDAY 10TH MARCH, 2026, AT 10.00 A.M.\n(a)');
    expect(result.document.text.split('\n\n')).toContain(TYPED[3]);
    expect(result.document.blocks.some((b) => result.document.text.slice(b.start, b.end) === TYPED[0])).toBe(true);
  });

  it('a document with a table is structured in Word', async () => {
    const result = await readDocx(await docx([...TYPED, { table: [['Action', 'Owner'], ['Write to the Minister', 'Meetings Administrator']] }]));
    if (!result.ok) expect.fail(result.reason);
    expect(result.document.blocks.some((b) => b.kind === 'table_row')).toBe(true);
    expect(result.document.blocks.some((b) => result.document.text.slice(b.start, b.end) === TYPED[0])).toBe(true);
  });

  it('short one-line paragraphs with no blank paragraphs between them read the same either way: left to the paragraph reader', async () => {
    const result = await readDocx(await docx(TYPED.filter((line) => line !== '')));
    if (!result.ok) expect.fail(result.reason);
    expect(result.document.text).toContain(`${TYPED[0]}\n\n${TYPED[1]}`);
  });
});
