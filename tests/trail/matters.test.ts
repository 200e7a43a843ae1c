import { describe, expect, it } from 'vitest';
import { groupMatters, referencesOf, titleTokens } from '../../pipeline/trail/matters.ts';
import { asReference, referencesIn, referencesInFileName } from '../../pipeline/trail/references.ts';
import type { TrailDocument } from '../../pipeline/trail/schema.ts';

function doc(id: number, over: Partial<TrailDocument> = {}): TrailDocument {
  return {
    id, path: `/d/${id}`, name: `d${id}`, title: null, body: 'Cabinet', date: '2025-01-30', doc_type: 'report',
    meeting_date: null, decision_date: null, publication_date: null, effective_from: null, status: null,
    key_decision: null, call_in: null, references: [], ...over,
  };
}

describe('decision references', () => {
  it('finds UK decision references in their printed forms, not planning numbers or dates', () => {
    expect(referencesIn('Decision No: 24/00096. Key decision 24/00093; Decision - 24/00093 - Future of')).toEqual(['24/00096', '24/00093']);
    expect(referencesIn('application 16/00501/OM and 12/03/2025 and 124/00096')).toEqual([]);
    expect(referencesInFileName('24-00096 - PRoD')).toEqual(['24/00096']);
    expect(referencesInFileName('minutes 2025-01-30')).toEqual([]);
  });

  it('reads a query as a reference', () => {
    expect(['24/00096', '24-00096', 'Decision No: 24/00096', 'Key decision 24/00093'].map(asReference)).toEqual(['24/00096', '24/00096', '24/00096', '24/00093']);
    expect(asReference('3f9a0c1d2e4b5a67')).toBeNull();
  });

  it('takes references from metadata, title and file name', () => {
    expect(referencesOf({ references: ['24/00096'], title: 'Review of Decision 24/00093', name: '24-00115 - Report' }).sort()).toEqual(['24/00093', '24/00096', '24/00115']);
  });
});

describe('groupMatters', () => {
  it('puts every document naming a reference in its matter, and minutes in each matter they name', () => {
    const matters = groupMatters([
      doc(1, { references: ['24/00096'], title: 'Commissioning Plan for Education Provision in Kent 2025-29', doc_type: 'proposed_decision' }),
      doc(2, { references: ['24/00093', '24/00096'], title: 'Minutes of the Cabinet meeting', doc_type: 'minutes' }),
      doc(3, { references: ['24/00093'], title: 'Future of commissioned Family Hub services', doc_type: 'decision_notice' }),
    ]);
    const byKey = Object.fromEntries(matters.map((m) => [m.key, m]));
    expect(byKey['ref:24/00096']!.documents.map((d) => d.document_id)).toEqual([1, 2]);
    expect(byKey['ref:24/00093']!.documents.map((d) => d.document_id)).toEqual([2, 3]);
    expect(byKey['ref:24/00096']!.title).toBe('Commissioning Plan for Education Provision in Kent 2025-29');
  });

  it('joins a document without a reference to the matter of a same-titled one', () => {
    const matters = groupMatters([
      doc(1, { references: ['24/00096'], title: 'Commissioning Plan for Education Provision in Kent 2025-29' }),
      doc(2, { title: 'Kent Commissioning Plan for Education Provision 2025-29 - Report' }),
    ]);
    expect(matters).toHaveLength(1);
    expect(matters[0]!.documents).toEqual([{ document_id: 1, reason: 'reference' }, { document_id: 2, reason: 'title' }]);
  });

  it('forms a title matter for documents without references (report title ≈ decision title)', () => {
    const matters = groupMatters([
      doc(1, { title: 'One Herefordshire and the Herefordshire and Worcestershire sustainability and transformation plan', date: '2016-07-28' }),
      doc(2, { title: 'SUSTAINABILITY AND TRANSFORMATION PLAN/ONE HEREFORDSHIRE', date: '2016-07-28', doc_type: 'decision_notice' }),
      doc(3, { title: 'Library opening hours', date: '2016-07-28' }),
    ]);
    expect(matters).toHaveLength(1);
    expect(matters[0]!.key.startsWith('title:')).toBe(true);
    expect(matters[0]!.documents.map((d) => d.document_id)).toEqual([1, 2]);
  });

  it('does not group by generic titles, nor the same title years apart', () => {
    expect(titleTokens('Minutes of the meeting held on 9th January 2025')).toBeNull();
    expect(titleTokens('Decision details')).toBeNull();
    expect(groupMatters([doc(1, { title: 'Minutes of the Cabinet meeting' }), doc(2, { title: 'Minutes of the Cabinet meeting' })])).toEqual([]);
    const yearly = groupMatters([
      doc(1, { title: 'Revenue budget monitoring report quarter two', date: '2023-11-01' }),
      doc(2, { title: 'Revenue budget monitoring report quarter two', date: '2024-11-01' }),
    ]);
    expect(yearly).toEqual([]);
  });
});

describe('titles that name a body', () => {
  it('are not subjects', () => {
    expect(titleTokens('BURTON-CUM-WALDEN PARISH COUNCIL')).toBeNull();
    expect(titleTokens('Kent County Council Integrated Care Strategy Delivery Plan')).not.toBeNull();
  });
});
