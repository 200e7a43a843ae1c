import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-ninth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a committee minute titled only by its council, committee and date', () => {
  const minute = `Glenmorran Council

Education, Children and Families Committee

10.00am, Tuesday 10 March 2026

Present

Councillors Lennox (Convener), Drummond, Aitken and Baird.

1. Minute

Decision

To approve the minute of the Committee of 13 January 2026 as a correct record.

2. Clothing Grant

Following discussion, Councillor Urquhart withdrew the motion. The Convener agreed to write to the
Cabinet Secretary for Education about the level of national funding for the grant.

3. Resolution to Exclude the Public

The Committee agreed, under section 50A(4) of the Local Government
(Scotland) Act 1973, to exclude the public from the meeting for the following item.
`;

  it('is minutes (who was present, what was decided), though the word "minutes" is nowhere in its title', async () => {
    const result = await read('minute.txt', minute);
    expect(result.meta.doc_type).toBe('minutes');
    expect(kinds(result.records, 'decision')).toHaveLength(1);
  });

  it('reads "The Convener agreed to write" as an action and "The Committee agreed, under section 50A(4) ..., to exclude the public" as procedural', async () => {
    const result = await read('minute.txt', minute);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['The Convener']);
    const excluded = result.records.find((r) => /exclude the public/.test(r.text));
    expect(excluded?.procedural).toBe(true);
  });
});

describe('US board minutes', () => {
  const minutes = `# Cedar Hollow Unified School District — Board of Education

## Regular Meeting Minutes, March 16, 2026

### 8. CONSENT AGENDA

Motion by Mr. Arellano, seconded by Ms. Whitfield, to approve the following consent items as presented:

- **8.1** Approve the minutes of the regular meeting of February 23, 2026.
- **8.2** Ratify the warrant register for February 2026 in the amount of $3,418,906.22.

Motion carried 7–0.

### 9. PERSONNEL

Motion by Ms. Birch, seconded by Mr. Oduya, to approve Personnel Report No. 2026-07 as follows:

A. Employ Darnell Hughes as Bus Driver (Classified, 6 hours), effective March 23, 2026.

B. Grant an unpaid leave of absence to Samuel Ortiz for the 2026–27 school year.

Motion carried 7–0.

### 10. BOARD POLICIES

**10.1 BP 5131.2 Bullying — Second Reading.**
Motion by Mr. Oduya, seconded by Ms. Whitfield, to adopt Board Policy 5131.2, Bullying, as presented.
**ADOPTED** 7–0.
`;

  // The motion "to approve the following consent items as presented:" only introduces its items: their
  // lead-in, no record of its own (round 33; the markers of rounds 4, 19, 29 and 33 left it out).
  it('reads consent items numbered "8.1", "8.2" under the consent motion, which is their lead-in', async () => {
    const result = await read('board.md', minutes, 'md');
    const labels = kinds(result.records, 'resolution').map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(['8.1', '8.2']));
    expect(texts(kinds(result.records, 'resolution'))).not.toContain('to approve the following consent items as presented:');
  });

  it('reads a report approved "as follows:" as its lettered items, not the lead-in', async () => {
    const result = await read('board.md', minutes, 'md');
    const resolutions = kinds(result.records, 'resolution');
    expect(resolutions.filter((r) => r.label === 'A.' || r.label === 'B.')).toHaveLength(2);
    expect(resolutions.some((r) => /Personnel Report No\. 2026-07 as follows/.test(r.text))).toBe(false);
  });

  it('reads "ADOPTED 7–0" on the line under a motion as its outcome', async () => {
    const result = await read('board.md', minutes, 'md');
    expect(texts(kinds(result.records, 'resolution'))).toContain('to adopt Board Policy 5131.2, Bullying, as presented.');
  });
});

describe('cabinets, scrutiny committees and annual meetings', () => {
  it('reads a dated "Recommendation to Council (26 March 2026):" over its list, a cabinet member\'s appositive and a Cabinet Member tasked', async () => {
    const text = `<h1>Cabinet – Minutes of the meeting held on 11 March 2026</h1>
<p>Present: Councillors Whitlock (Chair), Okonjo and Trevelyan.</p>
<h2>73. Questions</h2>
<p>Councillor Okonjo, Cabinet Member for Housing, agreed to send Councillor Devlin a written breakdown of placements by 27 March 2026.</p>
<h2>78. Treasury Management Strategy</h2>
<p>Recommendation to Council (26 March 2026):</p>
<p>That the Council approve:</p>
<p>(a) the Treasury Management Strategy Statement 2026/27;</p>
<p>(b) the Prudential Indicators for 2026/27.</p>
<h2>80. Scrutiny task group</h2>
<p>Decision:</p>
<p>That the response at Appendix 1 be approved, and that the Cabinet Member for Children and Education update the Scrutiny Committee on progress in November 2026.</p>
`;
    const result = await read('cabinet.html', text, 'html');
    expect(kinds(result.records, 'recommendation').map((r) => r.label)).toEqual(['(a)', '(b)']);
    expect(result.records.some((r) => /26 March 2026\):/.test(r.text))).toBe(false);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['Councillor Okonjo, Cabinet Member for Housing', 'the Cabinet Member for Children and Education']);
  });

  it('reads a task group tasked, an election declared, and a quoted one-line resolution', async () => {
    const text = `MINUTES OF THE ANNUAL MEETING OF ARDCULLEN MUNICIPAL DISTRICT HELD ON 19TH JUNE 2026

1.  ELECTION OF CATHAOIRLEACH

Councillor M. Ní Bhriain was declared elected Cathaoirleach of Ardcullen Municipal District
for the year 2026/2027.

2.  CONFIRMATION OF MINUTES

Proposed by Councillor Costigan
Seconded by Councillor Kinsella
And Resolved:

"That the Minutes, as circulated, be taken as read and adopted."

3.  TASK GROUP

RESOLVED:
A. That a task group be established to review waiting times.
B. That the task group report its findings to the Committee meeting on 8 October 2026.
`;
    const result = await read('annual.txt', text);
    const resolutions = texts(kinds(result.records, 'resolution'));
    expect(resolutions).toContain('Councillor M. Ní Bhriain was declared elected Cathaoirleach of Ardcullen Municipal District for the year 2026/2027.');
    expect(resolutions).toContain('That the Minutes, as circulated, be taken as read and adopted.');
    expect(kinds(result.records, 'action').map((a) => [a.actor, a.due])).toEqual([['the task group', '2026-10-08']]);
  });

  it('gives nothing for a council resolution that only defers an item', async () => {
    const text = `MINUTES OF THE SPECIAL MEETING OF THE SHIRE OF KELLERBRAE HELD ON 17 FEBRUARY 2026

COUNCIL RESOLUTION SCM2026/016
Moved: Cr Halloran    Seconded: Cr Walsh
That Council defer consideration of the community bus replacement to the Ordinary Council Meeting of
24 March 2026.
CARRIED 6/0
`;
    const result = await read('shire.txt', text);
    expect(result.records).toEqual([]);
  });
});
