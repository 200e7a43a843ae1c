import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

/** US city council minutes of our own: motions with the seconder after what was moved. */
const MINUTES = `CITY OF PINE HOLLOW
CITY COUNCIL REGULAR MEETING MINUTES
Monday, April 6, 2026

5. CONSENT AGENDA
Councilmember Vega moved to approve Consent Agenda Items A through C as listed below,
seconded by Councilmember Ames.
   A. Approve the minutes of the regular meeting of March 16, 2026.
   B. Approve the purchase of a street sweeper from Western Equipment for $248,900.
   C. Authorize the City Manager to sign the mutual aid agreement with Fir County.
Roll call vote: Ayes: Vega, Ames, Cole. Nays: None.
Motion carried 3-0.

6. ORDINANCES
A. ORDINANCE NO. 2026-04, AN ORDINANCE AMENDING CHAPTER 8 RELATING TO NOISE
   Councilmember Cole moved to pass Ordinance No. 2026-04 to second reading on April 20, 2026,
   seconded by Councilmember Vega. Motion carried 3-0.
B. ORDINANCE NO. 2026-03, AN ORDINANCE SETTING SEWER RATES
   Councilmember Ames moved to adopt Ordinance No. 2026-03 as presented, seconded by
   Councilmember Cole.
   Roll call vote: Ayes: Vega, Ames, Cole. Nays: None.
   Motion carried 3-0.

7. RESOLUTIONS
RESOLUTION NO. 2026-11
A RESOLUTION ADOPTING THE PARKS MASTER PLAN

WHEREAS, the Parks Board recommended the plan on March 2, 2026;

NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Pine Hollow as follows:

Section 1. The Parks Master Plan, attached as Exhibit A, is hereby adopted.

Section 2. The City Manager is authorized to apply for state grants for the projects in the plan.

Councilmember Vega moved to adopt Resolution No. 2026-11, seconded by Councilmember Ames.
Motion carried 3-0.

8. NEW BUSINESS
A. Skate Park Lighting
   Councilmember Cole moved to defer the lighting until the fall, seconded by Councilmember Ames.
   Motion failed 1-2.
   Councilmember Vega then moved to install the lighting before June 1, 2026, seconded by
   Councilmember Ames. Motion carried 2-1.
B. Library Hours
   Councilmember Ames moved to table the item to the May 4, 2026 meeting, seconded by
   Councilmember Cole. Motion carried 3-0.
C. Sidewalk Repairs
   It was the consensus of the Council to direct the City Manager to bring back a repair
   schedule no later than the May 18, 2026 regular meeting.
`;

async function records() {
  const bytes = new TextEncoder().encode(MINUTES);
  const result = await processBytes(describeSource('/minutes/pine-hollow.txt', bytes, 'txt'), bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ');

describe('US city council motions', () => {
  it('takes what was moved without the seconder, and each consent item listed below the motion', async () => {
    const texts = (await records()).records.filter((r) => r.kind === 'resolution').map((r) => oneLine(r.text));
    expect(texts).toContain('to adopt Ordinance No. 2026-03 as presented');
    expect(texts).toContain('Approve the minutes of the regular meeting of March 16, 2026.');
    expect(texts).toContain('Authorize the City Manager to sign the mutual aid agreement with Fir County.');
    expect(texts.filter((t) => /seconded/.test(t))).toEqual([]);
  });

  it('gives nothing for a motion passed to second reading, tabled or failed', async () => {
    const texts = (await records()).records.map((r) => oneLine(r.text));
    expect(texts.filter((t) => /second reading|to table|defer the lighting/.test(t))).toEqual([]);
  });

  it('reads "X then moved", and a resolution by its sections rather than the motion adopting it', async () => {
    const resolutions = (await records()).records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => oneLine(r.text))).toContain('to install the lighting before June 1, 2026');
    expect(resolutions.filter((r) => r.label?.startsWith('Section')).map((r) => r.label)).toEqual(['Section 1.', 'Section 2.']);
    expect(resolutions.filter((r) => /Resolution No\. 2026-11/.test(r.text))).toEqual([]);
  });

  it('names the council from the city above its minutes, and a due date written as a meeting', async () => {
    const result = await records();
    expect(result.meta.body).toBe('Pine Hollow City Council');
    const sidewalks = result.records.find((r) => r.kind === 'action' && /repair\s+schedule/.test(r.text))!;
    expect(sidewalks).toMatchObject({ actor: 'the City Manager', due: '2026-05-18' });
  });
});
