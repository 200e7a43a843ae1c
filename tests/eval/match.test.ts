import { describe, expect, it } from 'vitest';
import type { ExportedRecord } from '../../schemas/record.ts';
import type { GoldDocuments, GoldRecord } from '../../pipeline/eval/gold.ts';
import { parseGold } from '../../pipeline/eval/gold.ts';
import { locateGoldSpan, prepareReference } from '../../pipeline/eval/locate.ts';
import { isRunInside, matchOneToOne, spansMatch, tokenIoU } from '../../pipeline/eval/match.ts';
import { parseSources } from '../../pipeline/eval/publishers.ts';
import { bodyMatches, countsOf, matchRecords, score } from '../../pipeline/eval/score.ts';
import { normaliseWhitespace, wordTokens } from '../../pipeline/eval/tokens.ts';

const t = wordTokens;

describe('wordTokens', () => {
  it('keeps runs of letters and digits, lower-cased, and drops punctuation', () => {
    expect(t('RESOLVED that Cabinet note the report.')).toEqual(['resolved', 'that', 'cabinet', 'note', 'the', 'report']);
    expect(t('£23.3m (excluding Schools’)')).toEqual(['23', '3m', 'excluding', 'schools']);
  });

  it('gives the same tokens for renderings that differ only in punctuation spacing', () => {
    expect(t('£ 23.3m ( excluding Schools ) .')).toEqual(t('£23.3m (excluding Schools).'));
    expect(t('**Finance** a robust')).toEqual(t('Finance** a robust'));
  });

  it('reads letters outside ASCII as letters', () => {
    expect(t('Café Ó Súilleabháin')).toEqual(['café', 'ó', 'súilleabháin']);
  });

  it('normalises whitespace including non-breaking spaces', () => {
    expect(normaliseWhitespace('  (a)\u00a0\u00a0 the\n\tcouncil  ')).toBe('(a) the council');
  });
});

describe('tokenIoU', () => {
  it('is 1 for the same tokens and 0 for disjoint ones', () => {
    expect(tokenIoU(t('a b c'), t('c b a'))).toBe(1);
    expect(tokenIoU(t('a b'), t('c d'))).toBe(0);
  });

  it('counts repeated tokens as a multiset', () => {
    // {the, the, cat} vs {the, cat}: intersection 2, union 3.
    expect(tokenIoU(t('the the cat'), t('the cat'))).toBeCloseTo(2 / 3, 10);
  });

  it('is 0 for two empty texts', () => {
    expect(tokenIoU([], [])).toBe(0);
  });
});

describe('isRunInside', () => {
  it('finds a contiguous run and rejects the same tokens out of order or with a gap', () => {
    expect(isRunInside(t('note the report'), t('resolved that cabinet note the report'))).toBe(true);
    expect(isRunInside(t('note report'), t('note the report'))).toBe(false);
    expect(isRunInside(t('report the note'), t('note the report'))).toBe(false);
    expect(isRunInside([], t('x'))).toBe(false);
    expect(isRunInside(t('a b c'), t('a b'))).toBe(false);
  });
});

describe('spansMatch', () => {
  it('matches at IoU 0.8 and not below (tokens not forming a run, so only IoU applies)', () => {
    const gold = t('one two three four five six seven eight');
    // 8 shared of 10 in the union: IoU 0.8 exactly.
    expect(spansMatch('resolution', gold, t('eight one two three four five six seven nine ten'))).toBe(true);
    // 8 shared of 11: IoU 0.727.
    expect(spansMatch('resolution', gold, t('eight one two three four five six seven nine ten eleven'))).toBe(false);
  });

  it('matches a short clause with or without its lead-in (run inside, at most 4 tokens apart)', () => {
    expect(spansMatch('resolution', t('RESOLVED that Cabinet note the report.'), t('note the report.'))).toBe(true);
    // Five extra tokens and IoU 3/8: no match.
    expect(spansMatch('resolution', t('RESOLVED that the Cabinet do note the report.'), t('note the report.'))).toBe(false);
  });

  it('does not match a run inside when the words are out of order', () => {
    expect(spansMatch('resolution', t('RESOLVED that Cabinet note the report'), t('the report note'))).toBe(false);
  });

  it('matches an action that is a run inside its clause whatever the difference in length', () => {
    const clause = t('approve the grant of £500 to the village hall and the Clerk be asked to write to the trustees to confirm the award');
    const part = t('the Clerk be asked to write to the trustees');
    expect(spansMatch('action', clause, part)).toBe(true);
    expect(spansMatch('action', part, clause)).toBe(true);
    expect(spansMatch('resolution', clause, part)).toBe(false);
  });
});

