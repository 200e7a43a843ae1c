import type { Page } from '../../schemas/document.ts';

/** The number of the page whose offsets contain `offset` (the last page for an offset at the very end). */
export function pageAt(pages: readonly Page[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pages[lo]?.number ?? 1;
}
