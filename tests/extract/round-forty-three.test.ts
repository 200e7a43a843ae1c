import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the forty-third blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a Scottish area committee minute', () => {
  const minute = `MINUTE of MEETING of the GLENDARA AREA COMMITTEE held on 10 March 2026

1.     MINUTE

There was submitted and approved as a correct record the minute of the meeting of the Glendara Area
Committee held on 13 January 2026.

2.     POLICE SCOTLAND UPDATE

Inspector Lamont gave an update on policing in the area. Inspector Lamont agreed to circulate the
figures for the A92 to all members before the next meeting.

3.     BUS SHELTERS

Councillor Reid, seconded by Councillor Moss, moved that the Committee:-

(a)    note the report; and

(b)    request the Executive Director (Place) to retain all six shelters.

Councillor Hart, seconded by Councillor Young, moved as an amendment that the Committee note the report
and agree the removal of two shelters as proposed.

On a division, there voted for the motion 2 and for the amendment 6, and the amendment was accordingly
declared carried.

4.     TRAFFIC ORDER

Decision

The Committee:-

(1)    noted the objections; and

(2)    agreed to refer the report to the Environment Committee on 2 April 2026 for determination.

5.     EXCLUSION OF PRESS AND PUBLIC

The Committee resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the
press and public from the meeting for the following item of business.
`;

  it('reads the minute "submitted and approved as a correct record" and the public excluded "under Section 50A(4)" as procedural resolutions', async () => {
    const { records } = await read('glendara.txt', minute, 'txt');
    const procedural = kinds(records, 'resolution').filter((r) => r.procedural);
    expect(procedural.map((r) => oneLine(r.text).slice(0, 40))).toEqual(['There was submitted and approved as a co', 'The Committee resolved under Section 50A']);
  });

  it('gives nothing for a motion whose amendment "was accordingly declared carried", nor for a clause that refers the report on', async () => {
    const { records } = await read('glendara.txt', minute, 'txt');
    expect(records.some((r) => /retain all six shelters/.test(r.text))).toBe(false);
    expect(records.some((r) => /agreed to refer the report/.test(r.text))).toBe(false);
    expect(records.some((r) => /noted the objections/.test(r.text))).toBe(true);
  });

  it('reads "Inspector Lamont agreed to circulate ..." as an action of the Inspector', async () => {
    const { records } = await read('glendara.txt', minute, 'txt');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['Inspector Lamont']);
  });
});

describe('US boards: outcomes printed "ADOPTED — Ayes: 8", and a Village President authorised', () => {
  it('reads a motion carried by an "ADOPTED — Ayes: ..." line, on its own line or after the motion', async () => {
    const minutes = `# Valley Transit Authority – Board of Directors – Minutes, May 21, 2026

### 4. Title VI

Director Brandt moved, seconded by Director Osei, to approve the 2026 Title VI Program Update. **ADOPTED** — Ayes: 8; Noes: 0; Absent: 1.

### 8. Adjournment

Director Whitcomb moved, seconded by Director Ybarra, to adjourn the meeting.
**ADOPTED** — Ayes: 8; Noes: 0; Absent: 1.
`;
    const { records } = await read('valley.md', minutes, 'md');
    expect(kinds(records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['to approve the 2026 Title VI Program Update.', false],
      ['to adjourn the meeting.', true],
    ]);
  });

  it('reads "and authorizing the Village President to execute the contract" as the Village President\'s action', async () => {
    const page = `<html><body><h1>Village of Elm Hollow – Board of Trustees – Minutes – March 16, 2026</h1>
<p>Motion by Trustee Tillis, seconded by Trustee Kowal, to adopt Resolution No. 2026-R-11, A Resolution Approving a Contract with Halvorsen Paving Co. for the 2026 Street Resurfacing Program, and authorizing the Village President to execute the contract on behalf of the Village.</p>
<p>Roll call vote: Ayes: Amundsen, Bittner, Delgado. Nays: None. Motion carried 3-0.</p>
</body></html>`;
    const { records } = await read('elm.html', page, 'html');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['the Village President']);
  });
});

describe('a New Zealand council', () => {
  it('reads "The Mayor asked the Group Manager Infrastructure to circulate ..." as an action with its date', async () => {
    const minutes = `# Tararoa District Council – Long Term Plan Deliberations – 19 May 2026

The Mayor asked the Group Manager Infrastructure to circulate the revised capital programme to all elected members by Friday 22 May 2026.
`;
    const { records } = await read('tararoa.md', minutes, 'md');
    expect(kinds(records, 'action').map((a) => [a.actor, a.due])).toEqual([['the Group Manager Infrastructure', '2026-05-22']]);
  });
});
