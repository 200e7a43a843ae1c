import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { RawBlock } from './builder.ts';
import { roman } from './roman.ts';

/**
 * An HTML tree (a council web page, or mammoth's rendering of a DOCX) to raw blocks.
 * Site chrome is dropped by element, role and id/class; headings, paragraphs, list items (with their
 * markers), table rows and text in bare <div>s are kept. Used by the HTML and DOCX readers.
 */
export interface HtmlBlockOptions {
  /**
   * Markers for <ol> items by nesting depth, used instead of the list's own numbering: mammoth's
   * HTML has plain <ol>s, so the DOCX reader falls back to "1.", "(a)", "(i)" when it cannot read
   * the document's numbering definitions.
   */
  orderedStylesByDepth?: readonly OrderedStyle[];
}

/** How an ordered list numbers its items. */
export interface OrderedStyle {
  /** HTML's <ol type>: "1", "a", "A", "i", "I". */
  type: string;
  open: string;
  close: string;
}

const DEFAULT_ORDERED: OrderedStyle = { type: '1', open: '', close: '.' };

/** Elements that never hold the document's own words. */
const DROPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'svg', 'math', 'form', 'nav', 'aside', 'iframe', 'template', 'button',
  'select', 'textarea', 'input', 'object', 'embed', 'canvas', 'map', 'audio', 'video', 'footer', 'dialog', 'menu',
]);

/** Elements that end the current paragraph: their content is a block of its own. */
const BLOCK_TAGS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'blockquote', 'address', 'center', 'figure',
  'figcaption', 'dl', 'dt', 'dd', 'pre', 'fieldset', 'details', 'summary', 'header', 'hgroup', 'caption',
  'legend', 'hr', 'tbody', 'thead', 'tfoot',
]);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar']);

/** Class or id words that mark site chrome wherever they appear in the name. */
const CHROME_SUBSTRINGS = [
  'navbar', 'navigation', 'breadcrumb', 'cookie', 'sidebar', 'masthead', 'skiplink', 'skip-link', 'skip-to',
  'screen-reader', 'sr-only', 'visually-hidden', 'sharedaddy', 'relatedposts', 'sharelink', 'share-link',
  'socialshare', 'addthis', 'site-header', 'site-footer', 'gdpr',
  // A cookie-consent banner, not a council's "consent calendar" or "consent agenda" (class="consent").
  'consent-banner', 'consent-bar', 'consent-dialog', 'consent-modal', 'consent-manager', 'consentmanager', 'consent-popup',
];
/** Class or id words that mark site chrome when they stand as a word of the name ("mobile-menu"). */
const CHROME_WORDS = new Set(['nav', 'footer', 'menu', 'submenu', 'dropdown', 'share', 'sharing', 'social', 'widget', 'widgets', 'search', 'comments', 'respond', 'pagination', 'pager', 'banner', 'toolbar', 'offcanvas', 'modal', 'popup', 'colophon']);

interface ListContext {
  ordered: boolean;
  style: OrderedStyle;
  next: number;
  depth: number;
}

interface Pending {
  marker: string;
  level: number;
}

