import { describe, expect, it } from 'vitest';
import { callInStatus, describeCallIn } from '../../pipeline/trail/callin.ts';
import { clauseSimilarity, contentTokens, similarity, wordDiff } from '../../pipeline/trail/tokens.ts';

describe('similarity', () => {
  it('ignores case, punctuation, stop words and inflection', () => {
    const a = contentTokens('The Cabinet agree the Commissioning Plan for Education Provision in Kent 2025-29.');
    const b = contentTokens('Cabinet agreed the commissioning plans for education provision in Kent 2025-29');
    expect(clauseSimilarity(a, b)).toBe(1);
  });

  it('gives containment 1 but lower Jaccard when one clause holds the other', () => {
    const s = similarity(contentTokens('agree the Commissioning Plan for Education'), contentTokens('agree the Commissioning Plan for Education in Kent 2025-29'));
    expect(s.containment).toBe(1);
    expect(s.jaccard).toBeLessThan(1);
  });
});

describe('wordDiff', () => {
  it('reports removed and added runs of words', () => {
    expect(wordDiff('a budget of £450,000 be allocated', 'a budget of £520,000 be allocated and spent')).toEqual({ removed: ['£450,000'], added: ['£520,000', 'and spent'] });
    expect(wordDiff('the same words;', 'The same words')).toEqual({ removed: [], added: [] });
  });
});

describe('call-in', () => {
  it('is open before the effective-from date and closed from it', () => {
    expect(callInStatus(true, '2016-07-29', '2016-08-03', '2016-08-01')).toMatchObject({ state: 'open', closes: '2016-08-03', days_left: 2 });
    expect(callInStatus(true, '2016-07-29', '2016-08-03', '2016-08-03').state).toBe('closed');
    expect(callInStatus(false, null, '2016-08-03', '2016-08-01').state).toBe('not_subject');
    expect(callInStatus(true, '2016-07-29', null, '2016-08-01').state).toBe('unknown');
    expect(describeCallIn(callInStatus(true, '2016-07-29', '2016-08-03', '2016-08-01'))).toBe('call-in OPEN until 2016-08-03 (published 2016-07-29, 2 days left)');
  });
});
