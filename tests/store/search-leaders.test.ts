import { afterEach, describe, expect, it } from 'vitest';
import { rankByLeaders } from '../../pipeline/query/search-leaders.ts';
import { filterConditions, type RecordFilters } from '../../pipeline/query/filters.ts';
import { translateQuery } from '../../pipeline/query/fts-query.ts';
import { searchRecords } from '../../pipeline/query/search.ts';
import { bm25HitsFromTermPart, bm25Idf, bm25TermPart } from '../../pipeline/store/bm25.ts';
import { indexTokenizer, indexTotals, readVarints } from '../../pipeline/store/fts-figures.ts';
import { buildSearchLeaders, leaderState, leadersAreStale, packLeaders, refreshSearchLeaders, unpackLeaders, type LeaderSettings } from '../../pipeline/store/search-leaders.ts';
import { createFixtureDb, insertDocuments, type FixtureDb, type FixtureDocument } from '../query/fixture-db.ts';

/** Settings scaled down to a collection of a few hundred records. */
const SMALL: LeaderSettings = { minDocuments: 25, perTerm: 15, rebuildAfterGrowth: 0.02 };
/** Enough leaders a word that two words' leaders share a page of records, as common words' do in a large collection. */
const SHARED: LeaderSettings = { ...SMALL, perTerm: 80 };

const WORDS = [
  'housing', 'budget', 'report', 'reports', 'library', 'highways', 'maintenance', 'school', 'approve', 'approved', 'council', 'plan',
  'parking', 'grant', 'tree', 'transport', 'youth', 'leisure', 'waste', 'energy',
];
const FILLER = ['the', 'a', 'of', 'to', 'and', 'for', 'with', 'that', 'be', 'it'];
const KINDS = ['decision', 'recommendation', 'resolution', 'action'] as const;

/** A deterministic PRNG (mulberry32), so that every run builds the same collection. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents of records of varied length, each word drawn often or rarely, some repeated in a record. */
function collection(documents: number, seed: number, prefix = 'doc'): FixtureDocument[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  return Array.from({ length: documents }, (_, d) => ({
    name: `${prefix}-${d}`,
    body: pick(['Cabinet', 'Audit Committee', 'Scrutiny Panel', 'Finance Board']),
    date: `20${String(15 + (d % 10)).padStart(2, '0')}-0${1 + (d % 9)}-1${d % 10}`,
    records: Array.from({ length: 10 }, () => {
      const length = 2 + Math.floor(rand() * 25);
      const words = Array.from({ length }, () => (rand() < 0.45 ? pick(WORDS) : pick(FILLER)));
      return { kind: pick(KINDS), text: words.join(' '), status: rand() < 0.3 ? 'Approved' : null, key_decision: rand() < 0.5 };
    }),
  }));
}

/** The answer FTS5 gives by scoring every match: what the leaders must reproduce. */
function rankedByFts5(fixture: FixtureDb, query: string, filters: RecordFilters, limit: number): { rowid: number; rank: number }[] {
  const where = filterConditions(filters);
  return fixture.db
    .prepare<unknown[], { rowid: number; rank: number }>(
      `SELECT f.rowid AS rowid, bm25(records_fts) AS rank FROM records_fts f
        WHERE records_fts MATCH ? AND EXISTS (SELECT 1 FROM records r JOIN documents d ON d.id = r.document_id WHERE r.rowid = f.rowid AND ${where.sql})
        ORDER BY rank, f.rowid LIMIT ?`,
    )
    .all(translateQuery(query).match, ...where.params, limit);
}

function byLeaders(fixture: FixtureDb, query: string, filters: RecordFilters, limit: number): { rowid: number; rank: number }[] | null {
  const { plainWords } = translateQuery(query);
  if (plainWords === null) throw new Error(`not a query of plain words: ${query}`);
  return rankByLeaders(fixture.db, plainWords.fts, plainWords.exclude, filters, limit);
}

