import { describe, expect, it } from 'vitest';
import type { Block } from '../../schemas/document.ts';
import { joinAcrossPages } from '../../pipeline/readers/pages.ts';

/** Paragraph blocks over the given texts, one page each, with the text they are offsets into. */
function pages(...texts: string[]): { text: string; blocks: Block[][] } {
  let text = '';
  const blocks = texts.map((t) => {
    if (text !== '') text += '\n\n';
    const start = text.length;
    text += t;
    return [{ kind: 'paragraph' as const, start, end: text.length, contentStart: start, marker: null, level: 0 }];
  });
  return { text, blocks };
}

describe('a clause cut by a page break', () => {
  it('is one block when the next page goes on in lower case', () => {
    const { text, blocks } = pages('RESOLVED that the grant of £750 be allocated from the reserve and', 'paid to the Village Hall Committee.');
    expect(joinAcrossPages(blocks, text)).toHaveLength(1);
  });

  it('is one block when two full lines meet, the first ending on a bare word and the next capitalised', () => {
    const { text, blocks } = pages(
      'RECOMMENDED TO FULL COUNCIL: that £750 be allocated from the Neighbourhood',
      'Plan earmarked reserve to commission an independent traffic survey of Tanners Lane.',
    );
    expect(joinAcrossPages(blocks, text)).toHaveLength(1);
  });

  it('stays apart when the next page opens with a short capitalised line (a heading)', () => {
    const { text, blocks } = pages('RESOLVED that the grant of £750 be allocated from the Neighbourhood', 'Planning Applications');
    expect(joinAcrossPages(blocks, text)).toHaveLength(2);
  });

  it('stays apart when the page ended a sentence', () => {
    const { text, blocks } = pages(
      'RESOLVED that the grant of £750 be allocated from the Neighbourhood reserve.',
      'The Clerk reported that the annual audit return had been submitted on time.',
    );
    expect(joinAcrossPages(blocks, text)).toHaveLength(2);
  });
});
