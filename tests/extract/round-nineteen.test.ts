import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the nineteenth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a licensing sub-committee notice of determination', () => {
  const text = `MARSHGATE BOROUGH COUNCIL
NOTICE OF DETERMINATION: REVIEW OF A PREMISES LICENCE

Licensing Sub-Committee

Date of hearing:        Tuesday 3 February 2026, 2.00pm, Committee Room 1

-------------------------------------------------------------------------
4. DECISION
-------------------------------------------------------------------------

4.1  Having heard the parties and read the representations, the Sub-Committee has determined
     to take the following steps, which it considers appropriate and proportionate:

     (A) to add the following conditions to the licence:
           1. Door staff shall be on duty from 20:00 on Fridays and Saturdays.
           2. The outside area shall be cleared by 22:00;

     (B) to reduce the hours for late night refreshment to 23:30 every day; and

     (C) to ask the Licensing Manager to inspect the premises within six weeks.

4.2  Step (B) also ends the recorded music an hour earlier.

-------------------------------------------------------------------------
5. REASONS
-------------------------------------------------------------------------
5.1  The Sub-Committee considered revocation but found it disproportionate.
`;

  it('takes the steps listed under a long "has determined to take the following steps:" lead-in, the numbered conditions nested in (A) as part of it, past a rule line under the heading', async () => {
    const result = await read('licensing.txt', text);
    expect(kinds(result.records, 'decision').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['(A)', 'to add the following conditions to the licence: 1. Door staff shall be on duty from 20:00 on Fridays and Saturdays. 2. The outside area shall be cleared by 22:00;'],
      ['(B)', 'to reduce the hours for late night refreshment to 23:30 every day;'],
      ['(C)', 'to ask the Licensing Manager to inspect the premises within six weeks.'],
    ]);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['the Licensing Manager']);
  });

  it('reads no body from "Date of hearing: Tuesday 3 February 2026"', async () => {
    const result = await read('licensing.txt', text);
    expect(result.meta.body).toBe('Licensing Sub-Committee');
  });
});

describe('a cabinet member decision record with an implementation table', () => {
  it('reads each row of a "Step | Lead officer | Target date" table as an action', async () => {
    const text = `# Record of Decision by the Cabinet Member for Waste

Decision reference: 26/00071

## Decision

I agree to:

1. approve the new garden waste collection rounds; and
2. delegate authority to the Head of Waste to agree the vehicle leases.

## Implementation

| Step | Lead officer | Target date |
|---|---|---|
| Write to every subscriber about the new rounds | Waste Services Manager | 30 April 2026 |
| Sign the vehicle leases | Head of Waste | by 15 May 2026 |
`;
    const result = await read('record.md', text, 'md');
    expect(kinds(result.records, 'action').map((r) => [oneLine(r.text), r.actor])).toEqual([
      ['delegate authority to the Head of Waste to agree the vehicle leases.', 'the Head of Waste'],
      ['Write to every subscriber about the new rounds', 'Waste Services Manager'],
      ['Sign the vehicle leases', 'Head of Waste'],
    ]);
  });
});

describe('Canadian council minutes with amendments and by-laws', () => {
  const text = `TOWN OF CEDAR NARROWS
MINUTES OF THE REGULAR MEETING OF COUNCIL, MAY 4, 2026

6.1  Report FIN-2026-11, Recreation Fees

     Moved by Councillor Aubin, Seconded by Councillor Price,
     That Council approve the 2026 recreation fee schedule as set out in Report FIN-2026-11.

     Amendment:
     Moved by Councillor Lavoie, Seconded by Councillor Aubin,
     That the motion be amended by adding "except that seniors' swim fees remain unchanged".
                                                                                     CARRIED

     The main motion, as amended, was then put:
     That Council approve the 2026 recreation fee schedule as set out in Report FIN-2026-11, except
     that seniors' swim fees remain unchanged.
                                                                                     CARRIED

9.   BY-LAWS

     Moved by Councillor Price, Seconded by Councillor Lavoie,
     That the following by-laws be read a first, second and third time and passed:

     By-law 2026-031   Being a By-law to appoint a Deputy Fire Chief
     By-law 2026-032   Being a By-law to authorize an agreement with the Cedar Narrows
                       Curling Club for the use of the arena
                                                                                     CARRIED

     Moved by Councillor Aubin, Seconded by Councillor Price,
     That the following by-laws be read a first and second time:

     By-law 2026-033   Being a By-law to stop up a portion of Mill Lane
                                                                                     CARRIED
`;

  it('reads the motion as amended, not as first moved, and each by-law passed as its own resolution', async () => {
    const result = await read('cedar.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      [null, "Council approve the 2026 recreation fee schedule as set out in Report FIN-2026-11, except that seniors' swim fees remain unchanged."],
      [null, 'the following by-laws be read a first, second and third time and passed:'],
      ['2026-031', 'By-law 2026-031 Being a By-law to appoint a Deputy Fire Chief'],
      ['2026-032', 'By-law 2026-032 Being a By-law to authorize an agreement with the Cedar Narrows Curling Club for the use of the arena'],
    ]);
  });
});

