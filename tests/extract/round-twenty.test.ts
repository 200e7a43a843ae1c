import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twentieth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('US city council action minutes', () => {
  const text = `<h1>CITY OF PALO VERDE — CITY COUNCIL ACTION MINUTES</h1>
<p>Regular Meeting — Tuesday, May 5, 2026</p>
<h2>7. CONSENT CALENDAR</h2>
<p>Motion by Councilmember Ruiz, seconded by Vice Mayor Chen, to approve the Consent Calendar with the exception of Item 7.3.<br>Vote: 5-0</p>
<p>7.1 Approve the minutes of the Regular Meeting of April 21, 2026.</p>
<p>7.2 Award a contract to Sierra Striping, Inc. in the amount of $96,400 for the 2026 Crosswalk Program.</p>
<p>7.3 Agreement with Metro Towing — pulled; see below.</p>
<h2>9. ORDINANCES</h2>
<p>Motion by Councilmember Ames, seconded by Councilmember Ruiz, to waive further reading and adopt Ordinance No. 1201 regulating short-term rentals.<br>AYES: Ames, Chen, Ruiz, Varga NOES: Lopez ABSENT: None</p>
<h2>10. NEW BUSINESS</h2>
<p>Action: Adopted Resolution No. 2026-044 authorizing submittal of a grant application and authorizing the Public Works Director to execute all grant documents.<br>(Moved: Ames / Second: Chen / Vote: 5-0)</p>
<p>Motion by Councilmember Lopez, seconded by Councilmember Varga, to direct staff to prepare a ban on gas leaf blowers.<br>Vote: 2-3 (No: Ames, Chen, Ruiz). MOTION FAILED.</p>
`;

  it('reads a motion whose outcome is only its vote ("Vote: 5-0", "AYES: ... NOES: ..."), nothing for "Vote: 2-3 ... MOTION FAILED", the consent items numbered 7.1 under the motion but the one it excepts, and an "Action: Adopted Resolution No. ..." paragraph', async () => {
    const result = await read('palo-verde.html', text, 'html');
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      [null, 'to approve the Consent Calendar with the exception of Item 7.3.'],
      ['7.1', 'Approve the minutes of the Regular Meeting of April 21, 2026.'],
      ['7.2', 'Award a contract to Sierra Striping, Inc. in the amount of $96,400 for the 2026 Crosswalk Program.'],
      ['1201', 'to waive further reading and adopt Ordinance No. 1201 regulating short-term rentals.'],
      [null, 'Adopted Resolution No. 2026-044 authorizing submittal of a grant application and authorizing the Public Works Director to execute all grant documents.'],
    ]);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['the Public Works Director']);
  });
});

describe('a Welsh cabinet record of decisions', () => {
  it('ends a decision list before the next item\'s numbered title in capitals, and reads "Decision: RECOMMENDED to Council that:" as recommendations', async () => {
    const text = `RECORD OF DECISIONS - CABINET - 17 JUNE 2026

-----------------------------------------------------------------------
4.  NEW PRIMARY SCHOOL AT MAES-Y-FFIN
-----------------------------------------------------------------------
Decision:
    1.  The full business case be approved.
    2.  Authority be delegated to the Head of Legal Services to appropriate the depot site.

Reason for decision:
    To meet demand for places.

Key decision:  Yes
Call-in:       This decision may be implemented after 5.00pm on 26 June 2026.

-----------------------------------------------------------------------
3.  COUNCIL TAX PREMIUMS ON SECOND HOMES
-----------------------------------------------------------------------
Decision:
    RECOMMENDED to Council that:
    (1) with effect from 1 April 2027, a premium of 100% be charged on second homes; and
    (2) the Head of Revenues be authorised to publish notice of the determination.

Reason for decision:
    To bring empty homes back into use.
`;
    const result = await read('record.txt', text);
    expect(result.records.map((r) => [r.kind, r.label, oneLine(r.text)])).toEqual([
      ['decision', '1.', 'The full business case be approved.'],
      ['decision', '2.', 'Authority be delegated to the Head of Legal Services to appropriate the depot site.'],
      ['action', null, 'Authority be delegated to the Head of Legal Services to appropriate the depot site.'],
      ['recommendation', '(1)', 'with effect from 1 April 2027, a premium of 100% be charged on second homes;'],
      ['recommendation', '(2)', 'the Head of Revenues be authorised to publish notice of the determination.'],
    ]);
  });
});

