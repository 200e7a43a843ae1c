import { describe, expect, it } from 'vitest';
import { confidenceOf, labelKey, linkRecords, namesBody } from '../../pipeline/trail/link.ts';
import { groupMatters } from '../../pipeline/trail/matters.ts';
import type { TrailDocument, TrailRecord } from '../../pipeline/trail/schema.ts';

function doc(id: number, over: Partial<TrailDocument> = {}): TrailDocument {
  return {
    id, path: `/d/${id}.txt`, name: `d${id}`, title: null, body: 'Cabinet', date: '2025-03-12', doc_type: 'report',
    meeting_date: null, decision_date: null, publication_date: null, effective_from: null, status: null,
    key_decision: null, call_in: null, references: [], ...over,
  };
}

let next = 0;
function rec(documentId: number, kind: TrailRecord['kind'], text: string, over: Partial<TrailRecord> = {}): TrailRecord {
  next += 1;
  return {
    id: `r${next}`, document_id: documentId, kind, label: null, text, body: 'Cabinet', date: '2025-03-12', status: null,
    key_decision: null, call_in: null, procedural: false, actor: null, due: null, parent: null, parent_id: null,
    page: 1, start: next * 100, end: next * 100 + text.length, ...over,
  };
}

const ADOPT = 'the relocation of Riverside Library to the Quay Street community centre be approved';
const LEASE = 'the Head of Culture be authorised to agree the terms of a 15-year lease with the Quay Street Community Trust';

function link(docs: TrailDocument[], records: TrailRecord[]) {
  return linkRecords(docs, records, groupMatters(docs));
}

