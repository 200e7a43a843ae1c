/**
 * Finds a gold record's span in the reference text: from `start` up to the end of the first `end`
 * after it (eval/GUIDELINES.md). Gold snippets may differ from the text in whitespace, so both sides
 * are compared in a normalised view that keeps a map back to original offsets; when that fails, a
 * case-insensitive view that also treats every run of punctuation as a separator is tried.
 */

export type LocateMethod = 'whitespace' | 'tolerant';

export interface LocatedSpan {
  start: number;
  end: number;
  method: LocateMethod;
}

interface View {
  chars: string;
  /** Original offset of each code unit of `chars`. */
  from: number[];
  /** Original offset just after the character each code unit of `chars` came from. */
  to: number[];
}

/**
 * A normalised view of `text`: whitespace runs become one space; in tolerant mode the text is also
 * lower-cased and any run of characters other than letters and digits becomes one space.
 */
function viewOf(text: string, tolerant: boolean): View {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let pendingSpace = false;
  let offset = 0;
  for (const ch of text) {
    const at = offset;
    offset += ch.length;
    const separator = tolerant ? !/[\p{L}\p{N}]/u.test(ch) : /\s/u.test(ch);
    if (separator) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) {
      out.push(' ');
      from.push(at);
      to.push(at);
    }
    pendingSpace = false;
    const shown = tolerant ? ch.toLowerCase() : ch;
    for (let i = 0; i < shown.length; i++) {
      out.push(shown[i]!);
      from.push(at);
      to.push(offset);
    }
  }
  return { chars: out.join(''), from, to };
}

function locateIn(view: View, start: string, end: string, tolerant: boolean): { start: number; end: number } | null {
  const needleStart = viewOf(start, tolerant).chars;
  const needleEnd = viewOf(end, tolerant).chars;
  if (needleStart === '' || needleEnd === '') return null;
  // Of all places `start` occurs, the one whose span to the next `end` is shortest: a snippet that
  // also occurs earlier (a heading, a summary) must not stretch the span over unrelated text.
  let best: { start: number; end: number } | null = null;
  for (let at = view.chars.indexOf(needleStart); at !== -1; at = view.chars.indexOf(needleStart, at + 1)) {
    const endAt = view.chars.indexOf(needleEnd, at);
    if (endAt === -1) break;
    const spanEnd = Math.max(endAt + needleEnd.length, at + needleStart.length);
    if (!best || spanEnd - at < best.end - best.start) best = { start: at, end: spanEnd };
  }
  if (!best) return null;
  return { start: view.from[best.start]!, end: view.to[best.end - 1]! };
}

/** A reference text prepared once for locating many gold spans in it. */
export interface ReferenceText {
  text: string;
  whitespace: View;
  tolerant: View;
}

export function prepareReference(text: string): ReferenceText {
  return { text, whitespace: viewOf(text, false), tolerant: viewOf(text, true) };
}

/** The gold span's original offsets in the reference text, or null when it cannot be found. */
export function locateGoldSpan(reference: ReferenceText, start: string, end: string): LocatedSpan | null {
  const exact = locateIn(reference.whitespace, start, end, false);
  if (exact) return { ...exact, method: 'whitespace' };
  const tolerant = locateIn(reference.tolerant, start, end, true);
  if (tolerant) return { ...tolerant, method: 'tolerant' };
  return null;
}
