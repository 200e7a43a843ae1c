import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirteenth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a New England town meeting', () => {
  const text = `TOWN OF ASHBY FALLS
SPECIAL TOWN MEETING
Monday, October 5, 2026

On a motion duly seconded, it was
VOTED: To waive the reading of the warrant.

ARTICLE 1. To see if the Town will vote to appropriate a sum of money for a new salt shed.
VOTED: That the Town appropriate $240,000 for a new salt shed; and that the Treasurer, with the
approval of the Select Board, is authorized to borrow said sum.

ARTICLE 2. To see if the Town will adopt a resolution on speed limits.
VOTED: That the Town adopt the following resolution:
   WHEREAS speeding on Main Street has increased;
   NOW THEREFORE BE IT RESOLVED that the Town requests the Select Board to study a 25 mph limit.

ARTICLE 3. To see if the Town will transfer $50,000 to the Capital Stabilization Fund.
The Moderator declared Article 3 passed over.
`;

  it('reads "VOTED:" as what the meeting resolved, and the adopted resolution rather than the vote introducing it', async () => {
    const result = await read('ashby.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => oneLine(r.text))).toEqual([
      'To waive the reading of the warrant.',
      'the Town appropriate $240,000 for a new salt shed; and that the Treasurer, with the approval of the Select Board, is authorized to borrow said sum.',
      'the Town requests the Select Board to study a 25 mph limit.',
    ]);
  });

  it('tasks the Treasurer past the aside "with the approval of the Select Board"', async () => {
    const result = await read('ashby.txt', text);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toContain('the Treasurer');
  });
});

describe('recommendations to a named office-holder, and asides', () => {
  it('reads "RECOMMENDED to the Police and Crime Commissioner –" and its numbered list', async () => {
    const text = `POLICE AND CRIME PANEL\nMinutes of the meeting held on 5 February 2026\n\nRECOMMENDED to the Police and Crime Commissioner –\n1. That Mr A Moss be appointed as Deputy Commissioner.\n2. That the Commissioner publish the terms of the appointment.\n`;
    const result = await read('pcp.txt', text);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '1.'],
      ['recommendation', '2.'],
    ]);
  });

  it('tasks the Chair in "asks the Chair, with the Support Officer, to write"', async () => {
    const text = `PANEL MINUTES\nMinutes of the meeting held on 5 February 2026\n\nRESOLVED – That the Panel\n(a) supports the proposed precept; and\n(b) asks the Chair, with the Panel Support Officer, to write to the Commissioner by 8 February 2026.\n`;
    const result = await read('pcp2.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['the Chair', '2026-02-08']]);
  });
});

describe('a British Columbia regional district board', () => {
  const text = `REGIONAL DISTRICT OF NORTH TARN
MINUTES OF THE REGULAR BOARD MEETING HELD MARCH 12, 2026

5.1 Grant-in-Aid
MOVED Director Ames, SECONDED Director Bell,
THAT the Board approve a grant-in-aid of $5,000 to the Tarn Lake Hall Society.
CARRIED

5.2 Trail Grant
MOVED Director Ames, SECONDED Director Cole,
THAT the Board approve a grant of $8,000 to the Trail Society.

It was MOVED Director Cole, SECONDED Director Bell, THAT the motion be amended by
replacing "$8,000" with "$10,000". The amendment was withdrawn.

B26-050 CARRIED

5.3 Fees
Amendment
MOVED Director Dunn, SECONDED Director Bell,
THAT the fee be $130.
DEFEATED

B26-051 THAT the Board:
(a) award the roof contract to Westbay Roofing Ltd.; and
(b) authorize the General Manager, Finance to sign the contract.
CARRIED

5.4 Parks
MOVED Director Ames, SECONDED Director Dunn,
THAT the Board approve the parks plan.
DEFEATED
`;

  it('reads motions moved and seconded with no number above, the number on the outcome line or before the words', async () => {
    const result = await read('tarn.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      [null, 'the Board approve a grant-in-aid of $5,000 to the Tarn Lake Hall Society.'],
      ['B26-050', 'the Board approve a grant of $8,000 to the Trail Society.'],
      ['(a)', 'award the roof contract to Westbay Roofing Ltd.;'],
      ['(b)', 'authorize the General Manager, Finance to sign the contract.'],
    ]);
  });

  it('tasks "the General Manager, Finance" with the comma of the title', async () => {
    const result = await read('tarn.txt', text);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['the General Manager, Finance']);
  });
});

