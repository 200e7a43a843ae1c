import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the forty-fourth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a South Australian council: movers on one line, the outcome with its number after it', () => {
  const minutes = `# DISTRICT COUNCIL OF KARINGA

## MINUTES OF THE ORDINARY MEETING OF COUNCIL held on Tuesday 21 April 2026

### 4. CONFIRMATION OF MINUTES

Moved Cr Ferris, Seconded Cr Ambrose

That the minutes of the Ordinary Meeting of Council held on 17 March 2026 be confirmed as a true and accurate record.

**CARRIED** 2026/071

### 9. STORM DAMAGE

Moved Cr Patel, Seconded Cr Kruger

That Council requests the administration to lodge a claim with the LGA Asset Mutual Fund and to report the outcome to Council by 30 June 2026.

**CARRIED** 2026/072
`;

  it('reads "CARRIED 2026/071" as the outcome and number of the motion above it, not as the next resolution\'s number', async () => {
    const { records } = await read('karinga.md', minutes, 'md');
    const resolutions = kinds(records, 'resolution');
    expect(resolutions.map((r) => r.procedural)).toEqual([true, false]);
    expect(resolutions[1]!.label).toBe('2026/072');
  });

  it('reads "requests the administration to" as a task for the administration', async () => {
    const { records } = await read('karinga.md', minutes, 'md');
    expect(kinds(records, 'action').map((a) => [a.actor, a.due])).toEqual([['the administration', '2026-06-30']]);
  });
});

describe('an annual parish meeting', () => {
  const notes = `HARTSWELL ANNUAL PARISH MEETING
Notes of the Annual Parish Meeting held on 22 April 2026

2. NOTES OF THE ANNUAL PARISH MEETING HELD ON 23 APRIL 2025
There being no corrections, those present agreed the notes as a true
record and the Chairman signed them.

5. POLICE
PCSO Harding undertook to send the Clerk the contact details of the Rural Crime Team.

8. BUS SERVICES
Mrs J. Olusanya proposed, and Mr C. Hext seconded, the following motion:
"That this Annual Parish Meeting records its opposition to the withdrawal of the 61 bus service."
On a show of hands the motion was CARRIED (27 in favour, 2 against).
`;

  it('reads "those present agreed the notes as a true record" as a procedural resolution', async () => {
    const { records } = await read('hartswell.txt', notes, 'txt');
    expect(kinds(records, 'resolution').filter((r) => r.procedural).map((r) => oneLine(r.text).slice(0, 40))).toEqual(['those present agreed the notes as a true']);
  });

  it('reads a motion quoted after "A proposed, and B seconded, the following motion:" when the next line carries it', async () => {
    const { records } = await read('hartswell.txt', notes, 'txt');
    expect(kinds(records, 'resolution').filter((r) => !r.procedural).map((r) => oneLine(r.text))).toEqual([
      'That this Annual Parish Meeting records its opposition to the withdrawal of the 61 bus service.',
    ]);
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['PCSO Harding']);
  });
});

describe('US councils: a closed session reported out, and the Mayor Pro Tem moving', () => {
  const page = `<html><body><h1>City of Arroyo Verde – City Council Special Meeting – Minutes – March 10, 2026</h1>
<p>The City Attorney reported the following:</p>
<ul><li>Item 4.A: The Council voted 4-1 in closed session (Councilmember Ybarra voting no) to approve a settlement of Delgado v. City of Arroyo Verde in the amount of $187,500.</li></ul>
<p>MOTION: Mayor Pro Tem Okonkwo-Hale moved, seconded by Councilmember Castellanos, to waive the full reading and adopt Urgency Ordinance No. 2026-04.</p>
<p>The motion CARRIED by the required four-fifths vote.</p>
</body></html>`;

  it('reads "voted 4-1 in closed session (...) to approve a settlement of Delgado v. City ..." whole, "v." ending no sentence', async () => {
    const { records } = await read('verde.html', page, 'html');
    expect(kinds(records, 'resolution').map((r) => oneLine(r.text))).toEqual([
      'to approve a settlement of Delgado v. City of Arroyo Verde in the amount of $187,500.',
      'to waive the full reading and adopt Urgency Ordinance No. 2026-04.',
    ]);
  });
});

