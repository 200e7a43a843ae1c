/**
 * Word tokens, similarity and a word diff: the evidence two clauses are "the same words".
 * Pure functions; no database.
 */

/**
 * Words that carry no meaning for "is this the same clause": dropping them stops two unrelated
 * clauses looking alike because both say "that the ... be ... to the".
 */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'by', 'for', 'from', 'has', 'have', 'in', 'into', 'is', 'it',
  'its', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'these', 'this', 'those', 'to', 'was', 'were', 'which',
  'will', 'with',
]);

/** Lower-case words and numbers as written ("2025-29" gives "2025", "29"). */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(/[a-z0-9]+/g) ?? [];
}

/**
 * A light stem so "approve"/"approved", "agree"/"agreed", "plan"/"plans" meet; applied to both
 * sides alike, so a crude stem only ever makes two forms of one word equal.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /^\d+$/.test(word)) return word;
  return word.replace(/(ing|ed|es|e|s)$/, '');
}

/** The set of stemmed content words of a clause: what similarity is measured over. */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (!STOP_WORDS.has(w)) out.add(stem(w));
  return out;
}

export interface Similarity {
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / min(|A|, |B|): 1 when one clause's words all appear in the other. */
  containment: number;
  /** Size of the smaller token set: short clauses ("note the report") prove little. */
  smaller: number;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): Similarity {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
    smaller: small.size,
  };
}

/**
 * The one similarity figure links are judged by: the mean of Jaccard and containment. Containment
 * alone would call a short clause "the same" as any long one holding its words; Jaccard alone
 * punishes a report's "Cabinet is asked to agree X" against the decision's "agree X".
 */
export function clauseSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const s = similarity(a, b);
  return round((s.jaccard + s.containment) / 2);
}

export function round(n: number, places = 3): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

export interface WordDiff {
  /** Words of the first text that the second does not have, in order, runs joined by spaces. */
  removed: string[];
  /** Words of the second text that the first does not have, in order, runs joined by spaces. */
  added: string[];
}

/**
 * Word-level diff (longest common subsequence over lower-cased words, shown as written) between the
 * recommended and the adopted wording: what an amendment changed. Runs of adjacent changed words are
 * reported as one phrase.
 */
export function wordDiff(from: string, to: string): WordDiff {
  const a = from.match(/\S+/g) ?? [];
  const b = to.match(/\S+/g) ?? [];
  const key = (w: string): string => words(w).join(' ');
  const ka = a.map(key);
  const kb = b.map(key);
  // lcs[i][j] = LCS length of ka[i..] and kb[j..]
  const lcs: Uint32Array[] = Array.from({ length: ka.length + 1 }, () => new Uint32Array(kb.length + 1));
  for (let i = ka.length - 1; i >= 0; i -= 1) {
    const row = lcs[i]!;
    const next = lcs[i + 1]!;
    for (let j = kb.length - 1; j >= 0; j -= 1) {
      row[j] = ka[i] === kb[j] ? next[j + 1]! + 1 : Math.max(next[j]!, row[j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let runRemoved: string[] = [];
  let runAdded: string[] = [];
  const flush = (): void => {
    if (runRemoved.length) removed.push(runRemoved.join(' '));
    if (runAdded.length) added.push(runAdded.join(' '));
    runRemoved = [];
    runAdded = [];
  };
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (i < ka.length && j < kb.length && ka[i] === kb[j]) {
      flush();
      i += 1;
      j += 1;
    } else if (j < kb.length && (i >= ka.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      // punctuation-only "words" (a lone dash) carry no change worth showing
      if (kb[j] !== '') runAdded.push(b[j]!);
      j += 1;
    } else {
      if (ka[i] !== '') runRemoved.push(a[i]!);
      i += 1;
    }
  }
  flush();
  return { removed, added };
}

/**
 * Pairs of token sets that may overlap by at least `minOverlap` of the larger set, found without
 * comparing all pairs (prefix filtering): each set is indexed by its rarest words only, as many as
 * it could lose and still overlap that much, and two sets are a candidate pair when those rarest
 * words meet. Exact for that overlap; a pair below it (a short clause inside a long one) may be
 * missed, which costs a link, never a wrong one. A word in more than `maxPosting` sets' prefixes is
 * boilerplate and not indexed. Yields index pairs [i, j] with i < j, one at a time (no list of pairs in memory).
 */
export function* candidatePairs(sets: readonly ReadonlySet<string>[], minOverlap: number, maxPosting = 5000): Generator<[number, number]> {
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const prefixes = sets.map((set) => {
    const sorted = [...set].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    return sorted.slice(0, Math.max(1, sorted.length - Math.ceil(minOverlap * sorted.length) + 1));
  });
  const postings = new Map<string, number[]>();
  prefixes.forEach((prefix, i) => {
    for (const t of prefix) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  for (let i = 0; i < prefixes.length; i += 1) {
    const seen = new Set<number>();
    for (const t of prefixes[i]!) {
      const list = postings.get(t)!;
      if (list.length > maxPosting) continue;
      for (const j of list) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        yield [i, j];
      }
    }
  }
}
