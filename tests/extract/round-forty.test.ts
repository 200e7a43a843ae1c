import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the fortieth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('an Australian audit and risk committee', () => {
  const minutes = `# Kelso Ridge Shire Council

## Audit and Risk Committee – Minutes, 12 May 2026

### 2. Apologies

**Committee Resolution** – Moved: Mr J Abara | Seconded: Cr P Lund

That the apology from Cr Nell Hardy be accepted.

**CARRIED**

### 5. Internal Audit – Fleet Management

**Committee Resolution** – Moved: Cr P Lund | Seconded: Ms R Tan

That the Audit and Risk Committee:

1. Receives the Internal Audit Report – Fleet Management (April 2026); and
2. Requests the Manager Assets to report on the fuel card findings to the August 2026 meeting.

**CARRIED**

| Ref | Agreed action | Officer responsible | Due |
|---|---|---|---|
| FM-01 | Reconcile fuel card transactions to the vehicle logbooks each month | Manager Assets | 31 July 2026 |
| FM-02 | Dispose of the three vehicles identified as surplus | Coordinator Fleet | 30/09/2026 |

### 6. Risk Management

The Committee agreed that the Coordinator Governance and Risk would run a fraud awareness session for
staff before the end of June 2026.

The Committee agreed that a site visit to the depot would be held for members in July 2026.
`;

  it('reads a "Committee Resolution – Moved: ... | Seconded: ..." heading as a resolution number without the number', async () => {
    const { records } = await read('kelso.md', minutes, 'md');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text), r.procedural])).toEqual([
      [null, 'the apology from Cr Nell Hardy be accepted.', true],
      ['1.', 'Receives the Internal Audit Report – Fleet Management (April 2026);', false],
      ['2.', 'Requests the Manager Assets to report on the fuel card findings to the August 2026 meeting.', false],
    ]);
  });

  it('reads an action list headed "Agreed action | Officer responsible | Due", a row an action', async () => {
    const { records } = await read('kelso.md', minutes, 'md');
    const rows = kinds(records, 'action').filter((a) => a.label?.startsWith('FM-'));
    expect(rows.map((a) => [a.label, a.actor, a.due])).toEqual([
      ['FM-01', 'Manager Assets', '2026-07-31'],
      ['FM-02', 'Coordinator Fleet', '2026-09-30'],
    ]);
  });

  it('reads "agreed that the Coordinator Governance and Risk would run ..." and "agreed that a site visit would be held" as actions, not resolutions', async () => {
    const { records } = await read('kelso.md', minutes, 'md');
    const agreed = records.filter((r) => /agreed that/.test(r.text));
    expect(agreed.map((r) => [r.kind, r.actor])).toEqual([
      ['action', 'the Coordinator Governance and Risk'],
      ['action', null],
    ]);
  });
});

describe('a standards hearing decision notice', () => {
  const notice = `HOLLINWOOD BOROUGH COUNCIL
STANDARDS HEARING SUB-COMMITTEE
DECISION NOTICE

Hearing held on 9 April 2026
Complaint against Councillor D. Marsh

2.  PROCEDURE

2.1 Having taken advice from the Monitoring Officer, the Sub-Committee RESOLVED that the press and
public be excluded from the meeting while a medical report was considered, on the grounds that it
would involve the disclosure of exempt information.

3.  DECISION

Having considered the Investigating Officer's report and the views of the Independent Person, the
Sub-Committee decided:

3.1 That Councillor Marsh failed to comply with paragraph 2.3 of the Code (bullying).

3.2 That Councillor Marsh did not fail to comply with paragraph 4.1 of the Code.

Reasons

3.3 The messages were sent repeatedly to a junior officer over three weeks and were intimidating.

3.4 On paragraph 4.1, the Sub-Committee was not satisfied that the information was confidential.

4.  SANCTIONS

4.1 The Sub-Committee considered the sanctions open to it. It decided:

    (a) that Councillor Marsh be formally censured;
    (b) that Councillor Marsh be asked to write an apology to the officer within 14 days.

5.  RECOMMENDATION TO COUNCIL

5.1 The Sub-Committee RECOMMENDS to Council that:

    (i)  the Member/Officer Protocol be reviewed before the Annual Meeting; and
    (ii) training on the Protocol be offered to every member.

6.  ACTIONS

6.1 The Monitoring Officer is asked to publish this notice on the Council's website no later than
20 April 2026.
`;

  it('reads the findings, not the reasons under "Reasons", and the sanctions the body "decided:" in a later section', async () => {
    const { records } = await read('hollinwood.txt', notice, 'txt');
    expect(kinds(records, 'decision').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['3.1', 'Councillor Marsh failed to comply with paragraph 2.3 of the Code (bullying).'],
      ['3.2', 'Councillor Marsh did not fail to comply with paragraph 4.1 of the Code.'],
      ['(a)', 'that Councillor Marsh be formally censured;'],
      ['(b)', 'that Councillor Marsh be asked to write an apology to the officer within 14 days.'],
    ]);
  });

  it('reads "RECOMMENDS to Council that:" as recommendations and the press and public excluded as a procedural resolution', async () => {
    const { records } = await read('hollinwood.txt', notice, 'txt');
    expect(kinds(records, 'recommendation').map((r) => r.label)).toEqual(['(i)', '(ii)']);
    const resolutions = kinds(records, 'resolution');
    expect(resolutions.map((r) => [oneLine(r.text).slice(0, 49), r.procedural])).toEqual([['the press and public be excluded from the meeting', true]]);
  });

  it('reads "The Monitoring Officer is asked to publish ..." as an action with its date', async () => {
    const { records } = await read('hollinwood.txt', notice, 'txt');
    const asked = kinds(records, 'action').find((a) => /publish/.test(a.text));
    expect(asked?.actor).toBe('The Monitoring Officer');
    expect(asked?.due).toBe('2026-04-20');
  });
});

describe('an Ontario police service board', () => {
  const minutes = `# Larchmont Police Service Board – Public Meeting Minutes, April 16, 2026

### 6. Consent Items

**Motion 26-031**
**Moved by:** Member Okafor
**Seconded by:** Councillor Brandt

THAT the Board receive the following reports for information:

- Report PSB-26-20, Monthly Crime Statistics - March 2026;
- Report PSB-26-21, Freedom of Information Requests - Q1 2026.

**CARRIED**

### 7. Chief's Report

Members asked about response times in the rural north. The Chief undertook to provide the Board with a
breakdown by zone at the May meeting.
`;

  it('keeps the reports received as part of the one resolution that receives them', async () => {
    const { records } = await read('larchmont.md', minutes, 'md');
    const resolutions = kinds(records, 'resolution');
    expect(resolutions).toHaveLength(1);
    expect(oneLine(resolutions[0]!.text)).toMatch(/^the Board receive the following reports for information: - Report PSB-26-20.*Q1 2026\.$/);
  });

  it('reads "The Chief undertook to provide ..." as an action of the Chief', async () => {
    const { records } = await read('larchmont.md', minutes, 'md');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['The Chief']);
  });
});