/** Renders a hast tree to raw blocks. */
export function htmlToRawBlocks(tree: Root, options: HtmlBlockOptions = {}): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lists: ListContext[] = [];
  let inline: string[] = [];
  let pending: Pending | null = null;
  let preDepth = 0;

  const flush = (): void => {
    const text = inline.join('');
    inline = [];
    if (text.trim() === '') return;
    if (pending) {
      blocks.push({ kind: 'list_item', text, marker: pending.marker, level: pending.level });
      pending = null;
    } else {
      blocks.push({ kind: 'paragraph', text, marker: null, level: 0 });
    }
  };

  const walkChildren = (node: Element | Root, insideContent: boolean): void => {
    for (const child of node.children) walk(child, insideContent);
  };

  const walk = (node: RootContent | ElementContent, insideContent: boolean): void => {
    if (node.type === 'text') {
      inline.push(preDepth > 0 ? node.value.replace(/\r\n?/g, '\n') : collapse(node.value));
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    if (isChrome(node, insideContent) && !holdsContent.has(node)) return;
    const content = insideContent || tag === 'main' || tag === 'article' || propertyText(node, 'role') === 'main';
    if (tag === 'br') {
      inline.push('\n');
    } else if (/^h[1-6]$/.test(tag)) {
      flush();
      const text = inlineText(node);
      if (text.trim() !== '') blocks.push({ kind: 'heading', text, marker: null, level: Number(tag[1]) });
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const depth = lists.length;
      const style = tag === 'ol' ? (options.orderedStylesByDepth?.[depth % options.orderedStylesByDepth.length] ?? orderedStyleOf(node)) : DEFAULT_ORDERED;
      lists.push({ ordered: tag === 'ol', style, next: startOf(node), depth });
      walkChildren(node, content);
      flush();
      lists.pop();
    } else if (tag === 'li') {
      flush();
      const list = lists[lists.length - 1];
      const value = Number(propertyText(node, 'value'));
      if (list && Number.isInteger(value) && value > 0) list.next = value;
      const marker = list?.ordered ? formatOrdinal(list.next++, list.style) : '•';
      pending = { marker, level: list?.depth ?? 0 };
      walkChildren(node, content);
      flush();
      pending = null;
    } else if (tag === 'table') {
      flush();
      walkTable(node, content);
    } else if (tag === 'pre') {
      flush();
      preDepth++;
      walkChildren(node, content);
      preDepth--;
      flush();
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      walkChildren(node, content);
      flush();
    } else {
      walkChildren(node, content);
    }
  };

  /**
   * Rows with two or more cells become table rows; a one-cell row, or a row with a cell that holds a
   * document of its own (a layout table), reads as blocks.
   */
  const walkTable = (table: Element, insideContent: boolean): void => {
    for (const row of rowsOf(table)) {
      if (isChrome(row, insideContent)) continue;
      const cells = row.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
      const texts = cells.map((cell) => oneLine(inlineText(cell)));
      const filled = texts.filter((t) => t !== '');
      if (filled.length === 0) continue;
      if (filled.length === 1 || cells.some(holdsADocument) || inTwoLanguages(cells)) {
        for (const cell of cells) {
          walkChildren(cell, insideContent);
          flush();
        }
        continue;
      }
      blocks.push({ kind: 'table_row', text: texts.join(' | '), marker: null, level: 0 });
    }
  };

  const holdsContent = elementsHoldingMainContent(tree);
  walkChildren(tree, false);
  flush();
  return blocks;
}

/**
 * Elements with the page's <main>, <article> or role="main" inside them. Their class names may
 * look like chrome ("content-sidebar-wrap", a body with "has-sidebar") but they hold the content.
 */
function elementsHoldingMainContent(tree: Root): WeakSet<Element> {
  const holders = new WeakSet<Element>();
  const visit = (node: Element | Root): boolean => {
    let found = false;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const isMain = child.tagName === 'main' || child.tagName === 'article' || propertyText(child, 'role') === 'main';
      if (visit(child) || isMain) found = true;
    }
    if (found && node.type === 'element') holders.add(node);
    return found;
  };
  visit(tree);
  return holders;
}

/** The text of an element's subtree as one run of inline text, <br> kept as a line break. */
export function inlineText(node: Element): string {
  const parts: string[] = [];
  const visit = (n: ElementContent): void => {
    if (n.type === 'text') parts.push(collapse(n.value));
    else if (n.type === 'element') {
      if (isChrome(n, true)) return;
      if (n.tagName === 'br') parts.push('\n');
      else {
        const block = BLOCK_TAGS.has(n.tagName) || n.tagName === 'li' || n.tagName === 'tr';
        if (block) parts.push('\n');
        for (const c of n.children) visit(c);
        if (block) parts.push('\n');
        else if (n.tagName === 'td' || n.tagName === 'th') parts.push(' ');
      }
    }
  };
  for (const c of node.children) visit(c);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const row of child.children) if (row.type === 'element' && row.tagName === 'tr') rows.push(row);
    }
  }
  return rows;
}

