import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-eighth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('Irish council minutes: "Proposed by ..., Seconded by ..., it was resolved:"', () => {
  const minutes = `# Kilbarron County Council

## Minutes of the Monthly Meeting held on 11th May 2026

### 2. Confirmation of Minutes

Proposed by Cllr Lucey, Seconded by Cllr Nagle, it was resolved:

"That the minutes of the Monthly Meeting held on 13th April 2026, as circulated, be confirmed and signed."

### 3. Standing Orders

On the proposal of the Cathaoirleach, it was agreed to suspend Standing Orders to allow discussion of the flooding at Kilbreedy.

Members expressed sympathy with the affected households. Mr Noonan to circulate to all members, by 22nd May 2026, a report on the causes of the flooding.

### 4. Conferences

**Resolved:** on the proposal of Cllr Nagle, seconded by Cllr Kilbride, that the attendance of Cllrs Devane and Scully at the AILG seminar be approved.
`;

  it('reads the quoted resolution under "it was resolved:", and "Resolved: on the proposal of ..., that" after "that"', async () => {
    const result = await read('irish.md', minutes, 'md');
    const resolutions = kinds(result.records, 'resolution');
    expect(texts(resolutions)).toContain('That the minutes of the Monthly Meeting held on 13th April 2026, as circulated, be confirmed and signed.');
    expect(texts(resolutions)).toContain('the attendance of Cllrs Devane and Scully at the AILG seminar be approved.');
  });

  it('reads suspending standing orders as procedural, and "Mr Noonan to circulate" as an action', async () => {
    const result = await read('irish.md', minutes, 'md');
    const suspended = kinds(result.records, 'resolution').find((r) => /Standing Orders/.test(r.text));
    expect(suspended?.procedural).toBe(true);
    expect(kinds(result.records, 'action').map((a) => [a.actor, a.due])).toEqual([['Mr Noonan', '2026-05-22']]);
  });
});

describe('decisions and their conditions', () => {
  it('reads "Decision of the Hearings Panel" as a decision notice, and each listed direction that names an officer as an action', async () => {
    const text = `<h1>Decision of the Hearings Panel on Resource Consent Application RM260101</h1>
<table><tr><td>Date of decision</td><td>16 April 2026</td></tr></table>
<h2>8. Decision</h2>
<p>Pursuant to sections 104 and 104B of the Resource Management Act 1991, the Panel decides:</p>
<ol type="a"><li>That land use consent RM260101 is granted subject to the conditions in Appendix A.</li>
<li>That, in relation to monitoring of the consent, Council staff are directed as follows:
<ul><li>(i) the Compliance Monitoring Officer is to carry out an unannounced inspection within three months;</li>
<li>(ii) the Team Leader Resource Consents is to report to the Regulatory Committee by 30 November 2026.</li></ul></li></ol>
<h2>9. Reasons</h2>
<p>The experts agreed that a limit of 50 dB could be met with a bund.</p>
`;
    const result = await read('decision.html', text, 'html');
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(kinds(result.records, 'decision')).toHaveLength(2);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['the Compliance Monitoring Officer', 'the Team Leader Resource Consents']);
  });

  it('reads a consent "GRANTED, subject to the following conditions:" as one decision with its conditions', async () => {
    const text = `# Township of Maple Creek Committee of Adjustment

## Minutes of the hearing held May 21, 2026

#### Consent B-009/26

**DECISION:** Provisional consent to Application B-009/26 is GRANTED, subject to the
following conditions:

1. That the Owner submit a reference plan of survey to the Secretary-Treasurer;
2. That the Owner pay a cash-in-lieu of parkland fee of $2,500.

#### Minor Variance A-040/26

The Committee agreed to adjourn the application to the hearing of June 18, 2026, and asked the owner to submit a grading plan before that hearing.
`;
    const result = await read('coa.md', text, 'md');
    const decisions = kinds(result.records, 'decision');
    expect(decisions).toHaveLength(1);
    expect(oneLine(decisions[0]!.text)).toMatch(/^Provisional consent to Application B-009\/26 is GRANTED, .* fee of \$2,500\.$/);
    expect(result.records.some((r) => r.kind === 'resolution' && /adjourn/.test(r.text))).toBe(false);
    expect(kinds(result.records, 'action').map((a) => [a.actor, oneLine(a.text)])).toEqual([
      ['the owner', 'asked the owner to submit a grading plan before that hearing.'],
    ]);
  });
});

