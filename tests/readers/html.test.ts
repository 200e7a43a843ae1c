import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../pipeline/readers/html.ts';
import { blockText, expectWellFormed, FIXTURES, outline, SAMPLE_OPENING, readFile, readOk } from './helpers.ts';

function read(html: string) {
  const result = readHtml(new TextEncoder().encode(html));
  if (!result.ok) throw new Error(result.reason);
  expectWellFormed(result.document);
  return result.document;
}

describe('HTML reader', () => {
  it('keeps the page content and drops the site around it', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.html'));
    expect(doc.format).toBe('html');
    for (const chrome of ['cookies', 'Home', 'Latest news', 'Summer fete', '©', 'Share on', 'window.analytics', 'font-family', 'Finance Committee - Westbrook']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(outline(doc, 2)).toEqual([
      ...SAMPLE_OPENING,
      ['list_item', 'd.', 'The Clerk'],
      ['list_item', 'e.', 'The Chair'],
      ['list_item', '•', 'Lights checked'],
      ['table_row', null, 'Item |'],
      ['table_row', null, 'Water tank'],
    ]);
  });

  it('decodes entities, collapses whitespace and keeps <br> line breaks', async () => {
    const doc = await readOk(path.join(FIXTURES, 'readers/sample.html'));
    expect(blockText(doc, doc.blocks[1]!)).toBe('Minutes of the Finance Committee held on 3 March 2025');
    expect(blockText(doc, doc.blocks[3]!)).toBe('The committee considered three applications for small grants and heard from the Clerk about the money left in the grants budget for the year.');
    expect(blockText(doc, doc.blocks[5]!)).toBe('(a) a grant of £400 be made to the Westbrook Allotment Society towards the\ncost of a new water tank, and that the Clerk write to the Society;');
    expect(blockText(doc, doc.blocks[14]!)).toBe('Water tank | £400');
    expect(doc.text.split('\n\n')[0]).toBe('WESTBROOK TOWN COUNCIL');
  });

  it('numbers ordered lists by their type and start, and nests them', () => {
    const doc = read('<ol type="I"><li>First<ol type="i"><li>sub one</li><li>sub two</li></ol></li><li value="7">Seventh</li></ol>');
    expect(doc.blocks.map((b) => [b.marker, b.level, blockText(doc, b)])).toEqual([
      ['I.', 0, 'I. First'],
      ['i.', 1, 'i. sub one'],
      ['ii.', 1, 'ii. sub two'],
      ['VII.', 0, 'VII. Seventh'],
    ]);
  });

  it('numbers a plain <ol> from 1', () => {
    const doc = read('<ol><li>one</li><li>two</li></ol><ol start="0"><li>zero</li></ol>');
    expect(doc.blocks.map((b) => b.marker)).toEqual(['1.', '2.', '0.']);
  });

  it('lists a bulleted item by the label it types, and keeps text in bare divs', () => {
    const doc = read('<div>Decision:</div><ul><li>(a) approve the plan;</li><li>(b) note the risks.</li></ul><div><span>Contact the clerk</span></div>');
    expect(outline(doc, 2)).toEqual([
      ['paragraph', null, 'Decision:'],
      ['list_item', '(a)', 'approve the'],
      ['list_item', '(b)', 'note the'],
      ['paragraph', null, 'Contact the'],
    ]);
    expect(doc.text).toBe('Decision:\n\n• (a) approve the plan;\n\n• (b) note the risks.\n\nContact the clerk');
  });

  it('refuses a page with no readable content', async () => {
    expect(await readFile(path.join(FIXTURES, 'bad/no-text.html'))).toEqual({ ok: false, code: 'no-text', reason: 'no text: the HTML page has no readable content' });
  });
});

describe('HTML chrome removal', () => {
  it('keeps content inside wrappers whose names look like chrome', () => {
    const result = readHtml(
      new TextEncoder().encode(
        '<body class="has-sidebar"><div class="content-sidebar-wrap"><main><p>RESOLVED that the plan be approved.</p></main><div class="sidebar"><p>Archives</p></div></div>' +
          '<div id="mgSideBar"><p>Committee details</p></div><div class="footer">Contact us</div></body>',
      ),
    );
    expect(result.ok && result.document.text).toBe('RESOLVED that the plan be approved.');
  });
});
