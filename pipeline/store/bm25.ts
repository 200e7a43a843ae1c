/**
 * FTS5's bm25, written out (SQLite's fts5_aux.c, fts5Bm25Function), so that a score can be computed
 * from stored figures without FTS5 reading every matching row. Parameters as FTS5's defaults, and
 * every column weighted 1 (records_fts is set up by sqlite-utils, which sets no weights).
 *
 *   score = Σ over phrases  idf × f × (k1 + 1) / (f + k1 × (1 − b + b × D / avgdl))
 *   idf   = ln((N − n + 0.5) / (n + 0.5)), or 1e-6 when that is not positive
 *
 * f: the phrase's occurrences in the row (all columns), D: the row's length in tokens (all columns),
 * avgdl: the average D, N: rows in the index, n: rows holding the phrase. FTS5 returns −score.
 */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export function bm25Idf(rows: number, holding: number): number {
  const idf = Math.log((rows - holding + 0.5) / (holding + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}

/** The term-frequency part of a phrase's score: what multiplies its idf. */
export function bm25TermPart(hits: number, tokens: number, averageTokens: number): number {
  return (hits * (BM25_K1 + 1)) / (hits + BM25_K1 * (1 - BM25_B + (BM25_B * tokens) / averageTokens));
}

/**
 * The occurrences that give a one-phrase score, from the score: bm25TermPart solved for f. Used where
 * FTS5 gives the score and the row's length but not f. NaN when no positive f gives the score.
 */
export function bm25HitsFromTermPart(termPart: number, tokens: number, averageTokens: number): number {
  const lengthPart = BM25_K1 * (1 - BM25_B + (BM25_B * tokens) / averageTokens);
  const denominator = BM25_K1 + 1 - termPart;
  return denominator > 0 ? (termPart * lengthPart) / denominator : Number.NaN;
}
