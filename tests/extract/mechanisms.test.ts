import { describe, expect, it } from 'vitest';
import { dueOf, taskedActor } from '../../pipeline/extract/actions.ts';
import { qualifiedByTitle } from '../../pipeline/extract/body.ts';
import { tidyClause } from '../../pipeline/extract/span.ts';

/** The shared mechanisms issue 4 added, each on a line or two written for the test. */
describe('tidyClause', () => {
  const tidied = (text: string): string => {
    const c = tidyClause(text, { label: null, start: 0, end: text.length });
    return c ? text.slice(c.start, c.end) : '';
  };

  it('leaves out bracketed notes after the closed sentence, and a cross-reference joined to one', () => {
    expect(tidied('Approving payment for three road projects. (Call the Clerk for a listing).')).toBe('Approving payment for three road projects.');
    expect(tidied('Award of the sign contract, $4,200. (Four bids received)-see agenda item 12. (Council Communication No. 26-001)')).toBe('Award of the sign contract, $4,200.');
  });

  it('keeps brackets inside the sentence', () => {
    expect(tidied('That the scheme be adopted under the Local Government Act 2001 (as amended).')).toBe('That the scheme be adopted under the Local Government Act 2001 (as amended).');
  });
});

describe('qualifiedByTitle', () => {
  it('names a bare "Committee" with the title its minutes carry', () => {
    expect(qualifiedByTitle('Page | 1\nParks and Open Spaces Minutes | Tuesday 10th March 2026\n', 'Committee')).toBe('Parks and Open Spaces Committee');
  });

  it('gives nothing when the title already names the body or is one word', () => {
    expect(qualifiedByTitle('Planning Committee Minutes\n', 'Committee')).toBeNull();
    expect(qualifiedByTitle('Cabinet Minutes\n', 'Cabinet')).toBeNull();
  });
});

describe('taskedActor', () => {
  it('reads initials as the actor where a subject stands', () => {
    expect(taskedActor('That HR to contact the contractor about the start date.')).toBe('HR');
    expect(taskedActor('Noted, HR to chase.')).toBe('HR');
  });

  it('does not take initials in object position for the actor', () => {
    expect(taskedActor('the resident had agreed to fund CGM to cut back the tree')).toBeNull();
  });

  it('does not take the subject of a passive for the actor', () => {
    expect(taskedActor('the following items should be brought forward to the next meeting')).toBeNull();
  });
});

describe('taskedActor: an office given a task in the subjunctive', () => {
  it('reads the office, with what it is "of" and an aside before the verb', () => {
    expect(taskedActor('the Chair write, on behalf of the Board, to the Minister seeking funding')).toBe('the Chair');
    expect(taskedActor('the Director of Public Health report the findings to the Board in July')).toBe('the Director of Public Health');
    expect(taskedActor('the Task and Finish Group report its findings to this Committee')).toBe('the Task and Finish Group');
  });

  it('takes no office that is only named, not tasked', () => {
    expect(taskedActor('the report of the Director of Public Health be noted')).toBeNull();
  });
});

describe('dueOf: due at a meeting, or within a time', () => {
  it('reads the date of the meeting a report is due to', () => {
    expect(dueOf('present the findings to the Board on 9 July 2026')).toBe('2026-07-09');
    expect(dueOf('report its findings to the meeting of this Committee on 16 July 2026.')).toBe('2026-07-16');
    expect(dueOf('bring back a report no later than the May 12, 2026 regular meeting')).toBe('2026-05-12');
  });

  it('keeps a month, a named meeting or a time limit as the phrase written, on one line', () => {
    expect(dueOf('report on progress to the meeting of the IJB in September 2026;')).toBe('in September 2026');
    expect(dueOf('bring a joint note to the July meeting.')).toBe('the July meeting');
    expect(dueOf('provide a written answer within ten working days.')).toBe('within ten working days');
    expect(dueOf('circulate the figures before\n  the next meeting')).toBe('before the next meeting');
  });

  it('gives none when no time is named', () => {
    expect(dueOf('refer the matter to the Licensing Committee for its views')).toBeNull();
  });
});