describe('minutes of committees and councils', () => {
  it('gives nothing for a "Resolved:" heading over "RECOMMENDED to Cabinet that:" but the recommendations, nor for "(For information only.)"', async () => {
    const text = `<h1>Licensing Committee – Minutes of the meeting held on 11 February 2026</h1>
<h2>35. Hackney carriage fares</h2>
<h3>Resolved:</h3>
<p>RECOMMENDED to Cabinet that:</p>
<p>(a) the table of fares at Appendix 2 be approved;</p>
<p>(b) the varied table of fares come into effect on 6 April 2026.</p>
<h2>36. Enforcement update</h2>
<h3>Resolved:</h3>
<p>(For information only.)</p>
`;
    const result = await read('licensing.html', text, 'html');
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '(a)'],
      ['recommendation', '(b)'],
    ]);
  });

  it('starts "It was RESOLVED, in accordance with the Act ..., that the press and public be excluded" after "that"', async () => {
    const text = `MINUTES OF THE EXTRAORDINARY MEETING OF HOLLINGTON PARISH COUNCIL HELD ON 14 JANUARY 2026

31/01  EXCLUSION OF THE PRESS AND PUBLIC
It was RESOLVED, in accordance with the Public Bodies (Admission to Meetings) Act 1960, s.1(2),
that the press and public be excluded from the meeting for item 32/01.

32/01  PRECEPT
RESOLVED that:
  (a) the Council requests a precept of £48,750 from Eastvale District Council; and
  (b) the Chair and the Clerk sign the precept demand form on behalf of the Council.
`;
    const result = await read('parish.txt', text);
    expect(texts(kinds(result.records, 'resolution'))[0]).toBe('the press and public be excluded from the meeting for item 32/01.');
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['the Chair and the Clerk']);
  });

  it('keeps a motion to a later "moved" and its own outcome, and leaves the time out of "to adjourn"', async () => {
    const text = `MINUTES OF THE BOARD OF COUNTY COMMISSIONERS, MARCH 10, 2026

10. BUDGET AMENDMENT
Vice Chair Ruiz moved to adopt Resolution No. 2026-R-018, which reads in part:
   NOW, THEREFORE, BE IT RESOLVED by the Board of County Commissioners that the FY2026
   budget is amended to appropriate $412,500 to the Sheriff's Office.
Commissioner Oyelaran seconded.
Resolution No. 2026-R-018 was adopted 3-2.

13. ADJOURNMENT
There being no further business, Commissioner Haugen moved to adjourn at 11:07 a.m.
Commissioner Petty seconded. Motion carried 5-0.
`;
    const result = await read('county.txt', text);
    expect(texts(kinds(result.records, 'resolution'))).toContain('to adjourn');
    expect(result.records.some((r) => /Resolution No\. 2026-R-018, which reads/.test(r.text) && /adjourn/.test(r.text))).toBe(false);
  });
});

describe('a hearings panel decision as a Word or PDF rendering gives it', () => {
  it('is a decision notice by its title line under the site\'s menu, and experts agreeing on a limit is no task', async () => {
    const text = `Skip to main content
Residents
Council
Decision of the Hearings Panel on Resource Consent Application RM260101
Date of decision 16 April 2026

6. Noise
The experts met in conference. They agreed that a limit of 50 dB LAeq (15 min) at the notional boundary of any dwelling could be met with a bund.

8. Decision
(a) That land use consent RM260101 is granted subject to the conditions in Appendix A.
`;
    const result = await read('decision.txt', text);
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(kinds(result.records, 'decision')).toHaveLength(1);
    expect(kinds(result.records, 'action')).toEqual([]);
  });
});
