/**
 * Writes the reader fixtures: fixtures/readers/ (one small document, in our own words, as Markdown,
 * HTML, DOCX and PDF) and fixtures/bad/ (inputs every reader must refuse with a clear reason).
 * The files are committed; run again only to change them:
 *
 *   npx tsx tests/readers/make-fixtures.ts
 *
 * encrypted.pdf needs qpdf (apt-get install -y qpdf); the rest needs nothing outside the project.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readersDir = path.join(root, 'fixtures/readers');
const badDir = path.join(root, 'fixtures/bad');

/** The sample minutes, page by page, line by line as printed. */
export const SAMPLE_PAGES: readonly (readonly string[])[] = [
  [
    'WESTBROOK TOWN COUNCIL',
    'Minutes of the Finance Committee held on 3 March 2025',
    'Grants to local groups',
    'The committee considered three applications for small grants and heard',
    'from the Clerk about the money left in the grants budget for the year.',
    'RESOLVED that:',
    '(a) a grant of £400 be made to the Westbrook Allotment Society towards the',
    'cost of a new water tank, and that the Clerk write to the Society;',
    '(b) the application from the Riverside Youth Club be deferred until the club',
    'provides its accounts;',
    '(c) the Clerk be asked to publish the grant rules on the website.',
  ],
  ['Street lighting', 'Members noted the report on faulty lights in Mill Lane.', 'RESOLVED that the Clerk report the faulty lights to the county council.'],
];

function sampleMarkdown(): string {
  return [
    '---',
    'title: Westbrook Town Council finance committee',
    'date: 2025-03-03',
    '---',
    '',
    '# WESTBROOK TOWN COUNCIL',
    '',
    'Minutes of the *Finance Committee* held on 3 March 2025',
    '',
    '## Grants to local groups',
    '',
    'The committee considered three applications for small grants and heard',
    'from the [Clerk](https://example.org/clerk) about the money left in the grants budget for the year.',
    '',
    '**RESOLVED** that:',
    '',
    '(a) a grant of £400 be made to the Westbrook Allotment Society towards the',
    'cost of a new water tank, and that the Clerk write to the Society;',
    '(b) the application from the Riverside Youth Club be deferred until the club',
    'provides its accounts;',
    '(c) the Clerk be asked to publish the grant rules on the website.',
    '',
    '## Street lighting',
    '',
    'Members noted the report on faulty lights in Mill Lane.',
    '',
    '1. The Clerk to report the faulty lights to the county council.',
    '2. The Chair to write to the residents of Mill Lane.',
    '',
    '| Item | Cost |',
    '| --- | --- |',
    '| Water tank | £400 |',
    '',
  ].join('\n');
}

function sampleHtml(): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Finance Committee - Westbrook Town Council</title>
<style>body { font-family: sans-serif; }</style><script>window.analytics = {};</script></head>
<body>
<header class="site-header"><a href="/">Westbrook Town Council</a></header>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/minutes">Minutes</a></li></ul></nav>
<div id="cookie-banner">We use cookies. <button>Accept</button></div>
<ol class="breadcrumb"><li>Home</li><li>Minutes</li></ol>
<main>
<article>
<header class="entry-header"><h1>WESTBROOK TOWN COUNCIL</h1></header>
<div>Minutes of the Finance Committee held on 3&nbsp;March 2025</div>
<h2>Grants to local groups</h2>
<p>The committee   considered three applications for small grants and heard
from the <a href="/clerk">Clerk</a> about the money left in the grants budget for the year.</p>
<p><strong>RESOLVED</strong> that:<br>
(a) a grant of &pound;400 be made to the Westbrook Allotment Society towards the<br>
cost of a new water tank, and that the Clerk write to the Society;<br>
(b) the application from the Riverside Youth Club be deferred until the club<br>
provides its accounts;<br>
(c) the Clerk be asked to publish the grant rules on the website.</p>
<h2>Street lighting</h2>
<p>Members noted the report on faulty lights in Mill Lane.</p>
<ol type="a" start="4"><li>The Clerk to report the faulty lights to the county council.</li><li>The Chair to write to the residents of Mill Lane.</li></ol>
<ul><li>Lights checked in April</li></ul>
<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Water tank</td><td>&pound;400</td></tr></table>
<div class="share-links"><a href="#">Share on social media</a></div>
</article>
</main>
<aside class="sidebar"><h3>Latest news</h3><p>Summer fete</p></aside>
<footer><p>&copy; Westbrook Town Council</p></footer>
</body></html>
`;
}

// --- DOCX: a minimal WordprocessingML package with real automatic numbering -------------------

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function wParagraph(text: string, options: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const props: string[] = [];
  if (options.style) props.push(`<w:pStyle w:val="${options.style}"/>`);
  if (options.numId !== undefined) props.push(`<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>`);
  const pPr = props.length > 0 ? `<w:pPr>${props.join('')}</w:pPr>` : '';
  return `<w:p>${pPr}<w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
}

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

