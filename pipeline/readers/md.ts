import { fromHtml } from 'hast-util-from-html';
// Types only: @types/mdast comes with remark-parse (mdast-util-from-markdown depends on it).
import type { List, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ReadResult } from '../../schemas/document.ts';
import { buildText, isBareMarker, type RawBlock } from './builder.ts';
import { decodeText, looksBinary } from './decode.ts';
import { htmlToRawBlocks } from './html-blocks.ts';
import { matchMarker } from './markers.ts';

/**
 * Markdown rendered as a person reads it: no emphasis markers, link URLs, heading #s or YAML front
 * matter. Lines of a paragraph that start with a typed marker ("(a)", "1.", "•") become list items,
 * since many council Markdown files are text extracted from PDFs. One page.
 */
export function readMarkdown(bytes: Uint8Array): ReadResult {
  if (looksBinary(bytes)) return { ok: false, code: 'binary', reason: 'not a Markdown file (binary content)' };
  const { text: decoded, warnings } = decodeText(bytes);
  const source = stripFrontMatter(decoded.replace(/\r\n?/g, '\n'));
  const tree = unified().use(remarkParse).parse(source);
  const { text, blocks } = buildText(joinWrappedLines(markdownToRawBlocks(tree, source)));
  if (text.trim() === '') return { ok: false, code: 'empty', reason: 'no text: the Markdown file has no readable content' };
  return { ok: true, document: { format: 'md', text, blocks, pages: [{ number: 1, start: 0, end: text.length }], warnings } };
}

/** YAML front matter ("---" ... "---" at the very start) is metadata, not the document's words. */
export function stripFrontMatter(source: string): string {
  const m = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(source);
  return m ? source.slice(m[0].length) : source;
}

/** The mdast tree to raw blocks; `source` gives list markers as written ("1.", "-", "*"). */
export function markdownToRawBlocks(tree: Root, source: string): RawBlock[] {
  const blocks: RawBlock[] = [];

  const visit = (node: RootContent, level: number): void => {
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node);
        // A setext "---" under a line is often a page break left by PDF conversion, not a heading.
        const setext = source[node.position?.start.offset ?? 0] !== '#';
        const sentence = /[.:;,]$/.test(text.trim()) || text.length > 90;
        blocks.push({ kind: setext && sentence ? 'paragraph' : 'heading', text, marker: null, level: setext && sentence ? 0 : node.depth });
        return;
      }
      case 'paragraph': {
        const text = inlineText(node);
        blocks.push(...(pipeTableRows(text) ?? [{ kind: 'paragraph', text, marker: null, level: 0 }]));
        return;
      }
      case 'list':
        visitList(node, level);
        return;
      case 'table':
        visitTable(node);
        return;
      case 'blockquote':
      case 'footnoteDefinition':
        for (const child of node.children) visit(child, level);
        return;
      case 'code':
        blocks.push({ kind: 'paragraph', text: node.value, marker: null, level: 0 });
        return;
      case 'thematicBreak':
        blocks.push(BOUNDARY);
        return;
      case 'html':
        blocks.push(...htmlToRawBlocks(fromHtml(node.value, { fragment: true })));
        return;
      default:
        return;
    }
  };

  const visitList = (list: List, level: number): void => {
    for (const item of list.children) visitItem(item, level);
  };

  const visitItem = (item: ListItem, level: number): void => {
    let marker: string | null = markerAt(source, item.position?.start.offset ?? -1) ?? '•';
    for (const child of item.children) {
      if (child.type === 'paragraph' && marker !== null) {
        blocks.push({ kind: 'list_item', text: inlineText(child), marker, level });
        marker = null;
      } else if (child.type === 'list') {
        if (marker !== null) blocks.push({ kind: 'list_item', text: '', marker, level });
        marker = null;
        visitList(child, level + 1);
      } else {
        visit(child, level);
      }
    }
    // An empty item ("1." alone on its line) keeps its marker; the builder joins it to what follows.
    if (marker !== null) blocks.push({ kind: 'list_item', text: '', marker, level });
  };

  const visitTable = (table: Table): void => {
    for (const row of table.children) {
      const cells = row.children.map((cell) => inlineText(cell).replace(/\s*\n\s*/g, ' ').trim());
      if (cells.some((c) => c !== '')) blocks.push({ kind: 'table_row', text: cells.join(' | '), marker: null, level: 0 });
    }
  };

  for (const child of tree.children) visit(child, 0);
  return blocks;
}

/**
 * A GitHub-style pipe table ("| a | b |" over "| --- | --- |"), which CommonMark leaves as a
 * paragraph: its rows as table rows, the delimiter row dropped. Null when the text is no such table.
 */
export function pipeTableRows(text: string): RawBlock[] | null {
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.length < 2 || !lines.every((l) => l.startsWith('|') || l.endsWith('|'))) return null;
  if (!/^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/.test(lines[1]!)) return null;
  return lines
    .filter((_, i) => i !== 1)
    .map((line) => {
      const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      return { kind: 'table_row' as const, text: cells.join(' | '), marker: null, level: 0 };
    });
}

/** An empty block: stops wrapped lines from joining across a "---"; the builder drops it. */
const BOUNDARY: RawBlock = { kind: 'paragraph', text: '', marker: null, level: 0 };

/**
 * Markdown converted from PDF often has every printed line as a paragraph of its own. When most
 * one-line paragraphs end mid-sentence, such a paragraph is joined to the next plain paragraph
 * (line by line, as printed) so that a clause wrapped over several lines is one block.
 */
export function joinWrappedLines(raws: readonly RawBlock[]): RawBlock[] {
  const paragraphs = raws.filter((r) => r.kind === 'paragraph' && r.text.trim() !== '');
  const openLines = paragraphs.filter((r) => !r.text.trim().includes('\n') && !endsSentence(r.text.trim()));
  if (paragraphs.length < 10 || openLines.length / paragraphs.length < 0.35) return [...raws];
  const out: RawBlock[] = [];
  for (const raw of raws) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      (prev.kind === 'paragraph' || prev.kind === 'list_item') &&
      prev.text.trim() !== '' &&
      !isBareMarker(prev.text) &&
      !endsSentence(prev.text.trim()) &&
      !/^\d{1,4}$/.test(prev.text.trim()) &&
      raw.kind === 'paragraph' &&
      raw.marker === null &&
      raw.text.trim() !== '' &&
      !isBareMarker(raw.text) &&
      matchMarker(raw.text.trim()) === null;
    if (continues) out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()}\n${raw.text.trim()}` };
    else out.push(raw);
  }
  return out;
}

/** A line that closes a sentence; an initial or a title ("Mr. S.", "Dr.") does not. */
function endsSentence(line: string): boolean {
  if (!/[.:;!?"”)\]]$/.test(line)) return false;
  return !/(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St|No|Co)\.$/.test(line);
}

/** The list marker written at an offset of the source: "1.", "3)", "-", "*", "+". */
function markerAt(source: string, offset: number): string | null {
  if (offset < 0) return null;
  const m = /^[ \t]*(\d{1,9}[.)]|[-*+])/.exec(source.slice(offset, offset + 16));
  return m?.[1] ?? null;
}

/** Inline content as plain text: emphasis, links and code lose their syntax; breaks stay line breaks. */
function inlineText(node: Nodes): string {
  const parts: string[] = [];
  const visit = (n: Nodes): void => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        parts.push(n.value);
        return;
      case 'break':
        parts.push('\n');
        return;
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        return;
      default:
        if ('children' in n) for (const c of n.children) visit(c);
    }
  };
  visit(node);
  return parts.join('');
}
