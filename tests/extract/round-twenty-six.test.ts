import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-sixth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('US planning board minutes: "Motion by Ms. Liu, seconded by Mr. Delgado, to ..."', () => {
  const minutes = `# Maple Ridge Township Planning Board

## Regular Meeting Minutes: Wednesday, May 13, 2026

### Resolutions for Memorialization

Motion by Ms. Ortiz, seconded by Mr. Bauer, to memorialize Resolution PB 2026-14 granting site plan
approval to Larkspur Holdings, LLC.
**Roll call (eligible members):** Ayes: Ortiz, Bauer, Chen. Nays: none.
**Motion carried.**

### Referral: Ordinance 2026-08

Motion by Mr. Bauer, seconded by Ms. Chen, to find that Ordinance 2026-08 is not inconsistent with the
Master Plan.
**Roll call:** Ayes: Bauer, Chen, Ortiz. Nays: none.
**Motion carried 3-0.**

The Board Secretary was directed to transmit the Board's report to the Township Clerk by May 20, 2026.

### Application PB #26-07

Motion by Ms. Chen, seconded by Mr. Bauer, to carry the application to the June 10, 2026 regular meeting
without further notice.
**Roll call:** Ayes: Chen, Bauer, Ortiz. Nays: none.
**Motion carried.**

The Board Attorney was directed to prepare a resolution of approval for the June 10, 2026 meeting.

### Adjournment

Motion by Mr. Bauer, seconded by Ms. Ortiz, to adjourn the meeting.
**Roll call:** all members present voted in favor.
`;

  it('reads motions whose movers are "Ms." and "Mr.", with the roll call in brackets or "voted in favor"', async () => {
    const result = await read('board.md', minutes, 'md');
    expect(texts(kinds(result.records, 'resolution'))).toEqual([
      'to memorialize Resolution PB 2026-14 granting site plan approval to Larkspur Holdings, LLC.',
      'to find that Ordinance 2026-08 is not inconsistent with the Master Plan.',
      'to adjourn the meeting.',
    ]);
  });

  it('labels a memorialized resolution with its number, and not a motion that only names an ordinance', async () => {
    const result = await read('board.md', minutes, 'md');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['PB 2026-14', null, null]);
  });

  it('gives nothing for an application carried to a later meeting', async () => {
    const result = await read('board.md', minutes, 'md');
    expect(result.records.some((r) => /carry the application/.test(r.text))).toBe(false);
  });

  it('reads "The Board Secretary was directed to", "The Board Attorney was directed to" as actions with their due', async () => {
    const result = await read('board.md', minutes, 'md');
    expect(kinds(result.records, 'action').map((a) => [a.actor, a.due])).toEqual([
      ['The Board Secretary', '2026-05-20'],
      ['The Board Attorney', '2026-06-10'],
    ]);
  });
});

