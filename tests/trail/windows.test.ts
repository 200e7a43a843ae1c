import { describe, expect, it } from 'vitest';
import { inMemorySource, LINK_RULES, linkRecordsFrom, type TrailRecordSource } from '../../pipeline/trail/link.ts';
import { groupMatters } from '../../pipeline/trail/matters.ts';
import type { TrailDocument, TrailRecord } from '../../pipeline/trail/schema.ts';

/**
 * Linking reads records a window at a time (two periods of bodyWindowDays, one reference, one
 * document), never the whole collection: these pin that it does, and that it links exactly what it
 * links with every record at hand.
 */

const SUBJECTS = ['library', 'leisure centre', 'bus station', 'market hall', 'swimming pool', 'town square', 'depot', 'museum'];

function doc(id: number, date: string, docType: TrailDocument['doc_type'], references: string[] = []): TrailDocument {
  return {
    id, path: `/d/${id}.txt`, name: `d${id}`, title: null, body: 'Cabinet', date, doc_type: docType,
    meeting_date: date, decision_date: null, publication_date: null, effective_from: null, status: null,
    key_decision: null, call_in: null, references,
  };
}

function rec(id: string, documentId: number, kind: TrailRecord['kind'], text: string, date: string, over: Partial<TrailRecord> = {}): TrailRecord {
  return {
    id, document_id: documentId, kind, label: '(a)', text, body: 'Cabinet', date, status: null, key_decision: null, call_in: null,
    procedural: false, actor: null, due: null, parent: null, parent_id: null, page: 1, start: 0, end: text.length, ...over,
  };
}

/** Two years of monthly meetings: each month's report recommends, its decision notice decides, with an action. */
function twoYears(): { documents: TrailDocument[]; records: TrailRecord[] } {
  const documents: TrailDocument[] = [];
  const records: TrailRecord[] = [];
  for (let m = 0; m < 24; m++) {
    const date = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
    const subject = `${SUBJECTS[m % SUBJECTS.length]} in ward ${m + 1}`;
    const clause = `the refurbishment of the ${subject} be approved at a cost of ${m + 2} hundred thousand pounds`;
    const reference = m % 5 === 0 ? [`23/${String(m).padStart(5, '0')}`] : [];
    documents.push(doc(2 * m + 1, date, 'report', reference), doc(2 * m + 2, date, 'decision_notice', reference));
    records.push(
      rec(`r${m}`, 2 * m + 1, 'recommendation', clause, date),
      rec(`d${m}`, 2 * m + 2, 'decision', clause, date),
      rec(`a${m}`, 2 * m + 2, 'action', `the Head of Property to appoint a contractor for the ${subject}`, date, { parent: '(a)' }),
    );
  }
  return { documents, records };
}

/** A source that counts what it is asked for. */
function counting(source: TrailRecordSource): TrailRecordSource & { largestRead: () => number } {
  let largest = 0;
  return {
    scan: () => source.scan(),
    byKeys: (keys) => {
      largest = Math.max(largest, keys.length);
      return source.byKeys(keys);
    },
    ofDocument: (id) => {
      const records = source.ofDocument(id);
      largest = Math.max(largest, records.length);
      return records;
    },
    largestRead: () => largest,
  };
}

describe('linking a window at a time', () => {
  it('links every month\'s recommendation to its decision and each action to its clause', () => {
    const { documents, records } = twoYears();
    const links = linkRecordsFrom(documents, groupMatters(documents), inMemorySource(records));
    const decided = links.filter((l) => l.relation === 'decided_as').map((l) => `${l.from}>${l.to}`);
    expect(decided.sort()).toEqual(Array.from({ length: 24 }, (_, m) => `r${m}>d${m}`).sort());
    expect(links.filter((l) => l.relation === 'action_of')).toHaveLength(24);
  });

  it('never reads more than one period, reference or document at a time', () => {
    const { documents, records } = twoYears();
    const source = counting(inMemorySource(records));
    linkRecordsFrom(documents, groupMatters(documents), source);
    // Clauses (not actions) of the busiest period of bodyWindowDays: two a month.
    const perPeriod = new Map<number, number>();
    for (const r of records) {
      if (r.kind === 'action') continue;
      const period = Math.floor(Date.parse(`${r.date}T00:00:00Z`) / 86_400_000 / LINK_RULES.bodyWindowDays);
      perPeriod.set(period, (perPeriod.get(period) ?? 0) + 1);
    }
    const busiest = Math.max(...perPeriod.values());
    expect(busiest).toBeLessThan(records.length / 3);
    expect(source.largestRead()).toBeLessThanOrEqual(busiest);
  });
});