describe('linkRecords', () => {
  it('links a recommendation to the same words decided by the same body on the meeting day', () => {
    const docs = [doc(1), doc(2, { doc_type: 'decision_notice' })];
    const r = rec(1, 'recommendation', ADOPT, { label: '(a)' });
    const d = rec(2, 'decision', ADOPT, { label: 'a)' });
    const links = link(docs, [r, d]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ from: r.id, to: d.id, relation: 'decided_as', diff: null });
    expect(links[0]!.evidence).toMatchObject({ similarity: 1, label_match: 'same', body_match: 'same', days: 0 });
  });

  it('never links two records of one document', () => {
    const docs = [doc(1, { doc_type: 'minutes' })];
    expect(link(docs, [rec(1, 'recommendation', ADOPT), rec(1, 'resolution', ADOPT)])).toEqual([]);
  });

  it('does not link a decision taken before the recommendation was made', () => {
    const docs = [doc(1, { date: '2025-03-12' }), doc(2, { date: '2025-02-01', doc_type: 'decision_notice' })];
    expect(link(docs, [rec(1, 'recommendation', ADOPT), rec(2, 'decision', ADOPT, { date: '2025-02-01' })])).toEqual([]);
  });

  it('does not link beyond the date window without a shared reference, but does with one', () => {
    const late = '2026-01-20';
    const docs = [doc(1), doc(2, { date: late, doc_type: 'decision_notice' })];
    const records = [rec(1, 'recommendation', ADOPT), rec(2, 'decision', ADOPT, { date: late })];
    expect(link(docs, records)).toEqual([]);
    const withRef = [doc(1, { references: ['25/00412'] }), doc(2, { date: late, doc_type: 'decision_notice', references: ['25/00412'] })];
    expect(link(withRef, records)).toHaveLength(1);
  });

  it('does not link the same words resolved by another body the same day (parallel, not adopted)', () => {
    const docs = [doc(1, { body: 'County Council' }), doc(2, { body: 'Cabinet', doc_type: 'minutes' })];
    const text = 'note that acceptance onto the Devolution Priority Programme will commit the council to elections in April 2027';
    expect(link(docs, [rec(1, 'recommendation', text, { body: 'County Council' }), rec(2, 'resolution', text)])).toEqual([]);
  });

  it('links to another body when the recommendation names it as the decision maker', () => {
    const docs = [doc(1, { body: 'Scrutiny Committee', doc_type: 'minutes' }), doc(2, { body: 'County Council', doc_type: 'minutes' })];
    const text = 'the revised members allowances scheme set out in the appendix be adopted from 1 April 2025';
    const r = rec(1, 'recommendation', `RECOMMENDED to County Council that ${text}`, { body: 'Scrutiny Committee' });
    const links = link(docs, [r, rec(2, 'resolution', text, { body: 'County Council' })]);
    expect(links).toHaveLength(1);
    expect(links[0]!.evidence.body_match).toBe('named');
  });

  it('does not take "Cabinet Member" for Cabinet', () => {
    expect(namesBody('report to the Cabinet Member for Finance', 'cabinet')).toBe(false);
    expect(namesBody('Cabinet is asked to agree', 'cabinet')).toBe(true);
    expect(namesBody('RECOMMENDED to Council that the scheme be adopted', 'council')).toBe(true);
    // a body mentioned is not a body addressed
    expect(namesBody('endorse the (executive) decision of Cabinet to submit to Ministers', 'cabinet')).toBe(false);
  });

  it('links an amended adoption with lower similarity and shows the changed words', () => {
    const docs = [doc(1), doc(2, { doc_type: 'decision_notice' })];
    const links = link(docs, [
      rec(1, 'recommendation', 'a capital budget of £450,000 be allocated from the community facilities reserve to fit out the new library'),
      rec(2, 'decision', 'a capital budget of £520,000 be allocated from the community facilities reserve to fit out the new library and reading room'),
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]!.evidence.similarity).toBeLessThan(1);
    expect(links[0]!.diff).toEqual({ removed: ['£450,000'], added: ['£520,000', 'and reading room'] });
  });

  it('does not link clauses that only share boilerplate', () => {
    const docs = [doc(1), doc(2, { doc_type: 'minutes' })];
    const other = 'the Head of Finance be authorised to publish the notice of variation of charges, in consultation with the Cabinet Member for Finance';
    expect(link(docs, [rec(1, 'recommendation', `${LEASE}, in consultation with the Cabinet Member for Communities`), rec(2, 'resolution', other)])).toEqual([]);
  });

  it('does not link short clauses by their words alone', () => {
    const docs = [doc(1), doc(2, { doc_type: 'minutes' })];
    expect(link(docs, [rec(1, 'recommendation', 'note the report'), rec(2, 'resolution', 'note the report')])).toEqual([]);
  });

  it('links one to one and leaves a tie unlinked', () => {
    const docs = [doc(1), doc(2, { doc_type: 'minutes' })];
    const r = rec(1, 'recommendation', ADOPT);
    // the minutes resolve the same words twice (two items): which one adopted the recommendation is unknowable
    expect(link(docs, [r, rec(2, 'resolution', ADOPT), rec(2, 'resolution', ADOPT)])).toEqual([]);
    // a label tells them apart
    const labelled = rec(1, 'recommendation', ADOPT, { label: '(b)' });
    const hit = rec(2, 'resolution', ADOPT, { label: '(b)' });
    const links = link(docs, [labelled, rec(2, 'resolution', ADOPT, { label: '(a)' }), hit]);
    expect(links.map((l) => l.to)).toEqual([hit.id]);
  });

  it('needs the body even with a shared reference when one side is minutes listing many decisions', () => {
    const notice = doc(1, { doc_type: 'decision_notice', body: 'Cabinet Member for Children', references: ['24/00093'] });
    const minutes = doc(2, { doc_type: 'minutes', references: ['24/00093', '24/00097', '24/00115'] });
    const text = 'delegate authority to the Director of Operations to take other relevant actions to implement the decision';
    const d = rec(1, 'decision', text, { body: 'Cabinet Member for Children' });
    expect(link([notice, minutes], [d, rec(2, 'resolution', text)])).toEqual([]);
    // both about that one decision: the reference stands in for the body
    const report = doc(3, { body: 'Children Cabinet Committee', references: ['24/00093'] });
    const r = rec(3, 'recommendation', text, { body: 'Children Cabinet Committee' });
    expect(link([notice, report], [r, d]).map((l) => l.relation)).toEqual(['decided_as']);
  });

  it('skips procedural records', () => {
    const docs = [doc(1, { doc_type: 'minutes' }), doc(2, { doc_type: 'minutes' })];
    const text = 'the minutes of the meeting held on 12 February 2025 be approved as a correct record';
    expect(link(docs, [rec(1, 'recommendation', text, { procedural: true }), rec(2, 'resolution', text, { procedural: true })])).toEqual([]);
  });

  it('links a decision to the minutes of the same meeting, not to minutes of another day', () => {
    const docs = [doc(1, { doc_type: 'decision_notice' }), doc(2, { doc_type: 'minutes' }), doc(3, { doc_type: 'minutes', date: '2025-04-09' })];
    const d = rec(1, 'decision', ADOPT);
    const same = rec(2, 'resolution', ADOPT);
    const links = link(docs, [d, same, rec(3, 'resolution', ADOPT, { date: '2025-04-09' })]);
    expect(links.map((l) => [l.from, l.to, l.relation])).toEqual([[d.id, same.id, 'recorded_as']]);
  });

  it('links a proposed record of decision between the report and the decision', () => {
    const docs = [doc(1), doc(2, { doc_type: 'proposed_decision' }), doc(3, { doc_type: 'minutes' })];
    const r = rec(1, 'recommendation', ADOPT);
    const p = rec(2, 'decision', ADOPT);
    const m = rec(3, 'resolution', ADOPT);
    const relations = link(docs, [r, p, m]).map((l) => `${l.from}>${l.to}:${l.relation}`).sort();
    expect(relations).toEqual([`${p.id}>${m.id}:resolved_as`, `${r.id}>${m.id}:resolved_as`, `${r.id}>${p.id}:proposed_as`].sort());
  });

  it('links an action to its clause by parent id, by parent label, or by lying inside its span', () => {
    const docs = [doc(1, { doc_type: 'minutes' })];
    const clause = rec(1, 'resolution', LEASE, { label: '(c)', start: 1000, end: 1200 });
    const byId = rec(1, 'action', LEASE, { parent_id: clause.id, start: 1000, end: 1200 });
    const byLabel = rec(1, 'action', LEASE, { parent: 'c)', start: 1300, end: 1400 });
    const bySpan = rec(1, 'action', 'agree the terms of a 15-year lease', { start: 1050, end: 1084 });
    const stray = rec(1, 'action', 'the Clerk to write to the trust', { start: 5000, end: 5030 });
    const links = link(docs, [clause, byId, byLabel, bySpan, stray]);
    const by = Object.fromEntries(links.map((l) => [l.from, [l.to, l.evidence.parent_by]]));
    expect(by).toEqual({ [byId.id]: [clause.id, 'parent_id'], [byLabel.id]: [clause.id, 'parent_label'], [bySpan.id]: [clause.id, 'span'] });
  });
});

