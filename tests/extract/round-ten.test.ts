import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the tenth blind round asked for, each on text written for the test.
describe('a bilingual decision notice of several items', () => {
  it('reads each "Penderfyniad / Decision:" section, a recommendation to Council, and a deferred item as none', async () => {
    const text = `CYNGOR SIR Y BRYN / BRYN COUNTY COUNCIL
HYSBYSIAD PENDERFYNIAD / DECISION NOTICE
Y Cabinet / Cabinet
Dyddiad y cyfarfod / Date of meeting: 3 March 2026

Eitem 3 / Item 3
Penderfyniad / Decision:
To approve the minutes of the meeting held on 10 February 2026 as a correct record.

Eitem 4 / Item 4
Penderfyniad / Decision:
1. To note the consultation report.
2. That the Chief Finance Officer (Section 151 Officer) bring a recovery plan to Cabinet in July 2026.

Eitem 5 / Item 5
Argymhelliad i'r Cyngor / Recommendation to Council:
That the Treasury Management Strategy be approved.

Eitem 6 / Item 6
Penderfyniad / Decision:
GOHIRIWYD / DEFERRED. Cabinet deferred the report to its April meeting.
`;
    const result = await read('bryn.txt', text);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['decision', null],
      ['decision', '1.'],
      ['decision', '2.'],
      ['action', null],
      ['recommendation', null],
    ]);
    expect(result.records[3]!.actor).toBe('the Chief Finance Officer');
  });
});

describe('New Zealand resolutions under a number table', () => {
  it('reads "Resolution number | Moved | Seconded" rows and a recommendation to Council under its heading', async () => {
    const html = `<html><body><main><h1>Harbour Community Board</h1><p>Minutes of the meeting held on 10 March 2026</p>
<table><tr><th>Resolution number</th><th>Moved</th><th>Seconded</th></tr><tr><td>HCB/2026/00015</td><td>Member Tipene</td><td>Member Okafor</td></tr></table>
<p>That the Community Board:</p><ol type="a"><li>Receives the report.</li><li>Requests staff to report back by June 2026.</li></ol><p>CARRIED</p>
<h3>Community Board Recommendation to Council</h3><p>Moved</p><p>Chairperson Ruatapu</p><p>Seconded</p><p>Member Faleolo</p>
<p>That the Council:</p><ol type="a"><li>Consults the community on the speed limit.</li></ol><p>CARRIED</p>
</main></body></html>`;
    const result = await read('hcb.html', html, 'html');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'Receives the report.'],
      ['resolution', 'Requests staff to report back by June 2026.'],
      ['action', 'Requests staff to report back by June 2026.'],
      ['recommendation', 'Consults the community on the speed limit.'],
    ]);
  });
});

describe('informal minutes', () => {
  const MINUTES = `MINUTES of the meeting of Glenbrack Community Council held on 10 March 2026

2. Minutes of the meeting of 10 February 2026
The minutes were approved without amendment. Proposed RD, seconded KL.

3. Matters arising / actions from February
- AM to chase Highland Council about the street light - done.
- FM to open a savings account - in progress.

7. Hall
It was agreed to pay the hall hire invoice for January to March (£60).
KL asked about the gala. It was
agreed to book a stall and donate £100.
The Chief Executive was requested to notify the Revenue Commissioners by 30 November 2026.
`;

  it("reads the minutes approved, decisions 'It was agreed to pay ...' as resolutions, and last meeting's actions as none", async () => {
    const result = await read('glenbrack.txt', MINUTES);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'The minutes were approved without amendment.'],
      ['resolution', 'It was agreed to pay the hall hire invoice for January to March (£60).'],
      ['resolution', 'It was agreed to book a stall and donate £100.'],
      ['action', 'The Chief Executive was requested to notify the Revenue Commissioners by 30 November 2026.'],
    ]);
  });
});

describe('Michigan township minutes', () => {
  it('reads a "MOTION: ... SUPPORT: ..." block, a consensus that the Clerk would act, and "Supervisor X was asked to"', async () => {
    const text = `PINE HOLLOW TOWNSHIP BOARD
REGULAR MEETING MINUTES - MARCH 10, 2026

Supervisor Maertens was asked to contact the DNR grants office before the April meeting.

After discussion, it was the consensus of the Board that Clerk Sobczak would request a cost-share proposal.

MOTION: Trustee Wojcik          SUPPORT: Treasurer Dunham
To enter closed session to consult with the Township Attorney.
Roll call vote: Ayes: Dunham, Wojcik. Nays: None. Motion carried 6-0.
`;
    const result = await read('pine-hollow.txt', text);
    expect(result.records.map((r) => [r.kind, r.actor])).toEqual([
      ['action', 'Supervisor Maertens'],
      ['action', 'Clerk Sobczak'],
      ['resolution', null],
    ]);
    expect(result.records[2]!.procedural).toBe(true);
  });
});
