import type { Block, Page } from '../../schemas/document.ts';

/*
 * Page furniture and page breaks, shared by the readers of paged text (PDF, and plain text with form
 * feeds between pages, as pdftotext writes it): what is printed on every page is not the document's
 * words, and a clause cut by a page break goes on after it.
 */

/** A line that is only a page number ("7", "Page 7", "7 of 12", "- 7 -"), printed at a page's top or foot. */
export const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

/** How many lines at the top and at the foot of a page may be furniture. */
const ZONE = 2;

/** A line as furniture is recognised on every page: "Cabinet – 3 March 2026 – Page 4" and "... Page 5" are one. */
function furnitureKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/** Indexes of a page's lines that may be furniture: the first and last ZONE (each line once). */
function zoneIndexes(count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(ZONE, count); i++) {
    out.add(i);
    out.add(count - 1 - i);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Which lines of each page are furniture: a page number at the top or foot, or a line printed at the
 * top or foot of at least half the pages (and at least two): a running title, a meeting's name and date,
 * a document reference. `pages` holds each page's non-empty lines; the answer holds, per page, the
 * indexes of its furniture lines. A one-page document has no running lines to find.
 */
export function furnitureLines(pages: readonly (readonly string[])[]): Set<number>[] {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(zoneIndexes(lines.length).map((i) => furnitureKey(lines[i]!)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, p) => {
    const out = new Set<number>();
    // A page of one line is all content (or all furniture, which then leaves the page empty: keep it).
    if (lines.length < 2) return out;
    for (const i of zoneIndexes(lines.length)) {
      const line = lines[i]!.trim();
      if (line.length > 160) continue;
      // The top of the first page is the document's own title (the body, the meeting's date), which
      // the running header repeats: kept there.
      const titleLine = p === 0 && i < ZONE && i < lines.length - ZONE;
      // A page number is the outermost line ("2025" above "at 10.00 am" is a year).
      const outermost = i === 0 || i === lines.length - 1;
      if ((outermost && PAGE_NUMBER.test(line)) || (!titleLine && (pagesWithKey.get(furnitureKey(line)) ?? 0) >= needed)) out.add(i);
    }
    return out;
  });
}

/**
 * A clause cut by a page break continues on the next page: when a page's last block stops
 * mid-sentence and the next page opens with a plain paragraph, the two are one block (its page is
 * the one it starts on). `blocksByPage` holds each page's blocks in order.
 */
export function joinAcrossPages(blocksByPage: readonly Block[][], text: string): Block[] {
  const out: Block[] = [];
  for (const pageBlocks of blocksByPage) {
    const [first, ...rest] = pageBlocks;
    const last = out[out.length - 1];
    // Only a page that opens in lower case (or with a number or bracket) carries a sentence on:
    // a capitalised opening line is more often a heading the page break happened to follow.
    // So does a capitalised one when both lines are full ones, the page's last ending on a bare word
    // ("... allocated from the Neighbourhood" / "Plan earmarked reserve to commission ..."): a heading is short.
    const carriesOn = first !== undefined && (/^[a-z0-9(£$€&]/.test(text.slice(first.contentStart, first.contentStart + 1)) || (last !== undefined && wrapsFullLines(text, last, first)));
    if (first && last && carriesOn && first.kind === 'paragraph' && (last.kind === 'paragraph' || last.kind === 'list_item') && !/[.:;!?"”’)]$/.test(text.slice(last.start, last.end))) {
      out[out.length - 1] = { ...last, end: first.end };
      out.push(...rest);
    } else {
      out.push(...pageBlocks);
    }
  }
  return out;
}

/** A line long enough to have been wrapped at the margin: a heading or a name on its own is shorter. */
const FULL_LINE = 60;

function wrapsFullLines(text: string, last: Block, first: Block): boolean {
  const lastLine = text.slice(last.start, last.end).split('\n').pop()!.trim();
  const firstLine = text.slice(first.contentStart, first.end).split('\n')[0]!.trim();
  return lastLine.length >= FULL_LINE && firstLine.length >= FULL_LINE && /\p{L}$/u.test(lastLine) && /^\p{Lu}\p{Ll}/u.test(firstLine);
}

/** Blocks grouped by the page they start on (pages in order, blocks in order). */
export function blocksByPage(blocks: readonly Block[], pages: readonly Page[]): Block[][] {
  const out: Block[][] = pages.map(() => []);
  let p = 0;
  for (const block of blocks) {
    while (p < pages.length - 1 && block.start >= pages[p]!.end) p++;
    out[p]!.push(block);
  }
  return out;
}