describe('labels and confidence', () => {
  it('reads labels alike whatever their brackets', () => {
    expect(['(a)', 'a)', 'A.', 'a'].map(labelKey)).toEqual(['a', 'a', 'a', 'a']);
    expect(labelKey('-')).toBeNull();
  });

  it('weighs words most, then labels, references, body and day', () => {
    const base = { similarity: 1, label_match: 'absent' as const, shared_references: [], body_match: 'same' as const, days: 0 };
    expect(confidenceOf(base)).toBe(0.75);
    expect(confidenceOf({ ...base, label_match: 'same', shared_references: ['24/00096'] })).toBe(1);
    expect(confidenceOf({ ...base, label_match: 'different' })).toBe(0.65);
    expect(confidenceOf({ ...base, similarity: 0.6, body_match: 'none', days: 3 })).toBe(0.36);
  });
});

describe('one adoption per clause', () => {
  it('keeps only the best of a recommendation\'s links of one kind (this quarter\'s minutes, not the next)', () => {
    const docs = [doc(1, { date: '2024-11-14' }), doc(2, { doc_type: 'minutes', date: '2024-11-14' }), doc(3, { doc_type: 'minutes', date: '2025-02-13' })];
    const r = rec(1, 'recommendation', 'note the performance report for quarter 2 of 2024-25 and the actions being taken', { date: '2024-11-14' });
    const now = rec(2, 'resolution', 'note the performance report for quarter 2 of 2024-25 and the actions being taken', { date: '2024-11-14' });
    const next = rec(3, 'resolution', 'note the performance report for quarter 3 of 2024-25 and the actions being taken', { date: '2025-02-13' });
    expect(link(docs, [r, now, next]).map((l) => l.to)).toEqual([now.id]);
  });
});
