import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-sixth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a scrutiny task and finish group report: "The Group recommends that Cabinet:" over R1, R2, ...', () => {
  it('gives a recommendation per numbered recommendation, its lettered parts inside it', async () => {
    const report = `# Home to School Transport: Task and Finish Group Report

## 6. Recommendations

The Task and Finish Group recommends that Cabinet:

**R1.** Introduces an annual review of transport arrangements for every child with a plan.

**R2.** Revises the approach to procuring routes so that:
   (a) contracts are let for at least three years;
   (b) routes are published by 31 May each year.

**R3.** Receives a six-monthly progress report, the first in November 2026.

At its meeting on 14 April 2026 the Rural Working Group recommended that the pilot be extended.
`;
    const { records } = await read('review.md', report, 'md');
    expect(kinds(records, 'recommendation').map((r) => r.label)).toEqual(['R1.', 'R2.', 'R3.']);
    expect(oneLine(kinds(records, 'recommendation')[1]!.text)).toContain('(b) routes are published by 31 May each year.');
  });
});

describe('bilingual minutes laid out as a table, Welsh cell beside English cell', () => {
  it('reads each cell as the blocks it holds, so the English resolution keeps its lettered clauses', async () => {
    const page = `<html><body><h1>Llanfair Community Council – Minutes of the meeting held on 10 March 2026</h1>
<table>
<tr><td lang="cy"><p>26/040 Goleuadau Nadolig</p><p>PENDERFYNWYD: (a) derbyn dyfynbris Goleuadau Eryri; (b) awdurdodi'r Clerc i osod yr archeb.</p></td>
<td lang="en"><p>26/040 Christmas lights</p><p>Three quotations were considered. RESOLVED:<br>
(a) to accept the quotation of Goleuadau Eryri of £2,340 for lights on the square;<br>
(b) to authorise the Clerk to place the order by 30 April 2026.</p></td></tr>
</table></body></html>`;
    const { records } = await read('llanfair.html', page, 'html');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['(a)', 'to accept the quotation of Goleuadau Eryri of £2,340 for lights on the square;'],
      ['(b)', 'to authorise the Clerk to place the order by 30 April 2026.'],
    ]);
  });
});
