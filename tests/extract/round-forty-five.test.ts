import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the forty-fifth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe("a hearings committee's written decision", () => {
  it('reads the clauses under "Having considered ..., the Committee\'s decision is that:" as decisions', async () => {
    const decision = `TAUMARU DISTRICT COUNCIL
HEARINGS COMMITTEE
DECISION ON OBJECTION TO CLASSIFICATION AS A MENACING DOG

5.  DECISION

5.1 Having considered the written objection, the officer's report and the evidence and
    submissions presented at the hearing, the Committee's decision is that:

    (a)  the objection is declined, and the classification is upheld;

    (b)  the Team Leader Animal Services is directed to issue an amended notice by
         27 March 2026.
`;
    const { records } = await read('taumaru.txt', decision, 'txt');
    expect(kinds(records, 'decision').map((r) => r.label)).toEqual(['(a)', '(b)']);
  });
});

describe('an Irish city council', () => {
  const minutes = `# CARRIGBEG CITY COUNCIL – Minutes of the Monthly Meeting held on 9th March 2026

## 4. DISPOSALS

**4.1** Circulated, statutory notice dated 16th February 2026 concerning 27 Glen Crescent.

Proposed by Councillor McGrath
Seconded by Councillor Twomey

**AGREED**

"That, pursuant to Section 183 of the Local Government Act 2001, approval be and is hereby given to the
disposal of 27 Glen Crescent for the sum of €4,250.00."

## 10. MOTIONS

**10.1 Motion in the name of Councillor Deasy**

"That Carrigbeg City Council calls on the National Transport Authority to restore the 207 bus route."

Proposed by Councillor Deasy
Seconded by Councillor Tobin

An amendment in the name of Councillor O'Leary was put and declared lost on a show of hands.

A vote by name was then called on the substantive motion, the result of which was as follows:

- **FOR (16):** Councillors Ahern, Brennan, Cahalane.
- **AGAINST (6):** Councillors Hayes, O'Leary, Quinlan.
- **ABSTAIN (1):** Councillor O'Dwyer.

The Lord Mayor declared the motion **CARRIED**.
`;

  it('reads "AGREED" alone over the quoted words of a Section 183 disposal as their resolution', async () => {
    const { records } = await read('carrigbeg.md', minutes, 'md');
    expect(kinds(records, 'resolution').some((r) => /^That, pursuant to Section 183/.test(oneLine(r.text)))).toBe(true);
  });

  it('reads a quoted motion "the Lord Mayor declared CARRIED" after its movers, an amendment and a vote by name', async () => {
    const { records } = await read('carrigbeg.md', minutes, 'md');
    expect(kinds(records, 'resolution').some((r) => /calls on the National Transport Authority/.test(r.text))).toBe(true);
  });
});

describe('US and Ontario motions', () => {
  it('reads "moved that the Planning Commission recommend that the Board of Supervisors approve ..." as a recommendation from the second "that"', async () => {
    const minutes = `TAMARACK COUNTY PLANNING COMMISSION
MINUTES OF THE REGULAR MEETING OF APRIL 9, 2026

5.  CUP 26-007 - HOLLIS RIDGE WINERY

    MOTION: Commissioner Hale moved that the Planning Commission recommend that the
    Board of Supervisors approve Conditional Use Permit CUP 26-007, subject to the
    conditions in Attachment C. Seconded by Vice Chair Lindqvist.
    VOTE: 5-0. Motion carried.
`;
    const { records } = await read('tamarack.txt', minutes, 'txt');
    expect(kinds(records, 'recommendation').map((r) => oneLine(r.text))).toEqual([
      'the Board of Supervisors approve Conditional Use Permit CUP 26-007, subject to the conditions in Attachment C.',
    ]);
    expect(kinds(records, 'resolution')).toEqual([]);
  });

  it('gives nothing for "Be it resolved that ..." defeated after a recorded vote', async () => {
    const page = `<html><body><h1>Township of Glenmoor – Regular Council Meeting – Minutes – April 14, 2026</h1>
<p><strong>Resolution No. 2026-111</strong><br>
Moved by: Councillor Naidoo<br>
Seconded by: Councillor Lachance<br>
Be it resolved that Council approve the purchase of a used tandem plow truck for $164,900.00.<br>
Recorded vote requested by Councillor Kipling: Yeas – Lachance, Naidoo; Nays – Calloway, Kipling, Sturgess.<br>
<em>Defeated</em></p>
</body></html>`;
    const { records } = await read('glenmoor.html', page, 'html');
    expect(records).toEqual([]);
  });

  it('leaves out "That Committee resolved to ..." told about another committee', async () => {
    const minutes = `# Wirrabee Shire Council – Special Meeting – Minutes – 23 June 2026

Nine submitters were heard by the Submissions Committee on 2 June 2026. That Committee resolved to refer all submissions to this meeting without recommendation.
`;
    const { records } = await read('wirrabee.md', minutes, 'md');
    expect(records).toEqual([]);
  });
});
