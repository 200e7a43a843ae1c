import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFilters } from '../../pipeline/query/filters.ts';
import { translateQuery } from '../../pipeline/query/fts-query.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START, searchRecords } from '../../pipeline/query/search.ts';
import { snippetMatch } from '../../pipeline/query/snippet-match.ts';
import { createFixtureDb, type FixtureDb } from './fixture-db.ts';
import { CURRENT_RECORD_COUNT, SAMPLE_DOCUMENTS, TEXT } from './sample-records.ts';

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb(SAMPLE_DOCUMENTS);
});
afterAll(() => fixture.cleanup());

/** The texts of the hits, sorted, so a test names exactly which records a query finds. */
function found(query: string, filters: RecordFilters = {}, limit = 100): string[] {
  return searchRecords(fixture.db, query, { filters, limit }).hits.map((h) => h.snippet.replace(/[\u0002\u0003]/gu, '')).map(fullText).sort();
}

/** Maps a snippet (whole text here: the records are short) back to the record text it came from. */
function fullText(snippet: string): string {
  const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const match = Object.values(TEXT).find((t) => flat(t) === flat(snippet) || flat(t).includes(flat(snippet).replace(/…/gu, '')));
  return match ?? snippet;
}

const sorted = (...texts: string[]) => [...texts].sort();

describe('searchRecords: words, phrases, prefixes, OR, exclusions', () => {
  it('finds a word and leaves out superseded versions by default', () => {
    expect(found('library')).toEqual([TEXT.library]);
    expect(found('library', { allVersions: true })).toEqual(sorted(TEXT.library, TEXT.superseded));
  });

  it('matches inflections through porter stemming', () => {
    expect(found('decide')).toEqual(sorted(TEXT.deferred, TEXT.cafe, TEXT.highways));
    expect(found('reports')).toEqual(sorted(TEXT.library, TEXT.action, TEXT.transport));
    expect(found('closure')).toEqual([TEXT.library]);
  });

  it('matches an exact phrase only in order', () => {
    expect(found('"parking charges"')).toEqual([TEXT.parking]);
    expect(found('"charges parking"')).toEqual([]);
    expect(found('"home to school"')).toEqual([TEXT.school]);
  });

  it('matches prefixes', () => {
    expect(found('librar*')).toEqual([TEXT.library]);
    expect(found('highway*')).toEqual([TEXT.highways]);
  });

  it('ORs alternatives and ANDs the rest', () => {
    expect(found('parking OR dwellings')).toEqual(sorted(TEXT.parking, TEXT.refused));
    expect(found('application refused OR deferred')).toEqual(sorted(TEXT.refused, TEXT.deferred));
    expect(found('budget transport')).toEqual(sorted(TEXT.transport, TEXT.school));
  });

  it('leaves out excluded words and phrases', () => {
    expect(found('application -refused')).toEqual([TEXT.deferred]);
    expect(found('budget NOT school')).toEqual([TEXT.transport]);
    expect(found('budget -"school transport"')).toEqual([TEXT.transport]);
  });

  it('answers a query of only exclusions with every other record, newest first', () => {
    const result = searchRecords(fixture.db, '-budget -cabinet', { limit: 100 });
    expect(result.order).toBe('date');
    expect(result.hits.map((h) => h.doc)).toEqual([
      'planning-2024-06-12', 'planning-2024-06-12', 'planning-2024-06-12',
      'scrutiny-2023-11-02', 'undated-note',
    ]);
    expect(result.hits.every((h) => h.rank === null)).toBe(true);
  });
});