function expectSameRanking(actual: { rowid: number; rank: number }[], expected: { rowid: number; rank: number }[]): void {
  expect(actual.map((hit) => hit.rowid)).toEqual(expected.map((hit) => hit.rowid));
  actual.forEach((hit, i) => expect(hit.rank).toBeCloseTo(expected[i]!.rank, 9));
}

let fixture: FixtureDb | null = null;
afterEach(() => {
  fixture?.cleanup();
  fixture = null;
});

describe('bm25 as FTS5 computes it', () => {
  it('solves back for the hits it was given', () => {
    for (const [hits, tokens, average] of [[1, 12, 20], [3, 40, 18.5], [7, 7, 30]] as const) {
      expect(bm25HitsFromTermPart(bm25TermPart(hits, tokens, average), tokens, average)).toBeCloseTo(hits, 9);
    }
    expect(bm25Idf(100, 80)).toBe(1e-6);
  });

  it('reads the index totals and varints FTS5 writes', () => {
    fixture = createFixtureDb(collection(3, 1));
    const totals = indexTotals(fixture.db);
    expect(totals.rows).toBe(30);
    const tokens = fixture.db.prepare<[], number>("SELECT sum(length(text) - length(replace(text, ' ', '')) + 1) FROM records").pluck().get()!;
    const bodyTokens = fixture.db.prepare<[], number>("SELECT sum(length(body) - length(replace(body, ' ', '')) + 1) FROM records").pluck().get()!;
    expect(totals.averageTokens).toBeCloseTo((tokens + bodyTokens) / 30, 9);
    expect(readVarints(Uint8Array.from([0xbd, 0x84, 0x40, 0x05]))).toEqual([1_000_000, 5]);
  });

  it('tokenizes as the index does, porter stemming included', () => {
    fixture = createFixtureDb(collection(1, 1));
    expect(indexTokenizer(fixture.db)("Housing reports Children's")).toEqual(['hous', 'report', 'children', 's']);
  });
});

