import type Database from 'better-sqlite3';
import { indexTokenizer } from '../store/fts-figures.ts';
import { positiveExpression, TOKEN_RUN, type QueryItem, type TranslatedQuery } from './fts-query.ts';

/**
 * The MATCH expression to make the hits' snippets with. FTS5 makes a snippet a row at a time, and for a
 * prefix item ("consult*") it merges the doclists of every word with that prefix again for each row
 * (about a millisecond each for a common prefix, 25 ms for a page of hits among a million records).
 * So a prefix item is written instead as the words of these hits that it matched ("consultation" OR
 * "consulted" ...), which FTS5 finds at once: the same words highlighted, the rows found cheaply.
 * The exclusions are left out (the hits hold none of them, and a snippet highlights only what is
 * there). Whenever the words cannot be told for sure, the query's own expression is used.
 */
export function snippetMatch(db: Database.Database, query: TranslatedQuery, hitTexts: readonly string[]): string | null {
  if (query.match === null) return null;
  const prefixed = query.positive.flat().filter((item) => item.prefix);
  if (prefixed.length === 0) return query.match;
  const tokenize = indexTokenizer(db);
  const wordsOfHits = tokenizedWords(tokenize, hitTexts);
  const expansions = new Map<QueryItem, string[]>();
  for (const item of prefixed) {
    const tokens = tokenize(item.fts);
    // A prefix phrase of several words ("parking char*") is left as it is.
    if (tokens.length !== 1) return query.match;
    const words = [...new Set(wordsOfHits.filter(([, token]) => token.startsWith(tokens[0]!)).map(([word]) => word))];
    if (words.length === 0) return query.match;
    expansions.set(item, words);
  }
  return positiveExpression(query.positive, (item) => {
    const words = expansions.get(item);
    if (words === undefined) return item.prefix ? `${item.fts}*` : item.fts;
    return words.length === 1 ? `"${words[0]}"` : `(${words.map((word) => `"${word}"`).join(' OR ')})`;
  });
}

/**
 * Each word of the texts with the token the index made of it. The tokenizer gives a text's tokens in
 * order, and its words are the same runs of letters and digits; a text where the counts differ (a
 * character the two split differently) gives none, and its prefix words are simply not listed.
 */
function tokenizedWords(tokenize: (text: string) => string[], texts: readonly string[]): [word: string, token: string][] {
  const out: [string, string][] = [];
  for (const text of texts) {
    const words = text.match(TOKEN_RUN) ?? [];
    const tokens = tokenize(text);
    if (tokens.length !== words.length) continue;
    words.forEach((word, i) => out.push([word, tokens[i]!]));
  }
  return out;
}
