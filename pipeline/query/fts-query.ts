/**
 * Translates what a person types into a search box into a safe FTS5 MATCH expression.
 *
 * The user's text is never passed to FTS5 as syntax: it is split into items, every word or phrase is
 * written as an FTS5 string ("..."), and only the operators this module writes itself (AND, OR, NOT,
 * parentheses, a trailing *) reach FTS5. So `R2023-123`, `s.75`, `£2m`, `Children's`, an unbalanced
 * quote, `NEAR(`, `AND` alone, `*` alone or `-` alone can never raise an FTS5 syntax error.
 *
 * The syntax (as on a web search engine):
 *   words            every word must occur (AND); porter stemming makes report/reports match, and a
 *                    possessive 's is dropped (Children's finds children, as a search engine's English
 *                    analyser does), which also lets the search leaders answer it
 *   "exact phrase"   the words next to each other, in order; an unbalanced quote runs to the end
 *   prefix*          any word starting with prefix
 *   a OR b           either; OR binds tighter than the implicit AND: `x a OR b` = x AND (a OR b)
 *   -word, -"phrase" must not occur (also `NOT word`)
 * `AND` typed by the user is accepted and means what a space means. Lower-case `or`/`and`/`not` are words.
 */

/** One positive or negated word/phrase as the user wrote it, reduced to what FTS5 will see. */
export interface QueryItem {
  /** The FTS5 string: tokens of the item joined by spaces, inside double quotes. */
  fts: string;
  prefix: boolean;
  negated: boolean;
  /** The item as the user typed it, for messages. */
  source: string;
}

export interface TranslatedQuery {
  /**
   * The MATCH expression for the rows to return, or null when the query has no positive words
   * (empty, only punctuation, or only exclusions): then every row (after filters) is a candidate.
   */
  match: string | null;
  /** A MATCH expression for rows to leave out, used only when `match` is null and there are exclusions. */
  exclude: string | null;
  /** Words/phrases in the positive part, for highlighting and messages. */
  terms: string[];
  /** Items dropped because they hold no letter or digit (e.g. `*`, `-`, `£`), as typed. */
  dropped: string[];
  /**
   * When the positive part is only plain words, all required (no phrase of several words, no prefix,
   * no OR): those words' FTS5 strings, and the exclusions' MATCH expression (or null). Such a query
   * can be answered from the search leaders (pipeline/query/search-leaders.ts).
   */
  plainWords: { fts: string[]; exclude: string | null } | null;
  /** The positive items: groups ANDed, the items of a group ORed (empty when `match` is null). */
  positive: QueryItem[][];
}

/**
 * A character FTS5's unicode61 tokenizer (under porter) keeps inside a token: letters, numbers and
 * private-use characters. Everything else separates tokens, so it is safe to turn into a space.
 */
const TOKEN_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;
export const TOKEN_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

type RawPiece =
  | { type: 'term'; text: string; phrase: boolean; negated: boolean; prefix: boolean; source: string }
  | { type: 'or' }
  | { type: 'and' }
  | { type: 'not' };

/** Splits the query into words, "phrases" and the operators OR/AND/NOT, keeping - and * marks. */
export function splitQuery(input: string): RawPiece[] {
  const pieces: RawPiece[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    let negated = false;
    if (ch === '-' && i + 1 < n && !/\s/u.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? n : close;
      const text = input.slice(i + 1, end);
      i = close === -1 ? n : close + 1;
      let prefix = false;
      if (input[i] === '*') {
        prefix = true;
        i++;
      }
      pieces.push({ type: 'term', text, phrase: true, negated, prefix, source: input.slice(start, i) });
      continue;
    }
    let end = i;
    while (end < n && !/\s/u.test(input[end]!) && input[end] !== '"') end++;
    const word = input.slice(i, end);
    i = end;
    if (!negated && word === 'OR') pieces.push({ type: 'or' });
    else if (!negated && word === 'AND') pieces.push({ type: 'and' });
    else if (!negated && word === 'NOT') pieces.push({ type: 'not' });
    else {
      const prefix = word.endsWith('*');
      pieces.push({ type: 'term', text: prefix ? word.replace(/\*+$/u, '') : word, phrase: false, negated, prefix, source: input.slice(start, i) });
    }
  }
  return pieces;
}