describe('tasks set in the subjunctive, and recommendations to another council', () => {
  it('reads "that the PSB Support Officer finalise", "that Menna Hafod provide", "that each statutory partner nominate" as tasks, and not "That the owner obtain" (a condition)', async () => {
    const minutes = `# Cwm Tawel Public Services Board – Minutes – 12 March 2026

**The Board AGREED:**

- that the PSB Support Officer finalise the report and publish it no later than 30 June 2026;
- that Menna Hafod provide case-study material to the PSB Support Officer by 10 April 2026;
- that each statutory partner nominate a named officer to the Partnership by 3 April 2026.

## Consent application A-14/26

**RESOLVED** that consent be granted subject to the following conditions:

1. That the owner obtain a building permit within two (2) years of the date of this decision.
`;
    const { records } = await read('cwm.md', minutes, 'md');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['the PSB Support Officer', 'Menna Hafod', 'each statutory partner']);
  });

  it('reads "AGREED to recommend to the Members of X County Council that ..." as a recommendation from "that" on', async () => {
    const minutes = `BALLYNAGH MUNICIPAL DISTRICT – Minutes of the Budget Meeting held on 10 November 2026

On the PROPOSAL of Cllr. Lenihan, SECONDED by Cllr. Hartery, it was AGREED to recommend to
the Members of Kilbrannagh County Council that the Draft Annual Budget 2027 include a provision of
€50,000 towards the Ballynagh Town Park playground.

(1) Proposed by Cllr. Ó Cearbhaill, Seconded by Cllr. Murnane:
"That Ballynagh Municipal District calls on Transport Infrastructure Ireland to fund a pedestrian crossing."
Following discussion, the motion was AGREED unanimously.
`;
    const { records } = await read('ballynagh.txt', minutes, 'txt');
    expect(kinds(records, 'recommendation').map((r) => oneLine(r.text).slice(0, 40))).toEqual(['the Draft Annual Budget 2027 include a p']);
    expect(kinds(records, 'resolution').map((r) => oneLine(r.text).slice(0, 40))).toEqual(['That Ballynagh Municipal District calls ']);
  });
});

describe('a planning committee\'s schedule of decisions laid out as a table per application', () => {
  it('reads the "Officer recommendation" row as a recommendation and the "Decision" row as a decision (in minutes), and a lost motion as none', async () => {
    const page = `<html><body><h1>Brackmoor Borough Council – Planning Committee – Minutes of the meeting held on 24 March 2026</h1>
<h2>6. 26/00140/FUL – Fenbridge Academy</h2>
<table>
<tr><th>Application number</th><td>26/00140/FUL</td></tr>
<tr><th>Officer recommendation</th><td>Approve subject to conditions 1–9</td></tr>
<tr><th>Decision</th><td>APPROVED subject to conditions 1–9 as set out in the report.</td></tr>
</table>
<h2>7. 26/00112/HOU – 9 Tanners Row</h2>
<table>
<tr><th>Officer recommendation</th><td>Approve subject to conditions</td></tr>
<tr><th>Decision</th><td><p>A motion to approve the application was moved by Cllr Nowak and seconded by Cllr Hurst. On being put to the vote the motion was LOST (3 for, 6 against).</p>
<p>REFUSED, contrary to the officer recommendation.</p></td></tr>
</table>
</body></html>`;
    const { records } = await read('brackmoor.html', page, 'html');
    expect(kinds(records, 'recommendation').map((r) => oneLine(r.text))).toEqual(['Approve subject to conditions 1–9', 'Approve subject to conditions']);
    expect(kinds(records, 'decision').map((r) => oneLine(r.text))).toEqual(['APPROVED subject to conditions 1–9 as set out in the report.']);
  });
});