/** HTML whitespace (and no-break spaces used for layout) collapses to one space. */
function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function propertyText(node: Element, name: string): string {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Site chrome: navigation, banners, sidebars, cookie notices, share links, hidden elements.
 * A <header> inside the article (a WordPress entry title) is content; the site's header is not,
 * unless it is the document's own title block (isTitleHeader).
 */
function isChrome(node: Element, insideContent: boolean): boolean {
  const tag = node.tagName;
  if (DROPPED_TAGS.has(tag)) return true;
  if (tag === 'header' && !insideContent && !isTitleHeader(node)) return true;
  if (node.properties['hidden'] === true || propertyText(node, 'ariaHidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(propertyText(node, 'style'))) return true;
  if (CHROME_ROLES.has(propertyText(node, 'role').toLowerCase())) return true;
  const names = [propertyText(node, 'id'), propertyText(node, 'className')].join(' ').toLowerCase();
  if (names.trim() === '') return false;
  if (CHROME_SUBSTRINGS.some((s) => names.includes(s))) return true;
  return names.split(/[\s_-]+/).some((word) => CHROME_WORDS.has(word));
}

/**
 * A cell that holds a document of its own rather than a value: a heading, or several paragraphs or
 * lists. ModernGov's minutes pages lay each item out as a row of an "mgItemTable": its number in one
 * cell, and in the other the item's title, "Decision:", "Minutes:" and "RESOLVED:" with their clauses,
 * which as one table row would be one run of text. A data cell with a paragraph or two stays a cell.
 */
function holdsADocument(cell: Element): boolean {
  let blocks = 0;
  let heading = false;
  const visit = (node: Element): void => {
    if (/^h[1-6]$/.test(node.tagName)) heading = true;
    if (node.tagName === 'p' || node.tagName === 'ul' || node.tagName === 'ol' || node.tagName === 'table') blocks++;
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(cell);
  return heading || blocks >= LAYOUT_CELL_BLOCKS;
}

/**
 * A row whose cells are the same text in two languages ('<td lang="cy">' beside '<td lang="en">'), as
 * Welsh councils print bilingual minutes: parallel text, each cell read as the blocks it holds.
 */
function inTwoLanguages(cells: readonly Element[]): boolean {
  const languages = new Set(cells.map((cell) => propertyText(cell, 'lang').toLowerCase().split('-')[0]).filter((lang) => lang !== ''));
  return languages.size >= 2;
}

/** Paragraphs and lists in one cell that make it a layout cell. */
const LAYOUT_CELL_BLOCKS = 3;

/**
 * A <header> outside <main> that holds the document's title rather than the site's banner: a heading
 * (h1-h3: "Minutes of an Extraordinary Meeting of Council") and nothing a site's header has, no
 * navigation, links, lists, forms or images. The meeting's name and date are often only there.
 */
function isTitleHeader(header: Element): boolean {
  let heading = false;
  let siteParts = false;
  const visit = (node: Element): void => {
    if (/^h[1-3]$/.test(node.tagName)) heading = true;
    if (SITE_HEADER_PARTS.has(node.tagName) || CHROME_ROLES.has(propertyText(node, 'role').toLowerCase())) siteParts = true;
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(header);
  return heading && !siteParts;
}

const SITE_HEADER_PARTS = new Set(['nav', 'a', 'ul', 'ol', 'form', 'input', 'button', 'img', 'svg', 'picture', 'select']);

function startOf(node: Element): number {
  const written = propertyText(node, 'start');
  const start = Number(written);
  return written !== '' && Number.isInteger(start) ? start : 1;
}

function orderedStyleOf(node: Element): OrderedStyle {
  const type = propertyText(node, 'type');
  return { type: ['1', 'a', 'A', 'i', 'I'].includes(type) ? type : '1', open: '', close: '.' };
}

/** The marker an ordered list shows for its n-th item: "3.", "c.", "(iii)". */
export function formatOrdinal(n: number, style: OrderedStyle): string {
  return `${style.open}${ordinalText(n, style.type)}${style.close}`;
}

function ordinalText(n: number, type: string): string {
  switch (type) {
    case 'a':
      return alphabetic(n).toLowerCase();
    case 'A':
      return alphabetic(n);
    case 'i':
      return roman(n).toLowerCase();
    case 'I':
      return roman(n);
    default:
      return String(n);
  }
}

function alphabetic(n: number): string {
  let out = '';
  let v = Math.max(1, n);
  while (v > 0) {
    v--;
    out = String.fromCharCode(65 + (v % 26)) + out;
    v = Math.floor(v / 26);
  }
  return out;
}

