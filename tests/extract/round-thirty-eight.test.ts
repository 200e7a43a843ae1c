import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-eighth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a US city council: "Councilor X moved, seconded by Council President Y, to ..."', () => {
  const page = `<html><head><title>City of Fernhollow - Council Minutes - April 7, 2026</title></head><body><main>
<h1>Fernhollow City Council Regular Meeting Minutes</h1>
<p>April 7, 2026, 7:00 p.m., Council Chambers</p>
<h3>3. APPROVAL OF AGENDA</h3>
<p>Councilor Daley moved, seconded by Council President Ruiz, to approve the agenda as posted. Motion carried 6-0.</p>
<h3>7. ORDINANCES</h3>
<p>Councilor Amsel moved, seconded by Councilor Daley, to adopt Ordinance No. 2026-09, an ordinance amending
the sign code.</p>
<table>
  <tr><th>Roll Call</th><th>Vote</th></tr>
  <tr><td>Ruiz</td><td>Aye</td></tr><tr><td>Daley</td><td>Aye</td></tr><tr><td>Amsel</td><td>Aye</td></tr>
  <tr><td>Brandt</td><td>Nay</td></tr><tr><td>Oyelaran</td><td>Aye</td></tr><tr><td>Tesch</td><td>Aye</td></tr>
  <tr><td>Varga</td><td>Aye</td></tr>
</table>
<p>Ordinance No. 2026-09 passed on second reading, 6-1.</p>
<h3>8. ADJOURNMENT</h3>
<p>Councilor Tesch moved, seconded by Councilor Brandt, to adjourn. Motion carried 6-0.</p>
</main></body></html>`;

  it('reads each motion, the US spelling and "Council President" as movers', async () => {
    const { records } = await read('fernhollow.html', page, 'html');
    expect(texts(kinds(records, 'resolution'))).toEqual([
      'to approve the agenda as posted.',
      'to adopt Ordinance No. 2026-09, an ordinance amending the sign code.',
      'to adjourn.',
    ]);
  });
});

describe('a notice of motion quoted with its preamble, then carried', () => {
  it('gives a resolution per listed clause, even when the next motion was lost', async () => {
    const text = `WESTLAND COUNTY COUNCIL
Minutes of a meeting of the County Council held on 5 March 2026

12.
Notices of Motion
(1) Councillor Ames moved, and Councillor Price seconded, the following motion:
"This Council notes that twelve branch libraries have reduced their opening hours
since 2023.
This Council resolves to:
(1) keep every branch library open at least four days a week;
(2) ask the Cabinet Member for Communities to report on volunteer support by
July 2026."
(2) Following debate, the motion was put to the vote and was carried.
(3) Councillor Hart moved, and Councillor Bell seconded, a motion asking for a review
of parking charges. On being put to the vote the motion was lost.
`;
    const { records } = await read('westland.txt', text, 'txt');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['(1)', 'keep every branch library open at least four days a week;'],
      ['(2)', 'ask the Cabinet Member for Communities to report on volunteer support by July 2026.'],
    ]);
    // "ask the Cabinet Member for Communities to": an office named "of the ..." or "for ..." is who is asked.
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['the Cabinet Member for Communities']);
  });
});

describe('informal community council minutes', () => {
  it('reads "It was agreed by 5 votes to 1 to donate ..." as a resolution without the vote', async () => {
    const text = `Glenmore Community Council
Minutes of the meeting held on 12 March 2026

4. Gala committee - request for a donation. It was agreed by 5 votes to
   1 to donate £150 towards the 2026 Gala.
`;
    const { records } = await read('glenmore.txt', text, 'txt');
    expect(texts(kinds(records, 'resolution'))).toEqual(['to donate £150 towards the 2026 Gala.']);
  });

  it('reads a Cabinet Member named with an office over two lines who "agreed to provide" a reply as an action', async () => {
    const text = `Westland County Council
Minutes of the meeting held on 5 March 2026

4. Public questions
(2) Mr Colin Reyes asked a supplementary question about the closure of the Hill Road
recycling centre. Councillor Obi, Cabinet Member
for Environment, agreed to provide him with a written answer within ten working days.
`;
    const { records } = await read('westland-q.txt', text, 'txt');
    expect(kinds(records, 'action').map((a) => [oneLine(a.text), a.actor])).toEqual([
      ['Councillor Obi, Cabinet Member for Environment, agreed to provide him with a written answer within ten working days.', 'Councillor Obi, Cabinet Member for Environment'],
    ]);
  });

  it('attaches an "Action: Secretary" line to the task before it, as its actor', async () => {
    const text = `Glenmore Community Council
Minutes of the meeting held on 12 March 2026

10. 20mph limit
The proposal was discussed at length. It was agreed to write in support of the proposed limit.
Action: Secretary
`;
    const { records } = await read('glenmore-20.txt', text, 'txt');
    const actions = kinds(records, 'action');
    expect(actions.map((a) => a.actor)).toEqual(['Secretary']);
    expect(oneLine(actions[0]!.text)).toContain('to write in support of the proposed limit.');
  });
});