describe('background in minutes', () => {
  it('leaves out a decision of another body quoted, one it "had, on <date>, resolved", and a proposal not seconded', async () => {
    const text = `OVERVIEW AND SCRUTINY COMMITTEE
Minutes of the meeting held on 11 March 2026

4. Call-in
The decision of Cabinet was:
   "RESOLVED that the library at Eastwick be closed from 1 July 2026."
The Partnership Manager reported that Westwick Council's Cabinet had, on 24 February 2026, resolved to
join the textile contract. Councillor Ward proposed that the decision be accepted; this was not seconded.
RESOLVED that the decision be referred back to Cabinet for reconsideration.
`;
    const result = await read('callin.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([['resolution', 'the decision be referred back to Cabinet for reconsideration.']]);
  });

  it('dates the meeting by its own title, not by the minutes of the previous meeting it approves', async () => {
    const text = `Minutes - Harrow Vale Joint Committee - Thursday, 12th March, 2026 2.00 pm\n\n3. Minutes of the Previous Meeting\nRESOLVED: That the minutes of the meeting held on 4 December 2025 be approved.\n`;
    const result = await read('jc.txt', text);
    expect(result.meta.date).toBe('2026-03-12');
  });

  it('reads every row of an action log as an action, one raised at an earlier meeting too (GUIDELINES: "a row of an action log")', async () => {
    const text = `HARROW VALE JOINT COMMITTEE
Minutes of the meeting held on 12 March 2026

Action Tracker
| Ref   | Meeting     | Action                       | Owner               | Due         |
|-------|-------------|------------------------------|---------------------|-------------|
| 25/14 | 11 Sep 2025 | Send winter opening hours    | Partnership Manager | 31 Oct 2025 |
| 26/01 | 12 Mar 2026 | Procure six food waste vans  | Partnership Manager | 30 Sep 2026 |
`;
    const result = await read('tracker.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.label, r.text])).toEqual([
      ['25/14', 'Send winter opening hours'],
      ['26/01', 'Procure six food waste vans'],
    ]);
  });

  it('does not take "... once the Board had made its\\ndecision." for a decision heading', async () => {
    const text = `REGIONAL DISTRICT OF NORTH TARN\nMINUTES OF THE BOARD MEETING HELD MARCH 12, 2026\n\nStaff advised that the haulers would be told once the Board had made its\ndecision.\n\nB26-034\nMOVED Director Ames, SECONDED Director Bell,\nTHAT the Board:\n1. approve the new tipping fee; and\n2. direct staff to notify the haulers.\nCARRIED\n`;
    const result = await read('fee.txt', text);
    expect(result.records.filter((r) => r.kind !== 'action').map((r) => [r.kind, r.label])).toEqual([
      ['resolution', '1.'],
      ['resolution', '2.'],
    ]);
  });
});

describe('action points listed with their owner and due date on lines of their own', () => {
  it('reads each item under an actions heading, its owner and due', async () => {
    const text = `SCRUTINY COMMITTEE
Minutes of the meeting held on 11 March 2026

ACTIONS ARISING FROM MINUTE 61

1.  Send the referral letter to the Leader of the Council.
    Owner: Democratic Services Officer             Due: 13 March 2026
2.  Circulate a summary of the expressions of interest.
    Owner: Head of Libraries                       Due: before the Cabinet meeting
`;
    const result = await read('actions.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.label, r.text, r.actor, r.due])).toEqual([
      ['1.', 'Send the referral letter to the Leader of the Council.', 'Democratic Services Officer', '2026-03-13'],
      ['2.', 'Circulate a summary of the expressions of interest.', 'Head of Libraries', 'before the Cabinet meeting'],
    ]);
  });
});

describe('Irish county council proposals', () => {
  const text = `DUNMORE COUNTY COUNCIL
Minutes of the Monthly Meeting held on Monday 13th April 2026

MM/044/2026 DISPOSAL OF LAND
On the PROPOSAL of Cllr J. Kinsella, SECONDED by Cllr R. Keane:
"That, pursuant to Section 183 of the Local Government Act 2001, the disposal of land at
Knockaun to Tallow Engineering Ltd for €118,000 be approved."

A recorded vote was requested: FOR (20), AGAINST (7).
The Cathaoirleach declared the resolution CARRIED.

MM/047/2026 NOTICES OF MOTION
Notice of Motion No. 1 - Cllr M. Ní Bhriain
"That Dunmore County Council calls on the Minister for Transport to direct the National Transport
Authority to restore the rural bus service."

On the PROPOSAL of Cllr M. Ní Bhriain, SECONDED by Cllr P. Ó Ceallaigh, the motion
was ADOPTED.

On the PROPOSAL of Cllr A. Lawlor, SECONDED by Cllr C. McGrath:
"That the Council supports the Tidy Towns application."
The Cathaoirleach declared the resolution LOST.
`;

  it('reads a quoted proposal declared carried after its vote, and a notice of motion adopted, not one lost', async () => {
    const result = await read('dunmore.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => oneLine(r.text))).toEqual([
      'That, pursuant to Section 183 of the Local Government Act 2001, the disposal of land at Knockaun to Tallow Engineering Ltd for €118,000 be approved.',
      'That Dunmore County Council calls on the Minister for Transport to direct the National Transport Authority to restore the rural bus service.',
    ]);
  });

  it('gives no action for whoever a minister is asked to direct', async () => {
    const result = await read('dunmore.txt', text);
    expect(kinds(result.records, 'action')).toEqual([]);
  });
});
