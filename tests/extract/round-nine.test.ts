import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the ninth blind round asked for, each on text written for the test.
describe('Northern Irish committee minutes', () => {
  it('reads "It was proposed by A, seconded by B and agreed that ...", with officers tasked in it', async () => {
    const text = `MINUTES of the meeting of the Environment Committee held on 10 February 2026

E/016/26  MINUTES
It was proposed by Alderman Gault, seconded by Councillor Hanna and agreed that the
minutes of the meeting held on 13 January 2026 be taken as read and signed as correct.

E/018/26  GLASS COLLECTION
AGREED: That the Committee approve Option 3 as its preferred option and that officers undertake a
public consultation on its implementation, commencing no later than 1 April 2026.
`;
    const result = await read('ni.txt', text);
    expect(result.records.map((r) => [r.kind, r.procedural])).toEqual([
      ['resolution', true],
      ['resolution', false],
      ['action', false],
    ]);
    expect(result.records[2]).toMatchObject({ actor: 'officers', due: '2026-04-01' });
  });
});

describe('numbered resolutions printed with two-column movers, and deferring payments', () => {
  it('reads the names under "Moved:   Seconded:", and a clause deferring rates instalments as a decision', async () => {
    const text = `MINUTES OF THE ORDINARY MEETING OF WARRAGONG SHIRE COUNCIL HELD ON 18 MARCH 2026

RESOLUTION 2026/042
Moved: Mayor Cr Keane
That Council:
1.   defer, without interest, the third rates instalment for farmland ratepayers; and
2.   defer the item on kerbside collection to the April meeting.
                                                               CARRIED 7/0

RESOLUTION 2026/045
 Moved:                              Seconded:
 Cr Brennan                          Cr Oyelaran
That Resolution 2026/019 of 18 February 2026 be rescinded.
                                                               CARRIED 5/2
`;
    const result = await read('warragong.txt', text);
    expect(result.records.map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['1.', 'defer, without interest, the third rates instalment for farmland ratepayers;'],
      ['2026/045', 'Resolution 2026/019 of 18 February 2026 be rescinded.'],
    ]);
  });
});

describe('a resolution with a clause that recommends to another body', () => {
  it('gives that clause as a recommendation, and reads "Mr X agreed to ..." as an action', async () => {
    const text = `# Minutes of the Health Overview and Scrutiny Committee held on 19 February 2026

- Members asked about staffing. Mr Corrigan agreed to share ward-level staffing data with the Committee before its next meeting.

**RESOLVED** that:

1. the report be noted;
2. the Committee recommends to the Integrated Care Board that the planned reduction in opening hours be paused.
`;
    const result = await read('hosc.md', text, 'md');
    expect(result.records.map((r) => [r.kind, r.label, r.actor])).toEqual([
      ['action', null, 'Mr Corrigan'],
      ['resolution', '1.', null],
      ['recommendation', '2.', null],
    ]);
  });
});

describe('a notice of several decisions of a committee of adjustment', () => {
  it('reads each "DECISION ON <file>:" section, conditions inside, and an adjourned application as none', async () => {
    const text = `TOWN OF ASHBURN FALLS
COMMITTEE OF ADJUSTMENT
NOTICE OF DECISIONS
Hearing of Thursday, March 12, 2026

FILE A-014/26
DECISION:
ADJOURNED. At the request of the applicant, the Committee adjourned the application to May 14, 2026.

FILE B-004/26
DECISION ON B-004/26:
The Committee APPROVED provisional consent, subject to the following
conditions:
  1. That the owner provide a reference plan of survey.
  2. That the owner pay the parkland fee.
`;
    const result = await read('coa.txt', text);
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['decision', 'The Committee APPROVED provisional consent, subject to the following conditions: 1. That the owner provide a reference plan of survey. 2. That the owner pay the parkland fee.'],
    ]);
  });
});
