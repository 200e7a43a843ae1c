import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-third blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('Ohio township trustees and a New Zealand local board', () => {
  it('reads "Mrs. A moved to ..., Mr. B seconded. Roll call: ... Motion carried.", nothing for one that failed, and no second record for "to adopt Resolution 2026-033 as read" after its text', async () => {
    const text = `HARTWELL TOWNSHIP BOARD OF TRUSTEES
REGULAR MEETING MINUTES - MARCH 10, 2026

APPROVAL OF MINUTES
Mrs. Pruett moved to approve the minutes of the February 24, 2026 regular meeting as presented.
Mr. Vandermolen seconded. Roll call: Mr. Haldane, yes; Mrs. Pruett, yes; Mr. Vandermolen, yes.
Motion carried.

DUMP TRUCK
Mr. Haldane moved to purchase a 2026 dump truck for $148,900. Mrs. Pruett seconded. Roll call:
Mr. Haldane, yes; Mrs. Pruett, no; Mr. Vandermolen, no. Motion failed.

RESOLUTION 2026-033 - FIRE LEVY
NOW, THEREFORE, BE IT RESOLVED by the Board of Trustees that the fire levy be renewed for five years.
Mr. Vandermolen moved to adopt Resolution 2026-033 as read. Mrs. Pruett seconded. Roll call: Mr. Haldane,
yes; Mrs. Pruett, yes; Mr. Vandermolen, yes. Motion carried.
`;
    const result = await read('hartwell.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['to approve the minutes of the February 24, 2026 regular meeting as presented.', true],
      ['the fire levy be renewed for five years.', false],
    ]);
  });

  it('tasks "Healthy Waters staff" in "request that Healthy Waters staff provide the board with a memo"', async () => {
    const text = `<h1>Wairoa Local Board - Business Meeting Minutes</h1>
<p>Held on 18 March 2026</p>
<h2>9 Kōwhai Stream</h2>
<p>Resolution number WLB/2026/43</p>
<p>MOVED by Member K Tane, seconded by Member L Ward:</p>
<p>That the Wairoa Local Board:</p>
<p>a) receive the update on the Kōwhai Stream restoration.</p>
<p>b) request that Healthy Waters staff provide the board with a memo on the sediment results by 30 June 2026.</p>
<p>CARRIED</p>
`;
    const result = await read('wairoa.html', text, 'html');
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['Healthy Waters staff', '2026-06-30']]);
  });
});

describe('rejected applications (GUIDELINES: "rejected applications ... are not records")', () => {
  it('reads no record from a planning refusal, a "Decision: Refused" line or a licensing board agreeing to refuse, and keeps the grants', async () => {
    const text = `MINUTES OF THE PLANNING COMMITTEE HELD ON 8 MAY 2026

36/26 Cragg End
RESOLVED that planning permission be REFUSED for the following reasons:
(i) the dwelling would be isolated in the open countryside; and
(ii) its design would harm the character of the hamlet.

37/26 Mill Row
Decision: Refused, for the reason set out in the officer report.

38/26 The Wheatsheaf
The Board thereafter agreed to refuse the application on the ground of overprovision.

39/26 Sleddale Quarry
RESOLVED that planning permission be GRANTED subject to the conditions in the report.
`;
    const result = await read('refusals.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'planning permission be GRANTED subject to the conditions in the report.'],
    ]);
  });
});

describe('a Welsh council\'s bilingual title', () => {
  it('names the body from the English half of "COFNODION Y CABINET / MINUTES OF THE CABINET"', async () => {
    const text = `CYNGOR SIR GLANNAU
GLANNAU COUNTY COUNCIL

COFNODION Y CABINET / MINUTES OF THE CABINET

Held on Tuesday, 17 March 2026 at 10.00 am

5. CYLLIDEB / BUDGET
RESOLVED – That the revenue budget monitoring report be noted.
`;
    const result = await read('glannau.txt', text);
    expect(result.meta.body).toBe('Cabinet');
  });
});

describe('a board asking a person by name', () => {
  it('tasks "Mr. Bechtel" in "the Board asked Mr. Bechtel to obtain ... and to present them at the April 14, 2026 regular meeting"', async () => {
    const text = `HARTWELL TOWNSHIP BOARD OF TRUSTEES
REGULAR MEETING MINUTES - MARCH 10, 2026

ROAD DEPARTMENT
Following discussion, the Board asked Mr. Bechtel to obtain at least two further quotes and to present them at the April 14, 2026 regular meeting.
`;
    const result = await read('hartwell.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['Mr. Bechtel', '2026-04-14']]);
  });
});
