import { describe, expect, it } from 'vitest';
import { matchMarker, markerStyle } from '../../pipeline/readers/markers.ts';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-ninth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('consent agenda items numbered "4A.", "4B." (no stop between number and letter)', () => {
  it('reads "4A." as a lettered item marker, and a year or "3D printing" not', () => {
    expect(matchMarker('4A. Approve the minutes of the March 3 meeting.')).toEqual({ marker: '4A.', contentOffset: 4 });
    expect(markerStyle('4A.')).toBe('alpha');
    expect(matchMarker('3D. printing')).toBeNull();
  });

  it('gives each item approved with the consent agenda as a resolution', async () => {
    const page = `<html><body><main>
<h1>Heron County Board of Commissioners – Regular Meeting Minutes – March 17, 2026</h1>
<h3>4. Consent Agenda</h3>
<p>Commissioner Ruiz moved, seconded by Commissioner Bell, to approve the Consent Agenda as presented. Motion carried 5-0.</p>
<div class="consent">
<p><strong>4A.</strong> Approve the minutes of the March 3, 2026 regular meeting.</p>
<p><strong>4B.</strong> Award a one-year mowing contract to Greenline Services in an amount not to exceed $48,200.</p>
</div>
<h3>5. Adjournment</h3>
</main></body></html>`;
    const { records } = await read('heron.html', page, 'html');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text), r.procedural])).toEqual([
      [null, 'to approve the Consent Agenda as presented.', false],
      ['4A.', 'Approve the minutes of the March 3, 2026 regular meeting.', true],
      ['4B.', 'Award a one-year mowing contract to Greenline Services in an amount not to exceed $48,200.', false],
    ]);
  });
});

describe('a police and crime panel', () => {
  const text = `Northmoor Police and Crime Panel
Minutes of the meeting held on 4 February 2026

52   PROPOSED PRECEPT 2026/27

     In a supplementary question Mr Rees asked for the figures by district. The Commissioner
     agreed to provide Mr Rees with a written response by 20 February 2026.

     Recommendations to the Commissioner:

     (a) That the Commissioner publishes a breakdown of the precept income by June 2026.

     (b) That the Commissioner reviews the level of general reserves in the next budget round.
`;

  it('reads "Recommendations to the Commissioner:" over its lettered recommendations', async () => {
    const { records } = await read('northmoor.txt', text, 'txt');
    expect(kinds(records, 'recommendation').map((r) => r.label)).toEqual(['(a)', '(b)']);
  });

  it('reads "The Commissioner agreed to provide ..." as an action', async () => {
    const { records } = await read('northmoor.txt', text, 'txt');
    const actions = kinds(records, 'action');
    expect(actions.map((a) => a.actor)).toEqual(['The Commissioner']);
    expect(actions[0]!.due).toBe('2026-02-20');
  });
});

describe('a Canadian council motion whose outcome line names its resolution number', () => {
  it('reads the clauses when "Resolution No. C-2026-075 - CARRIED (5 to 2)" follows an amendment defeated and a recorded vote', async () => {
    const text = `# City of Pine Hollow – Regular Council Minutes – April 14, 2026

**7.2 Report PLN-2026-20 - Sidewalk Cafés**

Moved by Councillor Adeyemi, Seconded by Councillor Brandt
That Council:
1. approve in principle a seasonal sidewalk café permit program; and
2. direct staff to report back with a draft by-law no later than June 9, 2026.

Amendment - Moved by Councillor Ostrowski, Seconded by Councillor Kim
That clause 1 be amended to exclude Main Street.
**DEFEATED**

The main motion was then put, and a recorded vote was requested:

| Member | Yea | Nay |
|---|---|---|
| Councillor Adeyemi | X | |
| Councillor Kim | | X |

**Resolution No. C-2026-081 - CARRIED (5 to 2)**
`;
    const { records } = await read('pine-hollow.md', text, 'md');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['1.', 'approve in principle a seasonal sidewalk café permit program;'],
      ['2.', 'direct staff to report back with a draft by-law no later than June 9, 2026.'],
    ]);
  });
});

