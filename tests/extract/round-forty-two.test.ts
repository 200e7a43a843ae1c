import { describe, expect, it } from 'vitest';
import { matchMarker, markerStyle } from '../../pipeline/readers/markers.ts';
import { addressNumberWrapped } from '../../pipeline/readers/blocks.ts';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the forty-second blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('band council resolutions', () => {
  const bcrs = `BAND COUNCIL RESOLUTION                          Chronological No.: BCR #2026-21

The Chief and Council of the Sandy Narrows First Nation, at a duly convened meeting,
DO HEREBY RESOLVE:

WHEREAS the water plant's technical advisor has recommended that a backup generator be installed; and

WHEREAS funding is available under the capital plan;

THEREFORE Council directs the Band Manager to order a backup generator for the water plant and to
report back to Council no later than June 30, 2026.

Moved by: Councillor A. Moose           Seconded by: Councillor B. Crane
CARRIED

BCR #2026-22   Youth Travel Fund          *** NOT PASSED ***

A draft resolution was presented. The draft read:
   "BE IT RESOLVED THAT Chief and Council approve a youth travel fund of $20,000."
Seconded by Councillor B. Crane. In favour: 2   Opposed: 5.   DEFEATED.
`;

  it('reads the "THEREFORE" words after the recitals of "DO HEREBY RESOLVE:" as the resolution, not a recommendation', async () => {
    const { records } = await read('sandy.txt', bcrs, 'txt');
    const resolutions = kinds(records, 'resolution');
    expect(resolutions.map((r) => oneLine(r.text).slice(0, 41))).toEqual(['Council directs the Band Manager to order']);
    expect(kinds(records, 'recommendation')).toEqual([]);
    expect(kinds(records, 'action').map((a) => [a.actor, a.due])).toEqual([['the Band Manager', '2026-06-30']]);
  });
});

describe('a town council staffing committee', () => {
  const minutes = `# Ashby Magna Town Council – Staffing Committee\n\nMinutes of the meeting held on 3 March 2026

## 5. Pay award

RESOLVED that:

a) the 2025/26 pay award be applied to all staff;
b) the RFO arrange for the award to be paid in the April 2026 payroll.

## 6. New post

Subject to Full Council approving the recommendation on 17 March 2026, the Town Clerk will begin recruitment in April.
`;

  it('reads "the RFO arrange ..." as an action, and a step that waits on another body\'s approval as none', async () => {
    const { records } = await read('ashby.md', minutes, 'md');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['the RFO']);
  });
});

describe('a Canadian council adopting committee reports clause by clause', () => {
  const minutes = `CITY OF LAKE ORRIN - REGULAR MEETING OF COUNCIL - MARCH 9, 2026

Resolution No. CC-2026-061
Moved by Councillor Brandt, Seconded by Councillor Singh
THAT Clause 2 of Report No. 4 of the Planning Committee be amended to read:
    That Council state its intention to designate the former Orrin Mill,
    12 Water Street, under Part IV of the Ontario Heritage Act; and that staff be directed to
    serve the notice of intention to designate within 30 days of this meeting.
                                                                                CARRIED

Resolution No. CC-2026-062
Moved by Councillor Singh, Seconded by Councillor Gauthier
THAT Report No. 2 of the Finance Committee be adopted, namely:
    Clause 1 - That the 2026 transit fares set out in Schedule A be approved, effective May 1, 2026.
    Clause 2 - That the Treasurer be authorized to apply to the Canada Transit Fund for up to $1.1 million.
                                                                                CARRIED

By-law 2026-031    Being a By-law to adopt Amendment No. 12 to the Official Plan.
                   Read a first, second and third time and passed.

By-law 2026-032    Being a By-law to amend Schedule A (Transit Fares) to
                   By-law 2018-040.
                   Read a first, second and third time and passed.

By-law 2026-033    Being a By-law to authorize a lease with the Orrin Rowing Club.
                   Read a first and second time.
`;

  it('does not take a house number starting a wrapped line ("12 Water Street, ...") for a list marker', async () => {
    expect(addressNumberWrapped('to designate the former Orrin Mill,', '12')).toBe(true);
    expect(addressNumberWrapped('Minutes of the last meeting', '3')).toBe(false);
    const { records } = await read('orrin.txt', minutes, 'txt');
    const amended = kinds(records, 'resolution').find((r) => r.label === 'CC-2026-061');
    expect(oneLine(amended!.text)).toMatch(/within 30 days of this meeting\.$/);
    expect(kinds(records, 'action').some((a) => /serve the notice/.test(a.text) && a.actor === 'staff')).toBe(true);
  });

  it('reads "Clause 1 - That ..." under "be adopted, namely:" as a resolution each', async () => {
    expect(matchMarker('    Clause 1 - That the 2026 transit fares be approved.')).toEqual({ marker: 'Clause 1', contentOffset: 15 });
    expect(markerStyle('Clause 2')).toBe('number');
    expect(matchMarker('Clause 3 of Report No. 5 be amended')).toBeNull();
    const { records } = await read('orrin.txt', minutes, 'txt');
    expect(kinds(records, 'resolution').filter((r) => r.label?.startsWith('Clause')).map((r) => r.label)).toEqual(['Clause 1', 'Clause 2']);
  });

  it('reads each by-law read a third time and passed, titled under its number, and not one given two readings', async () => {
    const { records } = await read('orrin.txt', minutes, 'txt');
    const bylaws = kinds(records, 'resolution').filter((r) => r.label?.startsWith('2026-03'));
    expect(bylaws.map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['2026-031', 'Being a By-law to adopt Amendment No. 12 to the Official Plan.'],
      ['2026-032', 'Being a By-law to amend Schedule A (Transit Fares) to By-law 2018-040.'],
    ]);
  });
});

