import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-third blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a record of executive decisions: "Decision:" / "Cabinet agreed to:" / its lettered list', () => {
  it('reads the list as the decisions, the lead-in as none', async () => {
    const record = `Record of Executive Decisions

Cabinet – Thursday, 12th March, 2026

5. Library Opening Hours

Decision Maker: Cabinet

Decision:

Cabinet agreed to:

(a) approve the revised opening hours at Appendix A, to take effect from 1 June 2026;

(b) ask the Director of Communities to report on visitor numbers by March 2027.

Reasons for the decision:

Visitor numbers have fallen on weekday evenings.
`;
    const { records } = await read('record.txt', record);
    expect(texts(kinds(records, 'decision'))).toEqual([
      'approve the revised opening hours at Appendix A, to take effect from 1 June 2026;',
      'ask the Director of Communities to report on visitor numbers by March 2027.',
    ]);
  });
});

describe('running-prose resolutions followed by the task they set', () => {
  it('ends the resolution before "The Clerk was instructed to ...", which is an action of its own', async () => {
    const minutes = `Minutes of the meeting of Llanfair Town Council held on 9 March 2026

147. Planning

(b) PA/26/0158 – replacement windows, 12 High Street. It was RESOLVED to object to the application on the grounds that the uPVC units would harm the Conservation Area. The Clerk was instructed to submit the Council's response by 20 March 2026.
`;
    const { records } = await read('llanfair.txt', minutes);
    expect(texts(kinds(records, 'resolution'))).toEqual(['to object to the application on the grounds that the uPVC units would harm the Conservation Area.']);
    expect(kinds(records, 'action').map((r) => r.actor)).toEqual(['The Clerk']);
  });
});

describe('an Irish municipal district: proposers, seconders and "agreed"', () => {
  const minutes = `Minutes of the Monthly Meeting of Kilbrack Municipal District held on 10th March 2026

5. General Municipal Allocation 2026

Proposed by Cllr Fahy, Seconded by Cllr Nolan, and agreed that the General Municipal Allocation for 2026 be adopted as circulated.

6. Casual Trading Bye-Laws

On the proposal of Cllr Garvey, seconded by Cllr Moriarty, the Members agreed the following recommendation:

RECOMMENDATION TO COUNCIL: That the draft Casual Trading Bye-Laws 2026 be placed on public display for six weeks.

8. Notices of Motion

Notice of Motion No. 14/2026 – Cllr Kinsella

Cllr Kinsella moved the following Notice of Motion:

“That Kilbrack Municipal District requests the District Manager to carry out a speed survey on the R718 at Ballinree.”

Reply: A speed survey can be accommodated within the 2026 traffic count programme.

Proposed by Cllr Kinsella, Seconded by Cllr Fahy, and agreed.
`;

  it('reads "Proposed by ..., Seconded by ..., and agreed that ..." and a notice of motion "Proposed ..., and agreed." as resolutions', async () => {
    const { records } = await read('kilbrack.txt', minutes);
    expect(texts(kinds(records, 'resolution'))).toEqual([
      'the General Municipal Allocation for 2026 be adopted as circulated.',
      'That Kilbrack Municipal District requests the District Manager to carry out a speed survey on the R718 at Ballinree.',
    ]);
  });

  it('gives "the Members agreed the following recommendation:" no record of its own: the recommendation is the record', async () => {
    const { records } = await read('kilbrack.txt', minutes);
    expect(texts(kinds(records, 'recommendation'))).toEqual(['That the draft Casual Trading Bye-Laws 2026 be placed on public display for six weeks.']);
  });
});

describe('a US city council: motions and the text they adopt', () => {
  const minutes = `# City of Brenton Falls – City Council Regular Meeting Minutes

**April 7, 2026**

### 6. CONSENT AGENDA

Motion by Councilmember Okafor, seconded by Councilmember Lindqvist, to approve Consent Agenda Items
6.A through 6.B as follows:

A. Approve the minutes of the March 17, 2026 Regular Meeting.
B. Approve the claims and payroll registers in the total amount of $1,284,310.57.

Roll call vote: Ayes – Okafor, Lindqvist, Brandt. Nays – none. Motion carried 3-0.

### 8. ORDINANCES

Motion by Councilmember Lindqvist, seconded by Councilmember Ashby, to adopt Ordinance No. 2026-04,
amending Chapter 9.14 of the Municipal Code to cap short-term rental permits at 120, on second reading. Roll
call vote: Ayes – Lindqvist, Ashby, Okafor. Nays – none. Motion carried 3-0.

### 9. RESOLUTIONS

Motion by Councilmember Ashby, seconded by Councilmember Brandt, to adopt Resolution No. 2026-33.
Roll call vote: Ayes – Ashby, Brandt, Okafor. Nays – none. Motion carried 3-0.
The resolution as adopted reads:

NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF BRENTON FALLS:

Section 1. The City Council supports an application to the State Revolving Loan Fund for up to $6,500,000.

Section 2. The Finance Director is authorized to sign and submit the application no later than May 15, 2026.
`;

  it('reads a consent motion "as follows:" as the lead-in of its items, not a record beside them', async () => {
    const { records } = await read('brenton.md', minutes, 'md');
    const resolutions = texts(kinds(records, 'resolution'));
    expect(resolutions).toContain('Approve the minutes of the March 17, 2026 Regular Meeting.');
    expect(resolutions.some((t) => t.includes('as follows'))).toBe(false);
  });

  it('ends a motion before its roll call, also where "Roll call" is split across two lines', async () => {
    const { records } = await read('brenton.md', minutes, 'md');
    expect(texts(kinds(records, 'resolution'))).toContain(
      'to adopt Ordinance No. 2026-04, amending Chapter 9.14 of the Municipal Code to cap short-term rental permits at 120, on second reading.',
    );
  });

  it('takes the sections of a resolution printed after "The resolution as adopted reads:", not the motion to adopt it', async () => {
    const { records } = await read('brenton.md', minutes, 'md');
    const resolutions = kinds(records, 'resolution');
    expect(resolutions.map((r) => r.label)).toEqual(expect.arrayContaining(['Section 1.', 'Section 2.']));
    expect(texts(resolutions)).not.toContain('to adopt Resolution No. 2026-33.');
  });
});
