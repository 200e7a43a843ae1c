import { describe, expect, it } from 'vitest';
import { processText as read } from './process-text.ts';

/** A record of an individual cabinet member's decision, of our own: numbered "2.1" parts after "I have decided:". */
const PORTFOLIO = `RECORD OF DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER

Decision maker:         Councillor Ada Mensah, Cabinet Member for
                        Parks and Leisure
Date of decision:       4 March 2026

1. BACKGROUND

1.1 The pavilion at Mill Meadow has been closed since the flood of 2025.

2. DECISION TAKEN

Having considered the report of the Head of Parks dated 20 February 2026,
I have decided:

2.1 To approve the rebuilding of the Mill Meadow pavilion at a cost not
    exceeding £380,000.

2.2 To instruct the Head of Parks to report on the reopening to the
    Communities Scrutiny Committee by October 2026.

3. REASONS FOR THE DECISION

3.1 The pavilion is the only changing room for the six football pitches.

4. ALTERNATIVE OPTIONS CONSIDERED AND REJECTED

4.1 To demolish the pavilion. Rejected because the pitches need changing rooms.
`;

describe('a record of decision whose parts are numbered under their section ("2.1", "2.2")', () => {
  it('gives each numbered part after the lead-in as a decision, and no reasons or rejected options', async () => {
    const result = await read('phd.txt', PORTFOLIO);
    const decisions = result.records.filter((r) => r.kind === 'decision');
    expect(decisions.map((d) => [d.label, d.text.replace(/\s+/g, ' ')])).toEqual([
      ['2.1', 'To approve the rebuilding of the Mill Meadow pavilion at a cost not exceeding £380,000.'],
      ['2.2', 'To instruct the Head of Parks to report on the reopening to the Communities Scrutiny Committee by October 2026.'],
    ]);
    expect(result.records.filter((r) => r.kind === 'action').map((a) => a.actor)).toEqual(['the Head of Parks']);
  });

  it('reads a decision maker wrapped onto an indented line whole', async () => {
    const result = await read('phd.txt', PORTFOLIO);
    expect(result.meta.body).toBe('Cabinet Member for Parks and Leisure');
  });
});

/** Scottish minutes of our own: a "Minute of Meeting", decisions under "Decision", one item continued. */
const SCOTTISH = `MINUTE of MEETING of the GLENBRAE LICENSING BOARD held on 11 March 2026

1. ALCOHOL OVERPROVISION ASSESSMENT

A report by the Clerk to the Board was submitted.

Decision

The Board:-

(a) agreed to continue consideration of the assessment to its meeting in May 2026; and
(b) instructed the Clerk to the Board to consult the local licensing forum before that meeting.
`;

describe('Scottish minutes', () => {
  it('reads a "Minute of Meeting" as minutes, and a part that continues consideration of an item as no record', async () => {
    const result = await read('glenbrae.txt', SCOTTISH);
    expect(result.meta.doc_type).toBe('minutes');
    const parts = result.records.filter((r) => r.kind !== 'action');
    expect(parts.map((r) => r.label)).toEqual(['(b)']);
    expect(result.records.find((r) => r.kind === 'action')?.actor).toBe('the Clerk to the Board');
  });
});

/** "RESOLVED: That the Board" with its verbs in the clauses below. */
const BODY_LEAD_IN = `MINUTES of the meeting of the Harbour Board held on 2 April 2026

4. MOORING CHARGES

RESOLVED: That the Board

(i)   approve the mooring charges for 2026/27 set out in Appendix A; and

(ii)  ask the Harbour Master to review the waiting list by July 2026.
`;

describe('a resolution whose lead-in only names the body', () => {
  it('gives the clauses below it, not the lead-in, as the resolutions', async () => {
    const result = await read('harbour.txt', BODY_LEAD_IN);
    expect(result.records.filter((r) => r.kind === 'resolution').map((r) => [r.label, r.text.slice(0, 20)])).toEqual([
      ['(i)', 'approve the mooring '],
      ['(ii)', 'ask the Harbour Mast'],
    ]);
  });
});

/** A licensing decision notice of our own, as a web page: the decision grants subject to listed conditions. */
const LICENSING = `<!DOCTYPE html><html><body><main><article>
<h1>Licensing Act 2003: Notice of Determination</h1>
<table><tr><th>Committee</th><td>Licensing Sub-Committee (Panel A)</td></tr>
<tr><th>Date of hearing</th><td>Tuesday 10 March 2026</td></tr></table>
<h2>Decision</h2>
<p>The Sub-Committee has considered the application, the representations and the statutory guidance.</p>
<p>The Sub-Committee has decided to grant the premises licence as applied for, subject to the following conditions:</p>
<ol><li>No customers shall use the garden after 21:00.</li><li>A refusals log shall be kept.</li></ol>
<h2>Reasons</h2>
<p>The conditions address the residents' concerns about noise.</p>
</article></main></body></html>`;

describe('a licensing decision notice', () => {
  it('gives one decision, from "to grant" to the last condition it lists; the body and date from its table', async () => {
    const result = await read('licensing.html', LICENSING, 'html');
    expect(result.meta).toMatchObject({ doc_type: 'decision_notice', body: 'Licensing Sub-Committee (Panel A)', date: '2026-03-10' });
    const decisions = result.records.filter((r) => r.kind === 'decision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.text).toMatch(/^to grant the premises licence .* A refusals log shall be kept\.$/s);
  });
});

/** A scrutiny committee resolving to recommend to Cabinet. */
const SCRUTINY = `MINUTES of the meeting of the Overview and Scrutiny Committee held on 5 February 2026

7. LIBRARY SERVICE REVIEW

RESOLVED: That the following recommendations be made to Cabinet:

1. That the mobile library service be retained.
2. That the Head of Libraries be asked to report on opening hours to this Committee.

8. WORK PROGRAMME

RESOLVED: That the recommendations in the work programme report be approved.
`;

describe('a committee resolving to recommend to another body', () => {
  it('gives recommendations (no actions: Cabinet has not adopted them); adopting a report\'s recommendations stays a resolution', async () => {
    const result = await read('scrutiny.txt', SCRUTINY);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '1.'],
      ['recommendation', '2.'],
      ['resolution', null],
    ]);
  });
});