describe('an Irish corporate policy group', () => {
  const minutes = `# Corporate Policy Group – Minutes – 9 February 2026

The Corporate Policy Group agreed to recommend the Annual Service Delivery Plan 2026 to the
full Council for adoption at the March Plenary Meeting.

Following discussion, it was agreed to recommend to the full Council that Standing Orders be
amended as follows:

- (a) that Standing Order 9 be amended to require seven clear days' notice of a motion;
- (b) that Standing Order 22 be amended to limit each contribution to five minutes.
`;

  it('reads "agreed to recommend X to the full Council" and the list under "agreed to recommend to the full Council that ... as follows:" as recommendations', async () => {
    const { records } = await read('cpg.md', minutes, 'md');
    expect(kinds(records, 'recommendation').map((r) => r.label)).toEqual([null, '(a)', '(b)']);
    expect(kinds(records, 'resolution')).toEqual([]);
  });
});

describe('a zoning board of appeals and a register of delegated decisions', () => {
  it('gives no record for a motion to deny a case', async () => {
    const page = `<html><body><h1>Ravenna Township Zoning Board of Appeals – Minutes – April 7, 2026</h1>
<p>Motion by Hsu, supported by Ortiz, to deny Case ZBA-26-09 because the standards of Section 22.05 for a dimensional variance have not been met.</p>
<p>Roll call vote: Yes – Hsu, Ortiz, Reyes. No – none. Motion carried 3-0.</p></body></html>`;
    const { records } = await read('ravenna.html', page, 'html');
    expect(records).toEqual([]);
  });

  it('reads each row of a register of decisions made under delegation as a decision, and none for a row that decided nothing', async () => {
    const register = `# Kelsey Shire Council

## Register of Decisions Made Under Delegation by the Chief Executive Officer

| No. | Decision | Delegate | Date |
|-----|----------|----------|------|
| DD26-014 | Awarded Contract C2026/07 Street Sweeping to Clearway Pty Ltd for $412,000 over two years. | CEO | 9 March 2026 |
| DD26-015 | Request from the Lions Club for a fee waiver for the town hall. Not approved. | CEO | 12 March 2026 |
| DD26-016 | Approved the write-off of 4 sundry debtor accounts totalling $3,118.20 and directed the Manager Finance to report the write-off to the Audit and Risk Committee. | CEO | 20 March 2026 |
`;
    const { records } = await read('kelsey.md', register, 'md');
    expect(kinds(records, 'decision').map((r) => r.label)).toEqual(['DD26-014', 'DD26-016']);
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['the Manager Finance']);
  });
});
