import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-first blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('an Irish budget meeting: quoted motions under "Proposed by ...; Seconded by ...:"', () => {
  const minutes = `# Rosduff County Council

## Minutes of the Statutory Budget Meeting held on 24th November 2026

### 4. Amendment to the Draft Budget

Proposed by Councillor Keaveney;
Seconded by Councillor Rabbitte:

"That the provision for Community Grants be increased by €150,000, funded by a reduction in Consultancy Services."

On a show of hands, 7 Members voted in favour and 13 against. The Cathaoirleach declared
the amendment **lost**.

### 5. Adoption of Annual Budget 2027

Proposed by Councillor Geraghty;
Seconded by Councillor Hession:

"That Rosduff County Council hereby adopts the Draft Annual Budget for the financial year ending 31st December, 2027."

The Cathaoirleach declared the motion **carried** and the Annual Budget 2027 adopted.
`;

  it('reads the motion carried, without its quotation marks, and gives nothing for the amendment declared lost', async () => {
    const result = await read('budget.md', minutes, 'md');
    expect(texts(kinds(result.records, 'resolution'))).toEqual(['Rosduff County Council hereby adopts the Draft Annual Budget for the financial year ending 31st December, 2027.']);
  });
});

describe('background and footers in Australian minutes', () => {
  it("gives nothing for what another council has already resolved, an earlier resolution 'which resolved to', or the minutes' later confirmation", async () => {
    const text = `MINUTES OF THE ORDINARY MEETING OF WARRABIN SHIRE COUNCIL HELD ON 17 MARCH 2026

5.  MAYORAL MINUTE
The neighbouring Boree Valley Shire Council has already resolved to waive tipping fees for
flood debris until 30 June 2026.

6.  RESCISSION MOTION
Notice of rescission was received in relation to resolution 26/031 of the Ordinary Meeting of
17 February 2026, which resolved to sell Lot 12, Hopetoun Road, by public auction.

The Minutes of this meeting were confirmed at the Ordinary Meeting of Council
held on 21 April 2026.
`;
    const result = await read('shire.txt', text);
    expect(result.records).toEqual([]);
  });
});

describe('a planning commission motion over its vote table', () => {
  it('reads "moved to recommend that the City Council approve ..." carried after a table of the vote', async () => {
    const text = `<h1>Planning and Zoning Commission – Minutes of the meeting of April 9, 2026</h1>
<p><strong>Motion:</strong> Commissioner Ruiz moved to recommend that the City Council approve Case No. RZ-2026-04, rezoning the property to R-2. Commissioner Haskins seconded.</p>
<table class="vote"><tr><th>Aye</th><th>Nay</th></tr><tr><td>Whitlock, Ruiz, Okafor</td><td>Delgado</td></tr></table>
<p>Motion carried 3-1.</p>
`;
    const result = await read('pz.html', text, 'html');
    expect(texts(kinds(result.records, 'recommendation'))).toEqual(['to recommend that the City Council approve Case No. RZ-2026-04, rezoning the property to R-2.']);
  });
});
