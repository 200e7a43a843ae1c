import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-fourth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('decision letters and signed decisions', () => {
  it('reads a licensing decision letter ("I write to confirm the decision of ...") under its numbered "3. Decision" heading', async () => {
    const text = `<p>Dear Ms Okonjo,</p>
<h1>Licensing Act 2003 – application for a new premises licence</h1>
<p>I write to confirm the decision of the Licensing Sub-Committee, which heard the above application on 17 March 2026.</p>
<h2>2. Representations</h2>
<p>The police asked for a terminal hour of 23:00.</p>
<h2>3. Decision</h2>
<p>Having regard to the application and the representations, the Sub-Committee decided:</p>
<ol><li>to grant a premises licence subject to the conditions in the Schedule;</li>
<li>that the sale of alcohol shall end at 23:00 Sunday to Thursday.</li></ol>
<h2>4. Reasons</h2>
<p>The Sub-Committee considered the hours proportionate.</p>
`;
    const result = await read('letter.html', text, 'html');
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(kinds(result.records, 'decision').map((r) => oneLine(r.text))).toEqual([
      'to grant a premises licence subject to the conditions in the Schedule;',
      'that the sale of alcohol shall end at 23:00 Sunday to Thursday.',
    ]);
  });

  it('reads a report\'s closing "Decision of the Cabinet Member" as decisions, its recommendations as recommendations', async () => {
    const text = `# School Streets – Phase 2

**Report of the Director of Highways to the Cabinet Member for Highways**

## 2. Recommendations

The Cabinet Member is recommended to:

2.1 approve experimental traffic orders at eleven schools;

2.2 delegate authority to the Director of Highways to make minor changes.

## Decision of the Cabinet Member

As Cabinet Member for Highways, having considered the report,
I have decided to:

(a) approve experimental traffic orders at ten schools, excluding St Aldhelm's;

(b) delegate authority to the Director of Highways to make minor changes.

Signed: Cllr P Nandakumar, 30 June 2026
`;
    const result = await read('report.md', text, 'md');
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '2.1'],
      ['recommendation', '2.2'],
      ['decision', '(a)'],
      ['decision', '(b)'],
      ['action', null],
    ]);
  });
});

describe('consensus, lists and tables in minutes', () => {
  it('reads "Council consensus was to direct staff to ...", and each item of "gave the City Manager the following direction ...:", a "4.5 percent" wrapped to a line\'s start staying in its item', async () => {
    const text = `# City Council Work Session — March 17, 2026

### 4. Short-term Rentals

Following discussion, Council consensus was to direct staff to prepare a draft ordinance based on Option B.

### 5. Budget Priorities

By consensus, Council gave the City Manager the following direction for the FY 2026-27 Recommended
Budget:

1. Include funding for two additional patrol officer positions.
2. Prepare two versions of the water rate schedule, one with a 3 percent increase and one with a
   4.5 percent increase.
`;
    const result = await read('work.md', text, 'md');
    expect(kinds(result.records, 'action').map((r) => [r.actor, oneLine(r.text)])).toEqual([
      ['staff', 'Council consensus was to direct staff to prepare a draft ordinance based on Option B.'],
      ['the City Manager', 'Include funding for two additional patrol officer positions.'],
      ['the City Manager', 'Prepare two versions of the water rate schedule, one with a 3 percent increase and one with a 4.5 percent increase.'],
    ]);
  });

  it('reads "It was agreed:" over a list, and no outcome from a table of decisions taken by officers under delegated powers', async () => {
    const text = `MINUTES OF THE KILBARRA JOINT POLICING COMMITTEE MEETING HELD ON 9 FEBRUARY 2026

7. RURAL SAFETY
It was agreed:
(i)  that a Rural Safety Sub-Group of the JPC be established;
(ii) that the Sub-Group report back to the JPC no later than the September 2026 meeting.

8. MONITORING
The report was noted, together with the schedule of decisions taken by officers under delegated powers (below).

| Reference | Site | Outcome |
|---|---|---|
| MW.0118/25 | Pinchley Landfill | Approved |
`;
    const result = await read('jpc.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['(i)', 'that a Rural Safety Sub-Group of the JPC be established;'],
      ['(ii)', 'that the Sub-Group report back to the JPC no later than the September 2026 meeting.'],
    ]);
  });
});