/** The FTS5 string for a word or phrase: its tokens, quoted; null when it has no token characters. */
export function quoteTerm(text: string): string | null {
  const tokens = text.match(TOKEN_RUN);
  if (!tokens || tokens.length === 0) return null;
  // Tokens hold no double quote (they are letters/digits only), so no escaping is needed inside "...".
  return `"${tokens.join(' ')}"`;
}

/**
 * A word without its possessive 's ("Children's", "council’s"): the index holds such a word as the word
 * and a token "s", and searching for the two as a phrase scores the token "s" of every possessive in the
 * collection. Inside a "phrase" the user asked for the exact words, and the 's stays.
 */
export function withoutPossessive(word: string): string {
  return word.replace(/(?<=[\p{L}\p{N}])['’]s$/iu, '');
}

/** True when the text contains at least one character FTS5 would index. */
export function hasTokenChars(text: string): boolean {
  return TOKEN_CHAR.test(text);
}

function itemFts(item: QueryItem): string {
  return item.prefix ? `${item.fts}*` : item.fts;
}

/** Groups of positive items: items inside a group are ORed, groups are ANDed. */
function groupPositives(pieces: RawPiece[], dropped: string[]): { groups: QueryItem[][]; negatives: QueryItem[] } {
  const groups: QueryItem[][] = [];
  const negatives: QueryItem[] = [];
  let pendingOr = false;
  let pendingNot = false;
  for (const piece of pieces) {
    if (piece.type === 'or') {
      pendingOr = groups.length > 0;
      continue;
    }
    if (piece.type === 'and') {
      pendingOr = false;
      continue;
    }
    if (piece.type === 'not') {
      pendingNot = true;
      pendingOr = false;
      continue;
    }
    const fts = quoteTerm(piece.phrase ? piece.text : withoutPossessive(piece.text));
    if (fts === null) {
      dropped.push(piece.source);
      continue;
    }
    const negated = piece.negated || pendingNot;
    pendingNot = false;
    const item: QueryItem = { fts, prefix: piece.prefix, negated, source: piece.source };
    if (negated) {
      negatives.push(item);
      pendingOr = false;
      continue;
    }
    if (pendingOr) groups[groups.length - 1]!.push(item);
    else groups.push([item]);
    pendingOr = false;
  }
  return { groups, negatives };
}

/** Groups ANDed, the items of a group ORed, each item written by `write`. */
export function positiveExpression(groups: readonly QueryItem[][], write: (item: QueryItem) => string): string {
  return groups.map((group) => (group.length === 1 ? write(group[0]!) : `(${group.map(write).join(' OR ')})`)).join(' AND ');
}

/** The whole translation: see the module comment for the syntax. */
export function translateQuery(input: string): TranslatedQuery {
  const dropped: string[] = [];
  const { groups, negatives } = groupPositives(splitQuery(input), dropped);
  const positive = positiveExpression(groups, itemFts);
  const negative = negatives.map(itemFts).join(' OR ');
  const terms = groups.flat().map((item) => item.source);
  if (positive === '') return { match: null, exclude: negative === '' ? null : negative, terms, dropped, plainWords: null, positive: [] };
  const plain = groups.every((group) => group.length === 1 && !group[0]!.prefix && !group[0]!.fts.includes(' '));
  const plainWords = plain ? { fts: groups.map((group) => group[0]!.fts), exclude: negative === '' ? null : negative } : null;
  return { match: negative === '' ? positive : `(${positive}) NOT (${negative})`, exclude: null, terms, dropped, plainWords, positive: groups };
}