async function sampleDocx(withNumbering: boolean): Promise<Uint8Array> {
  const body = [
    wParagraph('WESTBROOK TOWN COUNCIL', { style: 'Heading1' }),
    wParagraph('Minutes of the Finance Committee held on 3 March 2025'),
    wParagraph('Grants to local groups', { style: 'Heading2' }),
    wParagraph('The committee considered three applications for small grants and heard from the Clerk about the money left in the grants budget for the year.'),
    wParagraph('RESOLVED that:'),
    // Automatic numbering "(a)", "(b)": the labels are not in the text, only in numbering.xml.
    wParagraph('a grant of £400 be made to the Westbrook Allotment Society towards the cost of a new water tank, and that the Clerk write to the Society;', { numId: 1, ilvl: 0 }),
    wParagraph('the application from the Riverside Youth Club be deferred until the club provides its accounts;', { numId: 1, ilvl: 0 }),
    // A typed label, as councils often write them.
    wParagraph('(c) the Clerk be asked to publish the grant rules on the website.'),
    wParagraph('Street lighting', { style: 'Heading2' }),
    wParagraph('Members noted the report on faulty lights in Mill Lane.'),
    wParagraph('The Clerk to report the faulty lights to the county council.', { numId: 2, ilvl: 0 }),
    wParagraph('the report to name each faulty light.', { numId: 2, ilvl: 1 }),
    wParagraph('The Chair to write to the residents of Mill Lane.', { numId: 2, ilvl: 0 }),
  ].join('');
  const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W_NS}><w:body>${body}</w:body></w:document>`;
  const numberingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W_NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${withNumbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${withNumbering ? '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : ''}</Relationships>`,
  );
  zip.file('word/document.xml', documentXml);
  if (withNumbering) zip.file('word/numbering.xml', numberingXml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// --- PDF: written object by object, so the fixture is tiny and exactly what we mean -----------

/** A PDF file from its objects (bodies without "n 0 obj"), with a correct xref table. */
function pdfFile(objects: readonly Buffer[]): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(chunk);
    offset += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}

function pdfString(text: string): string {
  return `(${text.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

function stream(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** A text PDF: one page per entry, Helvetica 11pt, a line per string. */
function textPdf(pages: readonly (readonly string[])[]): Buffer {
  const objects: Buffer[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects.push(Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'));
  objects.push(Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`, 'latin1'));
  objects.push(Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', 'latin1'));
  for (const lines of pages) {
    const id = objects.length + 1;
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`, 'latin1'));
    const content = ['BT', '/F1 11 Tf', '14 TL', '72 770 Td', ...lines.map((line, i) => `${i === 0 ? '' : 'T* '}${pdfString(line)} Tj`), 'ET'].join('\n');
    objects.push(stream('', Buffer.from(content, 'latin1')));
  }
  return pdfFile(objects);
}

/** A one-page PDF holding only a grey image: what a scanner without OCR produces. */
function imageOnlyPdf(): Buffer {
  const size = 16;
  const pixels = Buffer.alloc(size * size);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 37) % 256;
  return pdfFile([
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>', 'latin1'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>', 'latin1'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>', 'latin1'),
    stream(`/Type /XObject /Subtype /Image /Width ${size} /Height ${size} /ColorSpace /DeviceGray /BitsPerComponent 8`, pixels),
    stream('', Buffer.from('q 400 0 0 560 97 141 cm /Im1 Do Q', 'latin1')),
  ]);
}

/** Deterministic "random" bytes (a linear congruential generator), NULs included. */
function noiseBytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  let state = 20250303;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = i % 17 === 0 ? 0 : state >>> 24;
  }
  return out;
}

/** A zip that claims to be a DOCX and expands to 300 MB of zeros: tiny on disk. */
async function zipBomb(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document ${W_NS}><w:body><w:p><w:r><w:t>hello</w:t></w:r></w:p></w:body></w:document>`);
  zip.file('word/media/padding.bin', new Uint8Array(300 * 1024 * 1024));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

function cp1252Text(): Buffer {
  // “Budget” – €400 agreed, in Windows-1252: 0x93 0x94 quotes, 0x96 en dash, 0x80 euro sign.
  const head = Buffer.from('Minutes of the Finance Committee\n\nThe ', 'latin1');
  const body = Buffer.from([0x93, ...Buffer.from('Budget', 'latin1'), 0x94, 0x20, 0x96, 0x20, 0x80, ...Buffer.from('400 agreed.\n', 'latin1')]);
  return Buffer.concat([head, body]);
}

async function main(): Promise<void> {
  mkdirSync(readersDir, { recursive: true });
  mkdirSync(badDir, { recursive: true });
  const samplePdf = textPdf(SAMPLE_PAGES);
  writeFileSync(path.join(readersDir, 'sample.md'), sampleMarkdown());
  writeFileSync(path.join(readersDir, 'sample.html'), sampleHtml());
  writeFileSync(path.join(readersDir, 'sample.docx'), await sampleDocx(true));
  writeFileSync(path.join(readersDir, 'sample-no-numbering.docx'), await sampleDocx(false));
  writeFileSync(path.join(readersDir, 'sample.pdf'), samplePdf);

  writeFileSync(path.join(badDir, 'empty.txt'), '');
  writeFileSync(path.join(badDir, 'binary.txt'), noiseBytes(2048));
  writeFileSync(path.join(badDir, 'cp1252.txt'), cp1252Text());
  writeFileSync(path.join(badDir, 'not-a-zip.docx'), 'This is plain text saved with a .docx name, not a Word document.\n');
  writeFileSync(path.join(badDir, 'zip-bomb.docx'), await zipBomb());
  writeFileSync(
    path.join(badDir, 'no-text.html'),
    '<!DOCTYPE html><html><head><title>Loading</title><style>p{color:red}</style><script>document.write("hi")</script></head>' +
      '<body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav><noscript>Please enable JavaScript.</noscript>' +
      '<script src="/app.js"></script></body></html>\n',
  );
  writeFileSync(path.join(badDir, 'truncated.pdf'), samplePdf.subarray(0, Math.floor(samplePdf.length / 2)));
  writeFileSync(path.join(badDir, 'scanned.pdf'), imageOnlyPdf());
  execFileSync('qpdf', ['--encrypt', 'secret-user', 'secret-owner', '256', '--', path.join(readersDir, 'sample.pdf'), path.join(badDir, 'encrypted.pdf')]);
}

await main();
