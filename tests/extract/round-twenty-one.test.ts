import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-first blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a combined authority decision notice', () => {
  it('reads each item\'s "Resolved:" list when the notice "sets out the decisions taken", a recommendation to the constituent councils, and nothing for "For information only"', async () => {
    const text = `<h1>Decision notice: Combined Authority Board</h1>
<p>This notice sets out the decisions taken by the Combined Authority Board at its meeting on 10 March 2026.</p>
<h2>Item 5: Adult Skills Fund</h2>
<p>Resolved:</p>
<p>(1) That the Adult Skills Fund allocation of £48.2 million be approved.</p>
<p>(2) That authority be delegated to the Chief Executive to award grant agreements.</p>
<h2>Item 7: Design Code</h2>
<p>Resolved:</p>
<p>That the Board recommends to each of the five constituent councils that they adopt the Design Code.</p>
<h2>Item 10: Performance Report</h2>
<p>Resolved:</p>
<p>For information only – no decision required.</p>
`;
    const result = await read('notice.html', text, 'html');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['decision', 'the Adult Skills Fund allocation of £48.2 million be approved.'],
      ['decision', 'authority be delegated to the Chief Executive to award grant agreements.'],
      ['action', 'authority be delegated to the Chief Executive to award grant agreements.'],
      ['recommendation', 'the Board recommends to each of the five constituent councils that they adopt the Design Code.'],
    ]);
  });
});

describe('Northern Ireland committee minutes', () => {
  const text = `ENVIRONMENT AND REGENERATION COMMITTEE
Minutes of the meeting held on 12th February 2026

ER20/26   Recycling Centre Opening Hours

Proposed by Councillor McAleer
Seconded by Councillor Hegarty

That the Committee approves Option B, with extended weekday opening hours.

Amendment
Proposed by Alderman Kerr
Seconded by Councillor Reid

That the Committee approves Option C.

The Chairperson declared the amendment lost. The substantive proposal was then put
to the meeting and declared carried.

ER22/26   Sperrin Trail

Proposed by Councillor Donaghy
Seconded by Councillor Cassidy and

Agreed: that officers carry out a condition survey of waymarking on the trail.

ER25/26   Revenue Estimates 2026/27

The Committee agreed to recommend to the Council that the net revenue estimates of £14,862,300 be approved.

ER26/26   Leisure Centre Fees

The Committee agreed that the revised fees and charges for Cloncarra Leisure Centre set out at Appendix 3 be adopted with effect from 1st April 2026.
`;

  it('reads a substantive proposal "declared carried" after the amendment "declared lost" in the same sentence run, "Agreed: that ...", and "agreed to recommend to the Council that ..." as a recommendation', async () => {
    const result = await read('ni.txt', text);
    expect(result.records.filter((r) => r.kind !== 'action').map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'the Committee approves Option B, with extended weekday opening hours.'],
      ['resolution', 'officers carry out a condition survey of waymarking on the trail.'],
      ['recommendation', 'the net revenue estimates of £14,862,300 be approved.'],
      ['resolution', 'The Committee agreed that the revised fees and charges for Cloncarra Leisure Centre set out at Appendix 3 be adopted with effect from 1st April 2026.'],
    ]);
  });

  it('tasks nobody with fees "be adopted", however long the subject', async () => {
    const result = await read('ni.txt', text);
    expect(kinds(result.records, 'action').map((r) => oneLine(r.text))).toEqual(['officers carry out a condition survey of waymarking on the trail.']);
  });
});

describe('Scottish full council and Victorian council minutes', () => {
  it('reads no record from a motion "submitted in terms of Standing Order 16" in quotes, nor from "To remit ... to the Committee for consideration", and reads "The Council, under Section 50A(4) ..., excluded the public" as procedural', async () => {
    const text = `<h1>Minute of Meeting of Lomondvale Council</h1>
<p>Held on 19 March 2026</p>
<h2>5. Taxi Fares Review</h2>
<h3>Decision</h3>
<p>To remit the report to the Regulatory Committee for further consideration on 14 April 2026.</p>
<h2>7. Motion by Councillor Nairn - Rural Bus Services</h2>
<p>The following motion by Councillor Nairn was submitted in terms of Standing Order 16:</p>
<p>"Council:</p>
<p>1) Agrees to create a Rural Bus Fund of £400,000.</p>
<p>2) Instructs the Executive Director of Place to bring proposals for the Fund to the next Committee."</p>
<p>On a roll call the motion fell.</p>
<h2>9. Resolution to Consider in Private</h2>
<p>The Council, under Section 50A(4) of the Local Government (Scotland) Act 1973, excluded the public from the meeting during consideration of the following item.</p>
`;
    const result = await read('lomondvale.html', text, 'html');
    expect(result.records.map((r) => [r.kind, oneLine(r.text), r.procedural])).toEqual([
      ['resolution', 'The Council, under Section 50A(4) of the Local Government (Scotland) Act 1973, excluded the public from the meeting during consideration of the following item.', true],
    ]);
  });

  it('reads an alternate motion that "became the COUNCIL RESOLUTION and was CARRIED", and a hyphenated office tasked in the subjunctive ("that the Secretary-Treasurer provide ...")', async () => {
    const text = `WOORINDAL SHIRE COUNCIL - ORDINARY MEETING - 24 MARCH 2026

8.2 KERBSIDE GLASS

ALTERNATE MOTION
Moved Cr Munro, Seconded Cr Santos
That Council:
1.  Endorses Option 3, a network of staffed glass drop-off points, as a 12 month trial;
2.  Requests the Chief Executive Officer to report to Council on the trial by 31 August 2027.

A division was called by Cr Kulkarni.
For:      Crs Munro, Santos, Gallagher
Against:  Crs Kulkarni, Dimitriou
The alternate motion became the COUNCIL RESOLUTION and was CARRIED.

9.4 Remuneration Review
2026-051
MOVED/SECONDED (Lindqvist/Tsang)
THAT the Board establish a Remuneration Review Committee, and that the Secretary-Treasurer provide comparative data to the Committee by May 31, 2026.
                                                                                      CARRIED
`;
    const result = await read('woorindal.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['1.', 'Endorses Option 3, a network of staffed glass drop-off points, as a 12 month trial;'],
      ['2.', 'Requests the Chief Executive Officer to report to Council on the trial by 31 August 2027.'],
      ['2026-051', 'the Board establish a Remuneration Review Committee, and that the Secretary-Treasurer provide comparative data to the Committee by May 31, 2026.'],
    ]);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([
      ['the Chief Executive Officer', '2027-08-31'],
      ['the Secretary-Treasurer', '2026-05-31'],
    ]);
  });

  it('reads "That the Board\'s Terms of Reference be amended ... to: (i) ... (ii) ..." as one clause', async () => {
    const text = `# Health and Wellbeing Board

## 8. Board Governance

RESOLVED: That the Board recommends to Council that the Board's Terms of Reference be amended, as set out in Appendix A, to:

(i) add the Chief Executive of the Council for Voluntary Service as a voting member;

(ii) reduce the quorum from six to five members.
`;
    const result = await read('hwb.md', text, 'md');
    expect(result.records.map((r) => [r.kind, r.label])).toHaveLength(1);
  });
});
