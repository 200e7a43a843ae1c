import { describe, expect, it } from 'vitest';
import { translateQuery } from '../../pipeline/query/fts-query.ts';
import { highlight, hitsAsJson, renderResult } from '../../pipeline/query/render-hits.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchResult } from '../../pipeline/query/search.ts';

const hit: SearchHit = {
  id: 'abc123', kind: 'decision', label: '(b)', body: 'Cabinet', date: '2025-01-30', status: null, key_decision: true,
  call_in: null, procedural: false, doc: 'cabinet-2025-01-30', file: '/papers/cabinet-2025-01-30.pdf', page: 3, start: 10, end: 60,
  snippet: `…agreed to close the ${HIGHLIGHT_START}library${HIGHLIGHT_END} on\nMill Lane…`, rank: -2.5,
};
const result = (hits: SearchHit[], input: string): SearchResult => ({ hits, query: translateQuery(input), order: translateQuery(input).match === null ? 'date' : 'relevance' });

describe('rendering search hits', () => {
  it('marks matches with «» and keeps each hit on two lines without colour', () => {
    const text = renderResult(result([hit], 'library'), 'library', { color: false });
    expect(text).toBe('  1. decision (b) · Cabinet · 2025-01-30 · cabinet-2025-01-30 p.3 [abc123]\n     …agreed to close the «library» on Mill Lane…\n');
    expect(text).not.toContain('\u001b[');
  });

  it('uses ANSI bold colour on a terminal', () => {
    expect(highlight(hit.snippet, { color: true })).toBe('…agreed to close the \u001b[1;33mlibrary\u001b[0m on Mill Lane…');
  });

  it('says when nothing matched, and what it ignored', () => {
    expect(renderResult(result([], 'zebra *'), 'zebra *', { color: false })).toBe('(ignored "*": no letters or digits to search for)\nNo matching records.\n');
    expect(renderResult(result([], '-budget'), '-budget', { color: false })).toContain('only exclusions');
  });

  it('gives JSON with plain «» marks', () => {
    const [parsed] = JSON.parse(hitsAsJson(result([hit], 'library'))) as SearchHit[];
    expect(parsed!.snippet).toBe('…agreed to close the «library» on Mill Lane…');
    expect(parsed!.doc).toBe('cabinet-2025-01-30');
  });
});