describe('search leaders', () => {
  it('give exactly the ranking FTS5 gives, with and without filters and exclusions', () => {
    fixture = createFixtureDb(collection(60, 7));
    const build = buildSearchLeaders(fixture.db, SMALL);
    expect(build.terms).toBeGreaterThan(5);
    expect(build.skipped).toEqual([]);
    const cases: [string, RecordFilters][] = [
      ['housing', {}], ['budget', {}], ['reports', {}], ['approve', {}], ['library', { kinds: ['decision'] }],
      ['highways -maintenance', {}], ['school', { status: 'approved' }], ['plan', { keyDecision: true }], ['council', { body: 'cabinet' }], ['tree', { kinds: ['action', 'decision'] }],
    ];
    let answered = 0;
    for (const [query, filters] of cases) {
      for (const limit of [1, 3, 5]) {
        const leaders = byLeaders(fixture, query, filters, limit);
        if (leaders === null) continue;
        answered++;
        expectSameRanking(leaders, rankedByFts5(fixture, query, filters, limit));
      }
    }
    // Most of these are answered from the leaders (the rest fall back, which is also right).
    expect(answered).toBeGreaterThan(15);
  });

  it('give exactly the ranking FTS5 gives for several words, with filters and exclusions, or fall back', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SHARED);
    const cases: [string, RecordFilters][] = [
      ['housing budget', {}], ['council plan', {}], ['school approve -tree', {}], ['report library', { kinds: ['decision', 'action'] }],
      ['budget housing highways', {}], ['parking grant', { status: 'approved' }], ['transport youth', { keyDecision: true }], ['energy waste leisure', {}],
    ];
    let answered = 0;
    for (const [query, filters] of cases) {
      for (const limit of [1, 3, 5, 10]) {
        const leaders = byLeaders(fixture, query, filters, limit);
        if (leaders === null) continue;
        answered++;
        expectSameRanking(leaders, rankedByFts5(fixture, query, filters, limit));
      }
    }
    expect(answered).toBeGreaterThan(8);
  });

  it('agree with FTS5 for every pair of words, whenever they answer', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SHARED);
    const filterSets: RecordFilters[] = [{}, { kinds: ['decision', 'resolution'] }, { status: 'approved' }];
    let answered = 0;
    let compared = 0;
    WORDS.forEach((first, i) => {
      for (const second of WORDS.slice(i + 1)) {
        for (const filters of filterSets) {
          const query = `${first} ${second}`;
          const leaders = byLeaders(fixture!, query, filters, 10);
          compared++;
          if (leaders === null) continue;
          answered++;
          expectSameRanking(leaders, rankedByFts5(fixture!, query, filters, 10));
        }
      }
    });
    // Some pairs are answered, some fall back (both are right); every answer is FTS5's.
    expect(compared).toBe(570);
    expect(answered).toBeGreaterThan(100);
  });

  it('stay exact for several words when records added since hold them', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SHARED);
    insertDocuments(fixture.db, [{ name: 'late', body: 'Cabinet', date: '2026-01-01', records: [{ kind: 'decision', text: 'housing budget housing budget' }, { kind: 'action', text: 'budget housing' }] }]);
    const leaders = byLeaders(fixture, 'housing budget', {}, 5);
    expect(leaders).not.toBeNull();
    expectSameRanking(leaders!, rankedByFts5(fixture, 'housing budget', {}, 5));
  });

  it('are not used when a word has none, or a word is given twice', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SHARED);
    expect(byLeaders(fixture, 'housing zebra', {}, 5)).toBeNull();
    expect(byLeaders(fixture, 'housing housing', {}, 5)).toBeNull();
    expect(searchRecords(fixture.db, 'housing housing', { limit: 5 }).hits.map((hit) => hit.rank)).toEqual(rankedByFts5(fixture, 'housing housing', {}, 5).map((hit) => hit.rank));
  });

  it('pack three 32-bit figures a leader and unpack them unchanged', () => {
    const leaders = [{ rowid: 1, hits: 2, tokens: 3 }, { rowid: 0xffff_ffff, hits: 70_000, tokens: 123_456 }];
    expect(packLeaders(leaders).length).toBe(24);
    expect(unpackLeaders(packLeaders(leaders))).toEqual(leaders);
    expect(unpackLeaders(new Uint8Array(0))).toEqual([]);
  });

  it('leave what searchRecords shows unchanged: the same hits, order, scores and snippets', () => {
    fixture = createFixtureDb(collection(60, 7));
    const queries: [string, RecordFilters][] = [
      ['housing', {}], ['budget', { kinds: ['decision', 'resolution'] }], ['highways -maintenance', {}], ['library', {}], ['housing budget', {}], ['council plan -tree', {}],
    ];
    const show = (): unknown[] => queries.map(([query, filters]) => searchRecords(fixture!.db, query, { filters, limit: 5 }).hits);
    const withoutLeaders = show();
    buildSearchLeaders(fixture.db, SHARED);
    expect(byLeaders(fixture, 'housing', {}, 5)).not.toBeNull();
    expect(byLeaders(fixture, 'highways -maintenance', {}, 5)).not.toBeNull();
    expect(byLeaders(fixture, 'housing budget', {}, 5)).not.toBeNull();
    const withLeaders = show();
    expect(JSON.stringify(withLeaders, (key, value: unknown) => (key === 'rank' ? Number((value as number).toPrecision(12)) : value))).toBe(
      JSON.stringify(withoutLeaders, (key, value: unknown) => (key === 'rank' ? Number((value as number).toPrecision(12)) : value)),
    );
  });

  it('fall back when the filters pass too few leaders to be sure of the answer', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SMALL);
    expect(byLeaders(fixture, 'housing', { from: '2019-01-01', to: '2019-12-31', kinds: ['action'] }, 5)).toBeNull();
    // searchRecords still answers, from FTS5.
    const filters: RecordFilters = { from: '2019-01-01', to: '2019-12-31', kinds: ['action'] };
    const hits = searchRecords(fixture.db, 'housing', { filters, limit: 5 }).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.rank)).toEqual(rankedByFts5(fixture, 'housing', filters, 5).map((hit) => hit.rank));
  });

  it('stay exact for records added after they were built, and are rebuilt once the collection has grown', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SMALL);
    expect(leadersAreStale(fixture.db, SMALL)).toBe(false);
    // New records where "budget" scores best of all: short and repeating it.
    insertDocuments(fixture.db, [{ name: 'late', body: 'Cabinet', date: '2026-01-01', records: [{ kind: 'decision', text: 'budget budget budget' }, { kind: 'action', text: 'budget' }] }]);
    const leaders = byLeaders(fixture, 'budget', {}, 5);
    expect(leaders).not.toBeNull();
    expectSameRanking(leaders!, rankedByFts5(fixture, 'budget', {}, 5));
    // Two records are a third of a percent of 600: not yet worth a rebuild; twenty more are.
    expect(leadersAreStale(fixture.db, SMALL)).toBe(false);
    insertDocuments(fixture.db, collection(2, 11, 'later'));
    expect(leadersAreStale(fixture.db, SMALL)).toBe(true);
    expectSameRanking(byLeaders(fixture, 'budget', {}, 5) ?? rankedByFts5(fixture, 'budget', {}, 5), rankedByFts5(fixture, 'budget', {}, 5));
    expect(refreshSearchLeaders(fixture.db, SMALL)).not.toBeNull();
    expect(leadersAreStale(fixture.db, SMALL)).toBe(false);
    expectSameRanking(byLeaders(fixture, 'budget', {}, 5)!, rankedByFts5(fixture, 'budget', {}, 5));
  });

  it('are forgotten when a record is removed or its text changes, and search falls back on FTS5', () => {
    fixture = createFixtureDb(collection(60, 7));
    buildSearchLeaders(fixture.db, SMALL);
    const before = searchRecords(fixture.db, 'housing', { limit: 5 }).hits.map((hit) => hit.id);
    fixture.db.prepare('UPDATE records SET text = text WHERE rowid = 1').run();
    expect(leaderState(fixture.db)).toBeNull();
    expect(byLeaders(fixture, 'housing', {}, 5)).toBeNull();
    expect(searchRecords(fixture.db, 'housing', { limit: 5 }).hits.map((hit) => hit.id)).toEqual(before);
    buildSearchLeaders(fixture.db, SMALL);
    fixture.db.prepare('DELETE FROM records WHERE rowid = 2').run();
    expect(leaderState(fixture.db)).toBeNull();
  });

  it('are not read from a database made before they were packed (migration 041), which search reads without migrating', () => {
    fixture = createFixtureDb(collection(60, 7));
    const before = searchRecords(fixture.db, 'housing budget', { limit: 5 }).hits.map((hit) => hit.id);
    buildSearchLeaders(fixture.db, SHARED);
    // Migration 040's table: a row a leader, no packed column.
    fixture.db.exec(`DROP TABLE search_leader_terms;
      CREATE TABLE search_leader_terms (term TEXT PRIMARY KEY, documents INTEGER NOT NULL, cut REAL NOT NULL) WITHOUT ROWID;`);
    expect(leaderState(fixture.db)).toBeNull();
    expect(searchRecords(fixture.db, 'housing budget', { limit: 5 }).hits.map((hit) => hit.id)).toEqual(before);
  });

  it('are not built for a small collection, nor for words held by half the records or more', () => {
    fixture = createFixtureDb(collection(2, 3));
    expect(leadersAreStale(fixture.db)).toBe(false);
    expect(refreshSearchLeaders(fixture.db)).toBeNull();
    const build = buildSearchLeaders(fixture.db, { ...SMALL, minDocuments: 1 });
    const terms = fixture.db.prepare<[], string>('SELECT term FROM search_leader_terms').pluck().all();
    // Bodies are in every record: their words rank nothing (FTS5's idf is a constant there).
    expect(terms).not.toContain('cabinet');
    expect(build.terms).toBe(terms.length);
  });
});