describe('New Zealand and Irish committee minutes', () => {
  it('reads a "Follow-up | Owner | Due" table as actions, and "the debate on Item 10 be adjourned" as no record', async () => {
    const text = `# Minutes of the Roading Committee

## 10. Seal Extension Policy

Moved: Cr Naidu / Seconded: Cr Brierley

That the debate on Item 10 be adjourned and the item be considered at the Committee meeting on 12 May 2026.

**CARRIED**

## 13. Follow-ups

| # | Follow-up | Owner | Due |
|---|---|---|---|
| 1 | Reply in writing to Mr Ashby about the footpath | Transport Manager | 31 March 2026 |
| 2 | Circulate the map of speed sites | Democracy Advisor | Next week |
`;
    const result = await read('nz.md', text, 'md');
    expect(result.records.map((r) => [r.kind, oneLine(r.text), r.actor])).toEqual([
      ['action', 'Reply in writing to Mr Ashby about the footpath', 'Transport Manager'],
      ['action', 'Circulate the map of speed sites', 'Democracy Advisor'],
    ]);
  });

  it('reads "Proposed by A, Seconded by B, and agreed:" over a quoted resolution, minutes "confirmed on the proposal of ...", a meeting date agreed in the passive as a resolution, and stops an ACTIONS list at the next numbered item', async () => {
    const text = `MINUTES OF THE MONTHLY MEETING OF THE DUNMORE MUNICIPAL DISTRICT HELD ON 10TH MARCH, 2026

1. CONFIRMATION OF MINUTES

(a) Proposed by Cllr Moran, Seconded by Cllr Kehoe, and agreed:
"That the minutes of the Monthly Meeting held on 10th February, 2026, be confirmed and signed."

(b) The minutes of the Special Meeting held on 24th February, 2026, were confirmed on the proposal of Cllr Byrne, seconded by Cllr Walsh.

6. ROADS
ACTIONS:
- District Engineer to circulate the list of roads to all Members by 20th March, 2026.
7. DISPOSAL OF LAND - SECTION 183
(a) Circulated, notice dated 16th February, 2026, concerning the disposal of land at Church Road.

10. ANY OTHER BUSINESS
On the proposal of the Cathaoirleach, it was agreed that the April meeting be held in the Community Centre on Tuesday, 14th April, 2026.
`;
    const result = await read('dunmore.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text), r.procedural])).toEqual([
      ['resolution', 'That the minutes of the Monthly Meeting held on 10th February, 2026, be confirmed and signed.', true],
      ['resolution', 'The minutes of the Special Meeting held on 24th February, 2026, were confirmed', true],
      ['action', 'District Engineer to circulate the list of roads to all Members by 20th March, 2026.', false],
      ['resolution', 'it was agreed that the April meeting be held in the Community Centre on Tuesday, 14th April, 2026.', false],
    ]);
  });
});

describe('fire authority minutes', () => {
  it('reads "It was agreed that the Treasurer would provide ..." under matters arising as an action agreed now', async () => {
    const text = `EASTMOOR COMBINED FIRE AUTHORITY
Minutes of the meeting held on 23 March 2026

15/26  MATTERS ARISING

The Deputy Chief Fire Officer confirmed that the on-call pay review was linked to the national talks.

It was agreed that the Treasurer would provide Members with a breakdown of the pension contribution changes before the budget briefing on 27 April 2026.
`;
    const result = await read('fire.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['the Treasurer', '2026-04-27']]);
  });
});

describe('blind documents as PDF text', () => {
  it('reads minutes whose page printed the site\'s "Agenda Center" breadcrumb above the title', async () => {
    const text = `Home › Government › Agenda Center › Minutes
CITY OF PALO VERDE
CITY COUNCIL ACTION MINUTES
Regular Meeting — Tuesday, May 5, 2026
5. APPROVAL OF THE AGENDA
Motion by Councilmember Ruiz, seconded by Vice Mayor Chen, to approve the agenda as posted.
Vote: 5-0
`;
    const result = await read('palo-verde.txt', text);
    expect(result.meta.doc_type).toBe('minutes');
    expect(result.records.map((r) => oneLine(r.text))).toEqual(['to approve the agenda as posted.']);
  });

  it('keeps "Standing\\nOrder\\n18.1" in its clause, and reads by-laws whose titles wrap at the margin', async () => {
    const text = `MINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL HELD ON 12 MAY 2026
26/050 STANDING ORDERS
RESOLVED:
(i) to adopt the Standing Orders as presented, with the threshold in Standing
Order
18.1 for obtaining three written quotations set at £3,000;
(ii) to re-adopt the Financial Regulations without amendment.

That the following by-laws be read a first, second and third time and
passed:
By-law 2026-041 Being a By-law to amend Zoning By-law 2019-100 to permit
a four-storey
mixed-use building at 1150 Carling Ridge Road
By-law 2026-042 Being a By-law to establish transit fees
CARRIED
`;
    const result = await read('wrapped.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['(i)', 'to adopt the Standing Orders as presented, with the threshold in Standing Order 18.1 for obtaining three written quotations set at £3,000;'],
      ['(ii)', 'to re-adopt the Financial Regulations without amendment.'],
      ['2026-041', 'By-law 2026-041 Being a By-law to amend Zoning By-law 2019-100 to permit a four-storey mixed-use building at 1150 Carling Ridge Road'],
      ['2026-042', 'By-law 2026-042 Being a By-law to establish transit fees'],
    ]);
  });
});
