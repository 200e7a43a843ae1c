import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFilters } from '../../pipeline/query/filters.ts';
import { filterConditions } from '../../pipeline/query/filters.ts';
import { searchRecords } from '../../pipeline/query/search.ts';
import { createFixtureDb, type FixtureDb, type FixtureDocument, type FixtureRecord } from './fixture-db.ts';

/**
 * Enough matches of one word that the search takes its shortcut (the best three per wanted hit here,
 * filtered afterwards) and, when a filter passes too few of those, falls back to ranking every
 * match: both must give exactly what ranking every match with the filters gives.
 */
function documents(): FixtureDocument[] {
  const kinds: FixtureRecord['kind'][] = ['resolution', 'resolution', 'recommendation', 'action'];
  const docs: FixtureDocument[] = [];
  for (let d = 0; d < 20; d++) {
    const records: FixtureRecord[] = [];
    for (let i = 0; i < 10; i++) {
      // Varied lengths and repetitions give distinct bm25 scores.
      const filler = ' and the committee noted the report'.repeat((d * 10 + i) % 7);
      records.push({ kind: kinds[(d + i) % kinds.length]!, text: `The budget${i % 3 === 0 ? ' budget' : ''} for item ${d}-${i}${filler}.` });
    }
    docs.push({ name: `doc-${d}`, body: d % 2 === 0 ? 'Cabinet' : 'Council', date: `2024-0${1 + (d % 9)}-15`, records });
  }
  // The one decision, worst ranked of all (very long, one mention): outside any shortcut's candidates.
  docs.push({ name: 'long', body: 'Council', date: '2024-01-01', records: [{ kind: 'decision', text: `A budget mention in ${'a long text about other things, '.repeat(40)}end.` }] });
  return docs;
}

let fixture: FixtureDb;
beforeAll(() => {
  fixture = createFixtureDb(documents());
});
afterAll(() => fixture.cleanup());

/** Every match ranked with the filters: the slow, obviously exact answer. */
function bruteForce(match: string, filters: RecordFilters, limit: number): number[] {
  const where = filterConditions(filters);
  return fixture.db
    .prepare<unknown[], number>(
      `SELECT f.rowid FROM records_fts f JOIN records r ON r.rowid = f.rowid JOIN documents d ON d.id = r.document_id
        WHERE records_fts MATCH ? AND ${where.sql} ORDER BY f.rank, f.rowid LIMIT ?`,
    )
    .pluck()
    .all(match, ...where.params, limit);
}

function searched(query: string, filters: RecordFilters, limit: number): number[] {
  const ids = searchRecords(fixture.db, query, { filters, limit, candidates: limit * 3 }).hits.map((h) => h.id);
  const rowidOf = fixture.db.prepare<[string], number>('SELECT rowid FROM records WHERE id = ?').pluck();
  return ids.map((id) => rowidOf.get(id)!);
}

describe('search: the best-candidates shortcut gives the exact ranking', () => {
  const cases: [string, RecordFilters, number][] = [
    ['no filter, limit 3 (shortcut)', {}, 3],
    ['a common kind (shortcut)', { kinds: ['resolution'] }, 4],
    ['a body (shortcut or fallback)', { body: 'cabinet' }, 5],
    ['the one decision, worst ranked (fallback)', { kinds: ['decision'] }, 1],
    ['a date range', { from: '2024-03-01', to: '2024-05-31' }, 6],
    ['more than there are (fewer matches than candidates: the candidates are every match)', { kinds: ['action'] }, 200],
  ];
  for (const [name, filters, limit] of cases) {
    it(name, () => {
      const expected = bruteForce('budget', filters, limit);
      expect(expected.length).toBeGreaterThan(0);
      expect(searched('budget', filters, limit)).toEqual(expected);
    });
  }

  it('finds the worst-ranked match when only it passes the filter', () => {
    const hits = searchRecords(fixture.db, 'budget', { filters: { kinds: ['decision'] }, limit: 1, candidates: 3 }).hits;
    expect(hits.map((h) => h.kind)).toEqual(['decision']);
    expect(hits[0]!.snippet.replace(/[\u0002\u0003]/gu, '')).toContain('budget mention');
  });

  it("each hit's snippet is its own record's", () => {
    for (const hit of searchRecords(fixture.db, 'budget', { limit: 5, candidates: 15 }).hits) {
      const text = fixture.db.prepare<[string], string>('SELECT text FROM records WHERE id = ?').pluck().get(hit.id)!;
      const words = hit.snippet.replace(/[\u0002\u0003…]/gu, '').trim();
      expect(text).toContain(words.slice(0, 20));
    }
  });
});
