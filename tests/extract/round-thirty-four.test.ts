import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-fourth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a US county action summary: "ACTION:" paragraphs under the items', () => {
  const summary = `<html><body><h1>MARLOW COUNTY BOARD OF SUPERVISORS<br>ACTION SUMMARY</h1>
<p>Regular Meeting – Tuesday, April 21, 2026 – 9:00 a.m.</p>
<h2>2. REPORT OUT OF CLOSED SESSION</h2>
<p>2.A. Conference with Legal Counsel – Existing Litigation.</p>
<p>ACTION: By a vote of 4-1 (Oduya no), the Board approved settlement of the matter for $212,500.</p>
<p>2.B. Public Employee Performance Evaluation.</p>
<p>ACTION: No reportable action.</p>
<h2>4. CONSENT CALENDAR (Items 4.1 – 4.3)</h2>
<p>ACTION: Item 4.2 was pulled for separate discussion. The remainder of the Consent Calendar was approved as recommended.</p>
<p>4.1 Approve the Action Summary of the regular meeting of April 7, 2026.</p>
<p>4.2 Approve a professional services agreement with Redfern Advisors in the amount of $148,000.</p>
<p>4.3 Approve the purchase of two ambulances in the amount of $497,860.</p>
<h2>6. ORDINANCES</h2>
<p>Second Reading. Adopt Ordinance No. 1622 establishing a 35 mile-per-hour speed limit on Canyon Lake Drive.</p>
<p>ACTION: Waived full reading and adopted Ordinance No. 1622. Vote: 5-0</p>
<h2>11. BOARD APPOINTMENTS</h2>
<p>Appoint Marisol Venegas to the Fish and Game Advisory Commission for a term ending January 31, 2030.</p>
<p>ACTION: Approved.</p>
</body></html>`;

  it('gives the item before a bare "ACTION: Approved." as the resolution, and the action line\'s own words when it says what was decided', async () => {
    const { records } = await read('marlow.html', summary, 'html');
    const resolutions = texts(kinds(records, 'resolution'));
    expect(resolutions).toContain('approved settlement of the matter for $212,500.');
    expect(resolutions).toContain('Adopt Ordinance No. 1622 establishing a 35 mile-per-hour speed limit on Canyon Lake Drive.');
    expect(resolutions).toContain('Appoint Marisol Venegas to the Fish and Game Advisory Commission for a term ending January 31, 2030.');
  });

  it('gives each consent item not pulled as a resolution, and "No reportable action." as nothing', async () => {
    const { records } = await read('marlow.html', summary, 'html');
    const resolutions = kinds(records, 'resolution');
    expect(resolutions.filter((r) => r.label?.startsWith('4.')).map((r) => r.label)).toEqual(['4.1', '4.3']);
    expect(texts(records).some((t) => /no reportable action/i.test(t))).toBe(false);
  });
});

describe('a British Columbia city council', () => {
  const minutes = `# City of Alder Falls – Regular Council Meeting Minutes

**April 13, 2026**

#### 6.1 Pickleball Courts

**Moved by** Councillor Reid, **Seconded by** Councillor Tanaka
THAT the Alder Falls Pickleball Association's request for dedicated courts be referred to the 2027 budget deliberations.
**CARRIED**

#### 6.2 Contract Award – Osprey Road Sewer

**Moved by** Councillor Reid, **Seconded by** Councillor Tanaka
THAT Council award the contract for the Osprey Road Sewer Replacement to Thornbury Civil Ltd. in the amount of $1,746,380;

AND THAT the Mayor and Corporate Officer be authorized to execute the contract on behalf of the City.
**CARRIED UNANIMOUSLY**

#### 6.3 Streetscape Design

**Moved by** Councillor Tanaka, **Seconded by** Councillor Reid
THAT consideration of the Lochside Avenue streetscape design be postponed to the Regular Meeting of Council on May 11, 2026.
**CARRIED**

#### 7.1 Official Community Plan Amendment Bylaw No. 2420

**Moved by** Councillor Reid, **Seconded by** Councillor Tanaka
THAT "Official Community Plan Amendment Bylaw No. 2420, 2026" be given first and second readings and be referred to a Public Hearing.
**CARRIED**

#### 8. Correspondence

- Town of Cedar Bend, March 30, 2026 – advising that its council resolved to request provincial funding for a wildfire crew

Council noted the correspondence.
`;

  it('reads "THAT ...; / AND THAT ..." over two paragraphs as one resolution, its second part an action', async () => {
    const { records } = await read('alder.md', minutes, 'md');
    expect(texts(kinds(records, 'resolution'))).toEqual([
      'Council award the contract for the Osprey Road Sewer Replacement to Thornbury Civil Ltd. in the amount of $1,746,380; AND THAT the Mayor and Corporate Officer be authorized to execute the contract on behalf of the City.',
    ]);
    expect(kinds(records, 'action').map((r) => r.actor)).toEqual(['the Mayor and Corporate Officer']);
  });

  it('gives no record for an item referred to a later budget, postponed, given only two readings, or resolved by another council', async () => {
    const { records } = await read('alder.md', minutes, 'md');
    const all = texts(records).join('\n');
    expect(all).not.toMatch(/budget deliberations|postponed|first and second readings|wildfire/);
  });
});

describe('an officer recommendation in pdftotext minutes, with the motion and resolution straight after it', () => {
  it('ends the recommendation before the motion, and leaves the resolution\'s clauses to the resolution', async () => {
    const minutes = `BRACKENMOOR DISTRICT COUNCIL
MINUTES OF THE PLANNING COMMITTEE HELD ON 11 FEBRUARY 2026
(1) 25/01944/OUT – Land off Stainley Road
Officer Recommendation: That planning permission be GRANTED subject to the
conditions set out in the report.
Councillor Latchford proposed and Councillor Pennock seconded that the application be
approved in accordance with the officer recommendation. On being put to the vote it was
RESOLVED that:
(a) planning permission be GRANTED subject to the conditions set out in the report; and
(b) the Development Manager be authorised to finalise the wording of the conditions.
`;
    const { records } = await read('brackenmoor.txt', minutes);
    expect(texts(kinds(records, 'recommendation'))).toEqual(['That planning permission be GRANTED subject to the conditions set out in the report.']);
    expect(kinds(records, 'resolution').map((r) => r.label)).toEqual(['(a)', '(b)']);
  });
});