describe('matchOneToOne', () => {
  it('uses each gold and each prediction once', () => {
    const pairs = matchOneToOne(2, [
      { gold: 0, prediction: 0, score: 1 },
      { gold: 1, prediction: 0, score: 0.9 },
    ]);
    expect(pairs).toEqual([[0, 0]]);
  });

  it('finds the largest matching even when the best-scoring pair would block it', () => {
    // gold 0 can use prediction 0 or 1; gold 1 only prediction 0. Greedy by score would give 1 pair.
    const pairs = matchOneToOne(2, [
      { gold: 0, prediction: 0, score: 0.95 },
      { gold: 0, prediction: 1, score: 0.85 },
      { gold: 1, prediction: 0, score: 0.9 },
    ]);
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('prefers the closer partner among equally large matchings', () => {
    const pairs = matchOneToOne(1, [
      { gold: 0, prediction: 0, score: 0.81 },
      { gold: 0, prediction: 1, score: 1 },
    ]);
    expect(pairs).toEqual([[0, 1]]);
  });
});

describe('locateGoldSpan', () => {
  const text = 'RESOLVED that:\n\n(a)\u00a0\u00a0 the minutes of the\n  meeting be approved;\n(b) the Clerk write to   the trustees.\n';
  const reference = prepareReference(text);

  it('finds start … end across whitespace differences and maps back to original offsets', () => {
    const span = locateGoldSpan(reference, 'the minutes of the meeting', 'be approved;');
    expect(span?.method).toBe('whitespace');
    expect(text.slice(span!.start, span!.end)).toBe('the minutes of the\n  meeting be approved;');
  });

  it('takes the first end after the start, even when the end lies inside the start snippet', () => {
    const span = locateGoldSpan(reference, 'the Clerk write to the trustees.', 'the trustees.');
    expect(text.slice(span!.start, span!.end)).toBe('the Clerk write to   the trustees.');
  });

  it('falls back to a case-insensitive, punctuation-tolerant match', () => {
    const span = locateGoldSpan(reference, 'The Clerk write to the trustees', 'THE TRUSTEES');
    expect(span?.method).toBe('tolerant');
    expect(text.slice(span!.start, span!.end)).toBe('the Clerk write to   the trustees');
  });

  it('returns null when the snippets are not in the text', () => {
    expect(locateGoldSpan(reference, 'the budget be set', 'be set')).toBeNull();
    expect(locateGoldSpan(reference, 'the trustees', 'RESOLVED that')).toBeNull();
  });

  it('chooses the start occurrence that gives the shortest span', () => {
    const repeated = 'Recommendation: approve the plan.\nBackground ...\nRecommendations\napprove the plan in full.';
    const span = locateGoldSpan(prepareReference(repeated), 'approve the plan', 'in full.');
    expect(repeated.slice(span!.start, span!.end)).toBe('approve the plan in full.');
  });
});

function gold(doc: string, kind: GoldRecord['kind'], text: string, extra: Partial<GoldRecord> = {}): GoldRecord {
  return { doc, kind, label: null, startSnippet: text, endSnippet: text, text, located: 'whitespace', body: 'Cabinet', date: '2025-01-30', actor: null, ...extra };
}

function prediction(doc: string, kind: ExportedRecord['kind'], text: string, extra: Partial<ExportedRecord> = {}): ExportedRecord {
  return {
    id: `${doc}-${text.length}`, doc, file: `${doc}.txt`, sha256: '0'.repeat(64), kind, label: null, text, body: 'Cabinet', date: '2025-01-30',
    status: null, key_decision: null, call_in: null, procedural: false, actor: null, due: null, parent: null, page: 1, start: 0, end: text.length, quote: text,
    ...extra,
  };
}

describe('matchRecords and score', () => {
  it('matches only within a kind', () => {
    const goldDocs: GoldDocuments = { docs: ['d'], noneDocs: new Set(), records: [gold('d', 'resolution', 'note the report')] };
    const report = score(goldDocs, [prediction('d', 'decision', 'note the report')], () => 'P');
    expect(report.kinds.resolution).toMatchObject({ tp: 0, fn: 1 });
    expect(report.kinds.decision).toMatchObject({ tp: 0, fp: 1 });
    expect(matchRecords('resolution', goldDocs.records, [prediction('d', 'resolution', 'note the report')])).toHaveLength(1);
  });

  it('counts TP, FP and FN per kind and overall, the "none" documents, and body/date on matched pairs', () => {
    const goldDocs: GoldDocuments = {
      docs: ['d1', 'd2'],
      noneDocs: new Set(['d2']),
      records: [
        gold('d1', 'resolution', 'the minutes be approved as a correct record'),
        gold('d1', 'resolution', 'the budget be set at £1m'),
        gold('d1', 'action', 'the Clerk to write to the trustees'),
      ],
    };
    const predictions = [
      prediction('d1', 'resolution', 'RESOLVED that the minutes be approved as a correct record', { body: 'the cabinet' }),
      prediction('d1', 'resolution', 'the minutes be approved as a correct record'),
      prediction('d1', 'action', 'the Clerk to write to the trustees', { date: null }),
      prediction('d2', 'decision', 'approve the plan'),
      prediction('other', 'decision', 'not in the gold'),
    ];
    const report = score(goldDocs, predictions, (doc) => (doc === 'd1' ? 'P1' : 'P2'));
    expect(report.kinds.resolution).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.kinds.action).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(report.kinds.decision).toMatchObject({ tp: 0, fp: 1, fn: 0, recall: null, f1: 0 });
    expect(report.kinds.overall).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(report.kinds.overall.f1).toBeCloseTo(4 / 7, 10);
    expect(report.falseRecordsWhereGoldSaysNone).toEqual([{ doc: 'd2', predicted: 1, kinds: { decision: 1 } }]);
    expect(report.unscoredPredictions).toBe(1);
    expect(report.missed.map((m) => m.start)).toEqual(['the budget be set at £1m']);
    expect(report.date).toMatchObject({ pairs: 2, correct: 1 });
    // The resolution pair is the exact-text prediction (IoU 1), whose body is right.
    expect(report.body).toMatchObject({ pairs: 2, exact: 2 });
    expect(report.publishers.find((p) => p.publisher === 'P2')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(report.documents.find((d) => d.doc === 'd1')?.kinds.resolution).toEqual({ gold: 2, predicted: 2, matched: 1 });
  });
});

describe('bodyMatches, countsOf', () => {
  it('compares bodies case- and whitespace-insensitively, leniently by containment', () => {
    expect(bodyMatches('Cabinet', ' cabinet ')).toEqual({ exact: true, lenient: true });
    expect(bodyMatches('Kent County Council (Cabinet)', 'Cabinet')).toEqual({ exact: false, lenient: true });
    expect(bodyMatches('Cabinet', null)).toEqual({ exact: false, lenient: false });
    expect(bodyMatches(null, null)).toEqual({ exact: true, lenient: true });
  });

  it('gives null where nothing can be divided', () => {
    expect(countsOf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(countsOf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
  });
});

describe('gold and sources parsing', () => {
  it('reads record and "none" lines and names the line of a bad one', () => {
    const lines = parseGold('{"doc":"h1","kind":"none"}\n{"doc":"h2","kind":"action","label":null,"start":"a","end":"b","body":null,"date":null,"procedural":false,"actor":"Clerk","due":null,"parent":"(b)"}\n', 'g.jsonl');
    expect(lines.map((l) => l.kind)).toEqual(['none', 'action']);
    expect(() => parseGold('{"doc":"h1","kind":"motion"}\n', 'g.jsonl')).toThrow(/g\.jsonl:1/);
    expect(() => parseGold('{"doc":\n', 'g.jsonl')).toThrow(/g\.jsonl:1: not JSON/);
  });

  it('reads publishers from SOURCES.tsv by column name', () => {
    const map = parseSources('id\tformat\tsource\tpublisher\nc001\tpdf\tx\tKent County Council (Cabinet)\n');
    expect(map.get('c001')).toBe('Kent County Council (Cabinet)');
  });
});
