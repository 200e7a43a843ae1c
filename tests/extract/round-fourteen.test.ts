import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the fourteenth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a US city council as an HTML page', () => {
  const html = `<html><body><main>
<h1>CITY OF ALDER BAY</h1><p>MINUTES - REGULAR MEETING OF THE CITY COUNCIL - Tuesday, April 14, 2026</p>
<h3>6. CONSENT CALENDAR</h3>
<table class="consent">
<tr><td>6.A</td><td>Approve the minutes of the regular meeting of March 24, 2026.</td></tr>
<tr><td>6.B</td><td>Approve the purchase of a street sweeper from Coast Fleet in the amount of $298,000.</td></tr>
<tr><td>6.C</td><td>Approve an agreement with Reyes Engineering and authorize the City Manager to execute it.</td></tr>
</table>
<p>Councilmember Lee requested that Item 6.C be pulled for separate discussion.</p>
<p>A motion was made by Councilmember Ortiz, seconded by Mayor Pro Tem Bell, to approve the Consent Calendar, Items 6.A through 6.C, with the exception of Item 6.C.</p>
<table><tr><td>Ayes:</td><td>Bell, Lee, Ortiz, Tran</td></tr><tr><td>Absent:</td><td>Wu</td></tr></table>
<p>Motion carried 4-0-1</p>
<h3>9. STUDY SESSION</h3>
<p>No formal action was taken. By consensus, the Council gave the following direction to staff:</p>
<ul><li>Return to Council by May 26, 2026 with a draft parking ordinance.</li></ul>
</main></body></html>`;

  it('reads a consent table of class "consent" (no cookie banner), the items the motion approved, not the one it excepted', async () => {
    const result = await read('alder.html', html, 'html');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['6.A', '6.B', null]);
    expect(kinds(result.records, 'resolution')[2]!.text).toBe('to approve the Consent Calendar, Items 6.A through 6.C, with the exception of Item 6.C.');
  });

  it('gives the directions listed to staff as actions, and no action for the item not approved', async () => {
    const result = await read('alder.html', html, 'html');
    expect(kinds(result.records, 'action').map((r) => [r.text, r.actor, r.due])).toEqual([['Return to Council by May 26, 2026 with a draft parking ordinance.', 'staff', '2026-05-26']]);
  });
});

