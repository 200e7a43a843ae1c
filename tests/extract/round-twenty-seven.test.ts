import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-seventh blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a Local Review Body minute', () => {
  const minute = `# Glenmorie Council

## Local Review Body

**Minute of Meeting of the Local Review Body held in Committee Room 1, on Wednesday 15 April 2026**

### 3. Review 26/0012/LRB – Erection of Dwellinghouse, Land at Achadh Mor

The Body had before it (a) the application, (b) the appointed officer's report, and (c) the decision notice dated 2 December 2025.

**DECIDED:** that the Local Review Body:

(a) uphold the review;

(b) grant planning permission subject to the following conditions:
    (i) the development shall begin within three years;
    (ii) samples of the roof slate shall be submitted to and approved by the planning authority; and
    (iii) the Planning Adviser shall confirm the discharge of condition (ii) in writing; and

(c) authorise the Planning Adviser to finalise the wording of the conditions.

Members noted that a revised design remained open to the applicant, and the Planning Adviser agreed to send the applicant a copy of the design guide.
`;

  it('reads minutes that mention "the decision notice" as minutes, the body as the Local Review Body', async () => {
    const result = await read('lrb.md', minute, 'md');
    expect(result.meta.doc_type).toBe('minutes');
    expect(result.meta.body).toBe('Local Review Body');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['(a)', '(b)', '(c)']);
  });

  it('gives an action for a listed condition that names an officer, none for one that binds the applicant', async () => {
    const result = await read('lrb.md', minute, 'md');
    const actions = kinds(result.records, 'action');
    expect(actions.map((a) => a.actor)).toEqual(['the Planning Adviser', 'the Planning Adviser', 'the Planning Adviser']);
    expect(texts(actions)).toContain('the Planning Adviser shall confirm the discharge of condition (ii) in writing;');
    expect(actions.some((a) => /samples/.test(a.text))).toBe(false);
  });

  it('starts an action joined by ", and" to a noting sentence at its actor', async () => {
    const result = await read('lrb.md', minute, 'md');
    expect(texts(kinds(result.records, 'action'))).toContain('the Planning Adviser agreed to send the applicant a copy of the design guide.');
  });
});

describe('council minutes with amendments and votes', () => {
  it('reads a numbered motion over a list after an amendment lost on a line of its own', async () => {
    const text = `<h1>Regular Meeting of Council – Minutes</h1>
<p>Tuesday, May 12, 2026</p>
<h2>6. Staff Reports</h2>
<p>Motion No. CC-2026-140</p>
<p>Moved by Councillor Ruiz<br>Seconded by Councillor Osei</p>
<p>That Council:</p>
<ol><li>award Tender T-2026-11 to Brantwood Paving Ltd.; and</li><li>authorize the Mayor and City Clerk to execute the contract.</li></ol>
<p><em>Amendment:</em> Moved by Councillor Doyle, Seconded by Councillor Sandhu, that the motion be amended by adding a clause on bike lanes.</p>
<p><strong>Amendment Lost</strong></p>
<p><strong>Carried</strong></p>
`;
    const result = await read('council.html', text, 'html');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['1.', '2.']);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['the Mayor and City Clerk']);
  });

  it('leaves a note on who was not present for a vote out of the clause before it', async () => {
    const text = `MINUTES OF THE MEETING OF LLANFAIR COMMUNITY COUNCIL HELD ON 10 FEBRUARY 2026

5.  GRANTS
    RESOLVED:
        (a) that a grant of £300 be awarded to the Village Show Committee;
        (b) that a grant of £400 be awarded to the Young Farmers' Club, subject to the
            Club providing a copy of its insurance certificate.
        (Cllr Thomas was not present for the vote on (a).)
`;
    const result = await read('cc.txt', text);
    expect(texts(kinds(result.records, 'resolution'))).toEqual([
      'that a grant of £300 be awarded to the Village Show Committee;',
      "that a grant of £400 be awarded to the Young Farmers' Club, subject to the Club providing a copy of its insurance certificate.",
    ]);
  });

  it('reads "to be arranged by the Democratic Services Manager" in an agreed clause as an action', async () => {
    const text = `<h1>Audit and Governance Committee – Minutes of the meeting held on 16 April 2026</h1>
<h2>9. Member training</h2>
<p>AGREED – That a members' training session on the Statement of Accounts be held on 9 June 2026, to be arranged by the Democratic Services Manager.</p>
`;
    const result = await read('audit.html', text, 'html');
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['the Democratic Services Manager']);
  });

  it('reads "the Deputy Clerk re-submit" as a task, and a comment that another council "should" act as none', async () => {
    const text = `MINUTES OF THE PLANNING COMMITTEE HELD ON 10 MARCH 2026

6.  APPEAL APP/X/26/001
    RESOLVED that the Deputy Clerk re-submit the Town Council's objection to the Planning Inspectorate
    before 27 March 2026.

7.  26/00123/FUL - Coopers Row
    RESOLVED to make no objection to the application but to comment that, given the narrow width of
    Coopers Row, KDC should secure a construction traffic management plan.
`;
    const result = await read('planning.txt', text);
    const actions = kinds(result.records, 'action');
    expect(actions.map((a) => [a.actor, a.due])).toEqual([['the Deputy Clerk', '2026-03-27']]);
  });
});