describe('records of decisions', () => {
  it('reads an "Officer decision record" as a decision notice: its lettered decisions, and the actions in them', async () => {
    const text = `<h1>Officer decision record: Award of the Grounds Maintenance Contract</h1>
<table><tr><td>Decision maker</td><td>Director of Environment</td></tr><tr><td>Date of decision</td><td>02/04/2026</td></tr></table>
<h2>1. Decision taken</h2>
<p>Having considered the report, and in exercise of the authority delegated to me by Cabinet on 20 January 2026, I have decided to:</p>
<p>(a) award the Grounds Maintenance Contract to Fenwick Landscapes Ltd for four years from 1 June 2026;</p>
<p>(b) instruct the Head of Parks to report on mobilisation to the Cabinet Member by 30 September 2026.</p>
<h2>2. Reasons for the decision</h2>
<p>On 20 January 2026 Cabinet resolved that the award of the contract be delegated to the Director of Environment.</p>
`;
    const result = await read('odr.html', text, 'html');
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(kinds(result.records, 'decision').map((r) => r.label)).toEqual(['(a)', '(b)']);
    expect(kinds(result.records, 'action').map((a) => [a.actor, a.due])).toEqual([['the Head of Parks', '2026-09-30']]);
    expect(result.records.some((r) => /be delegated/.test(r.text))).toBe(false);
  });

  const panel = `<h1>Riverbend Local Planning Panel<br>Record of Determinations</h1>
<p>Meeting held on Wednesday 15 April 2026.</p>
<h2>LPP12/26 – DA2026/0101 – 5 Wattle Street</h2>
<h3>Panel decision</h3>
<ol><li>The Panel grants consent to Development Application DA2026/0101 subject to the conditions in Attachment 1.</li>
<li>The Panel requests that Council's Traffic team review the Wattle Street crossing within 12 months.</li></ol>
<p>Voting: 4–0</p>
<h2>LPP13/26 – DA2026/0144 – 9 Fig Lane</h2>
<h3>Panel decision</h3>
<p>The Panel, exercising the functions of Council as the consent authority, pursuant to section 4.16 of the Act, refuses Development Application DA2026/0144 for the reasons below.</p>
<h2>LPP14/26 – DA2026/0150 – 2 Ash Road</h2>
<h3>Panel decision</h3>
<p>The Panel defers determination of DA2026/0150 so that the applicant can submit amended plans that:</p>
<ol type="a"><li>retain the front verandah;</li><li>lower the rear addition.</li></ol>
<p>The Panel directs Council staff to re-notify the amended plans and to report to the Panel by 8 June 2026.</p>
<h2>LPP15/26 – PP2026/002 – Rezoning of 4 Oak Street</h2>
<h3>Panel advice</h3>
<p>The Panel recommends that Council:</p>
<ol type="a"><li>support the planning proposal;</li><li>prepare a site-specific development control plan.</li></ol>
<h2>General business</h2>
<p>The Panel asked the Manager Development Assessment to provide a briefing on the housing reforms at the next meeting.</p>
`;

  it('reads a planning panel\'s "Record of Determinations": each "Panel decision", its advice as recommendations', async () => {
    const result = await read('panel.html', panel, 'html');
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(texts(kinds(result.records, 'decision'))).toEqual([
      'The Panel grants consent to Development Application DA2026/0101 subject to the conditions in Attachment 1.',
      "The Panel requests that Council's Traffic team review the Wattle Street crossing within 12 months.",
    ]);
    expect(texts(kinds(result.records, 'recommendation'))).toEqual(['support the planning proposal;', 'prepare a site-specific development control plan.']);
  });

  it('gives nothing for a refusal or a deferral, even with the list of what amended plans must do', async () => {
    const result = await read('panel.html', panel, 'html');
    expect(result.records.some((r) => /refuses|defers|verandah|rear addition/.test(r.text))).toBe(false);
  });

  it('reads whom the panel asks or directs to act, in a decision or beside it', async () => {
    const result = await read('panel.html', panel, 'html');
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(["Council's Traffic team", 'Council staff', 'the Manager Development Assessment']);
  });

  it('reads a cabinet decision sheet: "AGREED:" minutes as a procedural resolution, "RECOMMENDED TO COUNTY COUNCIL", and what Cabinet agreed an officer would do', async () => {
    const text = `CABINET - DECISION SHEET

Meeting held on 10 March 2026

3.  MINUTES OF THE PREVIOUS MEETING

    AGREED: that the minutes of the meeting held on 10 February 2026 be approved as a
    correct record and signed by the Leader.

4.  BUDGET MONITORING

    DECISION: Cabinet

    (1) approved the budget virements set out in Appendix B; and

    (2) agreed that the capital receipt be ring-fenced to the Schools Condition Programme.

    Summary of discussion: Members were concerned at the high needs deficit, and Cabinet agreed
    that the Section 151 Officer would hold an all-member briefing before the end of April 2026.

5.  TREASURY MANAGEMENT STRATEGY

    RECOMMENDED TO COUNTY COUNCIL that:

    1. the Treasury Management Strategy Statement for 2026/27 be approved; and
    2. the authorised limit for external debt be set at £612m for 2026/27.
`;
    const result = await read('sheet.txt', text);
    const minutes = kinds(result.records, 'resolution');
    expect(minutes.map((r) => r.procedural)).toEqual([true]);
    expect(kinds(result.records, 'recommendation').map((r) => r.label)).toEqual(['1.', '2.']);
    const actions = kinds(result.records, 'action');
    expect(actions.map((a) => a.actor)).toEqual(['the Section 151 Officer']);
    expect(oneLine(actions[0]!.text)).toMatch(/^Cabinet agreed that the Section 151 Officer would hold/);
  });
});

describe('resolutions that recommend or delegate', () => {
  it('reads "recommends that Council adopts" in a resolution as a recommendation, and a delegation to a named panel as an action', async () => {
    const text = `# Rivers Committee

## Minutes of the meeting held on 18 March 2026

### 5. Gravel allocation policy

**Resolution RC26/18**

That the committee:

a) receives the report;

b) recommends that Council adopts the Gravel Allocation Policy 2026;

c) delegates to a hearing panel of Cr Tane, Cr Whitmore and Mr Paki the authority to hear submissions on the policy.

Carried
`;
    const result = await read('rivers.md', text, 'md');
    expect(texts(kinds(result.records, 'recommendation'))).toEqual(['recommends that Council adopts the Gravel Allocation Policy 2026;']);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['a hearing panel of Cr Tane, Cr Whitmore and Mr Paki']);
  });
});

describe('records of decisions as a PDF gives them', () => {
  const record = `Officer decision record: Award of the Grounds Maintenance Contract
Decision maker Director of Environment and Parks
Date of decision 02/04/2026

1. Decision taken
Having considered the report and its appendices, and in exercise of the authority delegated to me
by Cabinet on 20 January 2026, I have decided to:
(a) award the Grounds Maintenance Contract to Fenwick Landscapes Ltd for four years from 1 June 2026;
(b) note the Equality Impact Assessment at Appendix C.

2. Reasons for the decision
2.1 The tender was run as an open procedure.
`;

  it('reads the list after "I have decided to:" when the heading above ran into its paragraph, and the decision maker from a label without a colon', async () => {
    const result = await read('record.txt', record);
    expect(result.meta.body).toBe('Director of Environment and Parks');
    expect(kinds(result.records, 'decision').map((r) => r.label)).toEqual(['(a)', '(b)']);
    expect(result.records.some((r) => /Having considered/.test(r.text))).toBe(false);
  });

  it('does not read "approved" alone on a line, a sentence wrapped there, as an outcome', async () => {
    const text = `MINUTES OF THE HOUSING COMMITTEE HELD ON 12 FEBRUARY 2026

Mr. Tobin said that the Council was preparing a panel of
approved
contractors, which it expected to publish in the summer.
`;
    const result = await read('minutes.txt', text);
    expect(result.records).toEqual([]);
  });
});