describe('consent items named by an action line, and by the motion', () => {
  it('reads "ACTION: Items 5, 6 and 8 approved" and the numbered items after it', async () => {
    const text = `COUNTY OF SAN MIRO\nACTION MINUTES - BOARD OF SUPERVISORS - April 7, 2026\n\nCONSENT CALENDAR (Items 5 - 8)\nACTION: Items 5, 6 and 8 approved as recommended on one motion (Lee/Okafor; 5-0).\n\n5.  Approve agreement with Harlan Paving Co. for the 2026 overlay project.\n\n6.  Receive and file the investment report for the quarter ended March 31, 2026.\n\n7.  (Pulled - see below.)\n\n8.  Proclaim May 2026 as Bike Month.\n`;
    const result = await read('sanmiro.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['5.', '6.', '8.']);
  });

  it('approves only the items a consent motion names one by one', async () => {
    const text = `KETTLE COUNTY COMMISSION\nMinutes of the meeting held on March 17, 2026\n\n6. CONSENT AGENDA\n   A. Accounts payable warrants totaling $1,284,917.46\n   B. Renewal of the software maintenance agreement, $42,300\n   C. Agreement with Northway Fleet Services, not to exceed $96,400\n\nCommissioner Holbrook asked that Item 6.C be removed from the consent agenda.\n\nCommissioner Esquibel moved to approve Consent Agenda Items 6.A and 6.B as presented. Seconded by Commissioner Okafor.\nMotion carried 5-0.\n`;
    const result = await read('kettle.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['A.', 'B.', null]);
  });
});

describe('English committee minutes', () => {
  it('reads "RECOMMENDED TO FULL COUNCIL:" and its lettered list, and nothing from "For information only – no decision required"', async () => {
    const text = `HOUSING COMMITTEE\nMinutes of the meeting held on 24 February 2026\n\nRESOLVED: For information only – no decision required.\n\nRECOMMENDED TO FULL COUNCIL: That the Council\n\n(a) adopts the revised Allocations Scheme, with effect from 1 July 2026; and\n\n(b) delegates authority to the Director of Housing to make minor changes to the scheme.\n`;
    const result = await read('housing.txt', text);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '(a)'],
      ['recommendation', '(b)'],
    ]);
  });

  it('tasks "Officers to ..." and "The Director agreed to ...", and not another body\'s earlier agreement', async () => {
    const text = `HOUSING COMMITTEE\nMinutes of the meeting held on 24 February 2026\n\nMembers were reminded that the Policy Committee had, on 3 February 2026, agreed that the scheme should give priority to care leavers.\n\nThe Director agreed to circulate a breakdown of void numbers before the next meeting.\n\nOfficers to arrange a drop-in session at Calloway House before the end of March 2026.\n`;
    const result = await read('housing2.txt', text);
    expect(result.records.map((r) => [r.kind, r.actor])).toEqual([
      ['action', 'The Director'],
      ['action', 'Officers'],
    ]);
  });

  it('dates a record of decisions by its title lines, not by the minutes it confirms or a later Council meeting', async () => {
    const text = `PENWERN COUNTY COUNCIL\nRECORD OF DECISIONS - CABINET\n\nTuesday, 10 February 2026 at 10.00 am\n\n3.   MINUTES OF THE MEETING HELD ON 13 JANUARY 2026\n     Decision:\n     That the minutes of the meeting of the Cabinet held on 13 January 2026\n     be confirmed as a correct record.\n\n4.   BUDGET\n     Decision:\n     Cabinet recommends that Council, at its meeting on 26 February 2026, approves the budget.\n`;
    const result = await read('penwern.txt', text);
    expect(result.meta.date).toBe('2026-02-10');
    expect(result.records[0]!.kind).toBe('decision');
    expect(oneLine(result.records[0]!.text)).toBe('the minutes of the meeting of the Cabinet held on 13 January 2026 be confirmed as a correct record.');
  });
});

describe('informal parish minutes', () => {
  const text = `HAMBURY PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Monday 9th March 2026

1. Apologies
Cllr Tess Pryor sent apologies (work) and these were accepted by all.

4. Matters arising
- Dog bin, Mill Lane: still not replaced despite two reminders. Clerk to chase
  the District Council again.
- Hedge: Clerk to write to the landowner - done.

8. Finance
a) Payments - the following payments were approved:
     K. Whitlow - Clerk's salary, March                       £468.20
     HMRC - PAYE/NI, March                                    £117.05
                                                   Total     £585.25
   Proposed Cllr Oakes, seconded Cllr Fenwick, all in favour.

b) Hambury Juniors FC asked for £500. It was agreed to give £300 from the grants budget (S137).

c) Proposed Cllr Hale, seconded Cllr Oakes, all in favour: that the Clerk's hours go up from 6 to 8
   hours a week from 1st April 2026.

d) A motion to lay the item on the table was carried. The item be laid on the table until May.
`;

  it('reads apologies accepted, the payments list to its total, a grant given, and a proposal carried before its words', async () => {
    const result = await read('hambury.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['Cllr Tess Pryor sent apologies (work) and these were accepted by all.', true],
      ["the following payments were approved: K. Whitlow - Clerk's salary, March £468.20 HMRC - PAYE/NI, March £117.05 Total £585.25", false],
      ['It was agreed to give £300 from the grants budget (S137).', false],
      ["that the Clerk's hours go up from 6 to 8 hours a week from 1st April 2026.", false],
    ]);
  });

  it('keeps a step set after a matter-arising report, not the report of last meeting\'s task', async () => {
    const result = await read('hambury.txt', text);
    expect(kinds(result.records, 'action').map((r) => oneLine(r.text))).toEqual(['Clerk to chase the District Council again.']);
  });
});