describe('searchRecords: punctuation a person types never raises an error', () => {
  it.each([
    ['R2023-123', [TEXT.refused]],
    ['s.75', [TEXT.refused]],
    ['£2m', [TEXT.transport]],
    ['£23.3m', [TEXT.overspend]],
    ['NEAR(', [TEXT.transport]],
    ['"parking charges', [TEXT.parking]],
    ['100%', [TEXT.highways]],
    ['50_50', [TEXT.highways]],
  ])('%s', (query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it("matches Children's in the text and in the body", () => {
    // The index covers text and body, as sqlite-utils sets it up: the scrutiny committee's records match by body.
    expect(found("Children's")).toEqual(sorted(TEXT.deferred, TEXT.transport, TEXT.school, TEXT.cafe));
  });

  it.each(['AND', '*', '-', 'OR', 'NOT', '"', '""', '(', ')', '^', ':', "'", '-"', '**', '{text}:', 'NEAR(', 'a OR', 'OR a', '\\', "'; DROP TABLE records; --", '*budget', 'budget**', '- -', '"\'"'])(
    '%j does not throw',
    (query) => {
      expect(() => searchRecords(fixture.db, query, { limit: 5 })).not.toThrow();
    },
  );

  it('lists records newest first when the query has no word to search for', () => {
    for (const query of ['AND', '*', '-', '']) {
      const result = searchRecords(fixture.db, query, { limit: 100 });
      expect(result.order).toBe('date');
      expect(result.hits).toHaveLength(CURRENT_RECORD_COUNT);
      expect(result.hits[0]!.date).toBe('2025-01-30');
      expect(result.hits.at(-1)!.date).toBeNull();
    }
    expect(searchRecords(fixture.db, '*').query.dropped).toEqual(['*']);
  });
});

describe('searchRecords: filters', () => {
  it('by kind', () => {
    expect(found('budget', { kinds: ['resolution'] })).toEqual([TEXT.school]);
    expect(found('', { kinds: ['action'] })).toEqual([TEXT.action]);
    expect(found('', { kinds: ['recommendation', 'action'] })).toEqual(sorted(TEXT.action, TEXT.parking, TEXT.transport));
  });

  it('by body: a case-insensitive substring, with LIKE wildcards taken literally', () => {
    expect(found('', { body: 'planning' })).toEqual(sorted(TEXT.refused, TEXT.deferred, TEXT.parking));
    expect(found('decided', { body: 'SCRUTINY' })).toEqual([TEXT.cafe]);
    expect(found('', { body: '%' })).toEqual([]);
    expect(found('', { body: '_' })).toEqual([]);
  });

  it('by status', () => {
    expect(found('', { status: 'approved' })).toEqual(sorted(TEXT.overspend, TEXT.library));
    expect(found('', { status: 'deferred' })).toEqual([TEXT.deferred]);
  });

  it('by date range, inclusive, undated records left out', () => {
    expect(found('', { from: '2024-06-12', to: '2024-06-12' })).toEqual(sorted(TEXT.refused, TEXT.deferred, TEXT.parking));
    expect(found('', { to: '2023-12-31' })).toEqual(sorted(TEXT.transport, TEXT.school, TEXT.cafe));
    expect(found('decided', { from: '2000-01-01' })).toEqual(sorted(TEXT.deferred, TEXT.cafe));
  });

  it('by key decision and call-in, unknown left out', () => {
    expect(found('', { keyDecision: true })).toEqual(sorted(TEXT.overspend, TEXT.library, TEXT.parking));
    expect(found('', { keyDecision: false })).toEqual(sorted(TEXT.refused, TEXT.deferred));
    expect(found('', { callIn: true })).toEqual([TEXT.overspend]);
    expect(found('', { callIn: false })).toEqual(sorted(TEXT.library, TEXT.cafe));
  });

  it('by procedural', () => {
    expect(found('', { procedural: true })).toEqual([TEXT.minutes]);
    expect(found('meeting', { procedural: false })).toEqual([]);
  });

  it('by document name, one or several', () => {
    expect(found('', { docs: ['undated-note'] })).toEqual([TEXT.highways]);
    expect(found('decided', { docs: ['undated-note', 'planning-2024-06-12'] })).toEqual(sorted(TEXT.deferred, TEXT.highways));
    expect(found('', { docs: ['no-such-doc'] })).toEqual([]);
  });

  it('combines filters with a query', () => {
    expect(found('report OR budget', { body: 'cabinet', kinds: ['resolution'], keyDecision: true })).toEqual([TEXT.library]);
  });
});

describe('searchRecords: hits', () => {
  it('carries where the record is from and highlights matched words in the snippet', () => {
    const [hit] = searchRecords(fixture.db, 'parking').hits;
    expect(hit).toMatchObject({
      kind: 'recommendation', label: '3.', body: 'Planning Committee', date: '2024-06-12', doc: 'planning-2024-06-12',
      file: '/council/papers/planning-2024-06-12.docx', page: 4, key_decision: true, call_in: null, procedural: false,
    });
    expect(hit!.snippet).toContain(`${HIGHLIGHT_START}parking${HIGHLIGHT_END}`);
    expect(searchRecords(fixture.db, 'decide').hits.some((h) => h.snippet.includes(`${HIGHLIGHT_START}decided${HIGHLIGHT_END}`))).toBe(true);
  });

  it('highlights in a prefix search the words the prefix matched, as FTS5 itself does', () => {
    // The snippets are made from the hits' own words ("decided" for "decid*"), not the prefix's doclists.
    for (const [query, word] of [['decid*', 'decided'], ['highway*', 'highways'], ['park* increas*', 'parking']] as const) {
      const hits = searchRecords(fixture.db, query).hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.some((h) => h.snippet.includes(`${HIGHLIGHT_START}${word}${HIGHLIGHT_END}`))).toBe(true);
      // Every hit still has its snippet highlighted (none fell back to plain text).
      for (const hit of hits) expect(hit.snippet).toContain(HIGHLIGHT_START);
    }
    // The expression: each prefix item as the words it matched in the hits, the rest as typed, exclusions left out.
    expect(snippetMatch(fixture.db, translateQuery('decid* -schools budget'), ['We decided it.', 'Deciding the Budget'])).toBe('("decided" OR "Deciding") AND "budget"');
    expect(snippetMatch(fixture.db, translateQuery('budget'), ['budget'])).toBe('"budget"');
  });

  it('orders by bm25 rank and honours the limit', () => {
    const result = searchRecords(fixture.db, 'budget OR transport OR school', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    // "school transport ... home to school" mentions more of the words than any other record.
    expect(result.hits[0]!.snippet.replace(/[\u0002\u0003]/gu, '')).toContain('school transport');
    const all = searchRecords(fixture.db, 'budget OR transport OR school', { limit: 50 }).hits.map((h) => h.rank!);
    expect(all).toEqual([...all].sort((a, b) => a - b));
  });
});
