import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ReadResult } from '../../schemas/document.ts';
import { buildText } from './builder.ts';
import { decodeText, looksBinary } from './decode.ts';
import { htmlToRawBlocks } from './html-blocks.ts';

/** A council web page as published: site chrome dropped, the page's own blocks kept; one page. */
export function readHtml(bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'not an HTML page (binary content)' };
  const { text: source, warnings } = decodeText(bytes);
  const tree = fromHtml(source);
  const { text, blocks } = buildText(htmlToRawBlocks(tree));
  if (text.trim() === '') return { ok: false, code: 'no-text', reason: 'no text: the HTML page has no readable content' };
  const title = pageTitle(tree);
  return { ok: true, document: { format: 'html', text, blocks, pages: [{ number: 1, start: 0, end: text.length }], warnings, ...(title ? { title } : {}) } };
}

/** The page's <title>, whitespace collapsed; null when it has none. (Site chrome in the body is dropped; the title is kept apart.) */
function pageTitle(tree: Root): string | null {
  const find = (node: Root | Element): Element | null => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'title') return child;
      if (child.tagName === 'body') continue;
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  const element = find(tree);
  const text = element ? element.children.map((c) => (c.type === 'text' ? c.value : '')).join('').replace(/\s+/g, ' ').trim() : '';
  return text === '' ? null : text;
}
