import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-second blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a US county board of supervisors', () => {
  const text = `COUNTY OF SIERRA VISTA
MINUTES OF THE BOARD OF SUPERVISORS - REGULAR MEETING - APRIL 14, 2026

2. APPROVAL OF AGENDA
On motion of Supervisor Alvarez, seconded by Supervisor Brandt, the Board
approved the agenda as amended to hear Item 9 before Item 8.
Motion carried 5-0.

3. REPORT OUT FROM CLOSED SESSION
  CS-2  Harlow v. County of Sierra Vista: the Board, by a vote of 4-1 (Supervisor Kimura
        dissenting), authorized County Counsel to accept the plaintiff's offer to settle
        the matter for $185,000.

5. CONSENT AGENDA
On motion of Supervisor Brandt, seconded by Supervisor Kimura, the Board
approved the Consent Agenda, Items 5.1 through 5.3, with the exception of
Item 5.2, which was pulled for separate discussion. Motion carried 5-0.

  5.1  Approve the minutes of the regular meeting of March 24, 2026.
  5.2  Approve Amendment No. 2 to Agreement No. 24-217 with Sierra Crest, Inc.
  5.3  Receive and file the Treasurer's Investment Report.

8. ORDINANCES
On motion of Supervisor Lindqvist, seconded by Supervisor Alvarez, the
Board waived full reading and adopted Ordinance No. 1487, An Ordinance Relating
to Accessory Dwelling Units. Motion carried 5-0.
On motion of Supervisor Kimura, seconded by Supervisor Okafor, the
Board introduced the ordinance, waived the first reading, and set the
second reading for May 12, 2026. Motion carried 4-1.

12. ADJOURNMENT
On motion of Supervisor Lindqvist, seconded by Supervisor Brandt, the Board
adjourned at 12:42 p.m. in memory of former Supervisor Harold Nyquist.
`;

  it('reads "On motion of A, seconded by B, the Board approved X." over wrapped lines, with or without "Motion carried", the consent items under it, a closed session reported out, and nothing for an ordinance introduced', async () => {
    const result = await read('sierra.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      [null, 'approved the agenda as amended to hear Item 9 before Item 8.'],
      [null, "authorized County Counsel to accept the plaintiff's offer to settle the matter for $185,000."],
      [null, 'approved the Consent Agenda, Items 5.1 through 5.3, with the exception of Item 5.2, which was pulled for separate discussion.'],
      ['5.1', 'Approve the minutes of the regular meeting of March 24, 2026.'],
      ['5.3', "Receive and file the Treasurer's Investment Report."],
      [null, 'waived full reading and adopted Ordinance No. 1487, An Ordinance Relating to Accessory Dwelling Units.'],
      [null, 'adjourned at 12:42 p.m. in memory of former Supervisor Harold Nyquist.'],
    ]);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['County Counsel']);
  });
});

describe('Irish annual meeting and national park planning committee', () => {
  it('reads an election "declared ... elected" as a resolution (not procedural), a meeting time "at 2.00 p.m." inside its sentence, and "the Cathaoirleach host a civic reception" as an action', async () => {
    const text = `MINUTES OF THE ANNUAL MEETING OF KILMORE COUNTY COUNCIL HELD ON 19TH JUNE 2026

1. Election of Cathaoirleach
Councillor Áine Ní Bhriain was proposed by Councillor Moran and seconded by Councillor Daly.
The Meetings Administrator declared Councillor Áine Ní Bhriain elected Cathaoirleach of Kilmore County Council for the year 2026/2027.

8. Schedule of Meetings
On the proposal of Councillor Walsh, seconded by Councillor Daly, it was agreed that ordinary meetings of the Council be held on the second Monday of each month at 2.00 p.m., with no meeting in August.

10. Votes of Congratulation
On the proposal of Councillor Cahalane, seconded by Councillor Daly, it was unanimously agreed that a vote of congratulation be extended to the Kilmore Camogie Club, and that the Cathaoirleach host a civic reception for the team.
`;
    const result = await read('kilmore.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['The Meetings Administrator declared Councillor Áine Ní Bhriain elected Cathaoirleach of Kilmore County Council for the year 2026/2027.', false],
      ['it was agreed that ordinary meetings of the Council be held on the second Monday of each month at 2.00 p.m., with no meeting in August.', false],
      ['it was unanimously agreed that a vote of congratulation be extended to the Kilmore Camogie Club, and that the Cathaoirleach host a civic reception for the team.', false],
    ]);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['the Cathaoirleach']);
  });

  it('reads "Cllr A then moved, and Ms B seconded, that permission be granted. On being put to the vote the motion was carried", and nothing for one lost', async () => {
    const text = `# Planning Committee — 8 May 2026

### 36/26 Cragg End

Cllr Raistrick then moved, and Ms Fenwick seconded, that permission be granted. On being put to
the vote the motion was carried (6 for, 3 against, 1 abstention).

### 37/26 Holbeck

Councillor Lomax moved, and Councillor Ellery seconded, that consultation be delayed by six months. On being put to the vote the motion was lost.

### 38/26 Performance

The Commissioner of Finance agreed to provide members with a comparison of water bills before the March 25, 2026 budget meeting.
`;
    const result = await read('park.md', text, 'md');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'permission be granted.'],
      ['action', 'The Commissioner of Finance agreed to provide members with a comparison of water bills before the March 25, 2026 budget meeting.'],
    ]);
  });
});