describe('parish and integration joint board minutes', () => {
  it('reads apologies "received from Cllr D. Quaile ..., and these were accepted" over a line break, and "The schedule of payments ... was approved" without its movers', async () => {
    const text = `WESTLEY PARISH COUNCIL
Minutes of the meeting held on 9 June 2026

26/061  APOLOGIES
Apologies were received from Cllr R. Tamsin (holiday), and these were accepted
by the Council.

26/062  FINANCE
a) The schedule of payments for June, totalling £1,904.10, was approved for
   payment (proposed Cllr Hale, seconded Cllr Booth, all in favour).

26/063  SPEEDWATCH
Cllr Booth offered to find out the cost of a speed indicator device and to report back in July.
`;
    const result = await read('westley.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['Apologies were received from Cllr R. Tamsin (holiday), and these were accepted by the Council.', true],
      ['The schedule of payments for June, totalling £1,904.10, was approved for payment', false],
    ]);
    expect(kinds(result.records, 'action').map((r) => [oneLine(r.text), r.actor])).toEqual([
      ['Cllr Booth offered to find out the cost of a speed indicator device and to report back in July.', 'Cllr Booth'],
    ]);
  });

  it('reads a board named in full agreeing ("The Integration Joint Board agreed to note ...", "agreed the recommendations ..."), the minute approved without its movers, the exclusion as procedural with no action, and a continued item as nothing', async () => {
    const text = `<h1>Minute of Meeting of the Glenmoor Integration Joint Board</h1>
<p>Held on 11 February 2026</p>
<h2>2. Minute of Previous Meeting</h2>
<p>The minute of the meeting of the Integration Joint Board held on 10 December 2025 was submitted and approved as a correct record, on the motion of Councillor Rennie, seconded by Mrs Cowie.</p>
<h2>5. Audit Committee Minute</h2>
<p>The Integration Joint Board agreed to note the minute.</p>
<h2>6. Exclusion of the Public</h2>
<p>The Integration Joint Board agreed that the public be excluded from the meeting for the following item of business on the grounds that it involved exempt information.</p>
<h2>7. Care Home Rates</h2>
<p>The Integration Joint Board agreed the recommendations set out in the report, subject to the uplift being limited to 5%.</p>
<h2>8. Day Services Review</h2>
<p>The Integration Joint Board agreed to continue consideration of the report to its next meeting on 8 April 2026.</p>
`;
    const result = await read('ijb.html', text, 'html');
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['The minute of the meeting of the Integration Joint Board held on 10 December 2025 was submitted and approved as a correct record', true],
      ['The Integration Joint Board agreed to note the minute.', false],
      ['The Integration Joint Board agreed that the public be excluded from the meeting for the following item of business on the grounds that it involved exempt information.', true],
      ['The Integration Joint Board agreed the recommendations set out in the report, subject to the uplift being limited to 5%.', false],
    ]);
    expect(kinds(result.records, 'action')).toEqual([]);
  });
});

describe('a US school board consent agenda', () => {
  it('reads the items a motion "to approve the consent agenda as amended, as follows:" lists, each with its nested lines, leaving out one "Removed for separate action", and treats "to table ... to the April 13 meeting" as no record', async () => {
    const text = `# Pine Hollow Community School District — Board of Education

## Minutes of the Regular Meeting, March 9, 2026

### 7. Consent Agenda

Motion by Lee, second by Ortiz, to approve the consent agenda as amended, as follows:

- **A.** Minutes of the regular meeting of February 9, 2026.
- **B.** Personnel report:
  - Resignation: Ann Cole, Grade 2 teacher, effective June 5, 2026.
  - Employment: Raj Patel, bus driver, effective March 10, 2026.
- **C.** *Removed for separate action; see item 7.1.*
- **D.** Payment of bills for March 2026 in the amount of $412,300.55.

Motion carried 5-0.

### 10. Resolution No. 2026-04, Declaring Surplus Property

> NOW, THEREFORE, BE IT RESOLVED by the Board of Education that the two 2010 buses are declared surplus.

Motion by Ortiz, second by Lee, to adopt Resolution No. 2026-04. Motion carried 5-0.

Motion by Lee, second by Ortiz, to table the proposed activity fee schedule to the April 13, 2026 regular meeting. Motion carried 5-0.
`;
    const result = await read('pine.md', text, 'md');
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text), r.procedural])).toEqual([
      // (The motion "... as follows:" only introduces its items: their lead-in, no record of its own; round 33.)
      ['A.', 'Minutes of the regular meeting of February 9, 2026.', true],
      ['B.', 'Personnel report: - Resignation: Ann Cole, Grade 2 teacher, effective June 5, 2026. - Employment: Raj Patel, bus driver, effective March 10, 2026.', false],
      ['D.', 'Payment of bills for March 2026 in the amount of $412,300.55.', false],
      [null, 'the two 2010 buses are declared surplus.', false],
    ]);
  });
});

describe('the same documents as PDF text (no blank lines, headings wrapped)', () => {
  it('reads a report as minutes from an appendix heading wrapped onto two lines and run on into the sentence under it', async () => {
    const text = `REPORT TO COUNCIL
Report of the Audit Committee, 5 March 2026
1. Recommendations
That Council approves the revised Financial Regulations.

Appendix A – Decisions taken by the Audit Committee under
delegated powers, 5 March 2026
The following matters were decided by the Committee itself and are reported for information only.
41 Internal Audit Plan 2026/27
RESOLVED that the Internal Audit Plan 2026/27 be approved.
`;
    const result = await read('report.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => oneLine(r.text))).toEqual(['the Internal Audit Plan 2026/27 be approved.']);
  });

  it('reads apologies "received from ... and these were accepted" wrapped over two lines', async () => {
    const text = `MINUTES OF THE PARISH COUNCIL MEETING HELD ON 10 MARCH 2026

26/045 Apologies for absence

Apologies had been received from Cllr Fenella Dane (family commitment) and Cllr Arif Mistry
(work) and these were accepted by the Council.
`;
    const result = await read('parish.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text), r.procedural])).toEqual([
      ['resolution', 'Apologies had been received from Cllr Fenella Dane (family commitment) and Cllr Arif Mistry (work) and these were accepted by the Council.', true],
    ]);
  });
});
