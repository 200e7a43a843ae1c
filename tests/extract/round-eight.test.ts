import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the eighth blind round asked for, each on text written for the test.
describe('minutes laid out as a table with a decision column', () => {
  const MINUTES = `# Oakfield Primary School

## Full Governing Body – Minutes of the meeting held on 12 March 2026

**Present:** Mrs Pike (Headteacher), Dr Threlfall (Local Authority)

Governors agreed to accept apologies from Mrs Halden (work commitments) and
Mr Ellery (illness).

| Item | Discussion | Decision / Action | Owner | Due |
|------|------------|-------------------|-------|-----|
| 4. Report | HT summarised attendance. | Noted. | – | – |
| 5. Plan | HT presented the plan. | Approved, subject to a Year 2 milestone.<br>HT to recirculate the final plan to all governors. | HT | 27/03/2026 |
| 6. Policies | Two policies reviewed. | Charging Policy adopted.<br>Complaints Policy deferred to the summer meeting. | – | – |

Governors agreed that a response to the consultation would be drafted by the Chair and
Vice-Chair and circulated before 10 April 2026.

It was agreed that Mr Okoro would join the Resources Committee.
`;

  it('gives a resolution per outcome and an action per task in the decision cells; "Noted." and deferrals give nothing', async () => {
    const result = await read('oakfield.md', MINUTES, 'md');
    const records = result.records.map((r) => [r.kind, oneLine(r.text), r.actor, r.due]);
    expect(records).toContainEqual(['resolution', 'Approved, subject to a Year 2 milestone.', null, null]);
    expect(records).toContainEqual(['action', 'HT to recirculate the final plan to all governors.', 'HT', '2026-03-27']);
    expect(records).toContainEqual(['resolution', 'Charging Policy adopted.', null, null]);
    expect(records.filter(([, text]) => /Noted|deferred/.test(text as string))).toEqual([]);
  });

  it('reads "Governors agreed to ..." over two lines, a task agreed in the passive as an action only, and an appointment as no task', async () => {
    const result = await read('oakfield.md', MINUTES, 'md');
    expect(result.meta.body).not.toBe('Local Authority');
    const records = result.records.map((r) => [r.kind, oneLine(r.text)]);
    expect(records).toContainEqual(['resolution', 'Governors agreed to accept apologies from Mrs Halden (work commitments) and Mr Ellery (illness).']);
    const drafted = result.records.filter((r) => /would be drafted/.test(r.text));
    expect(drafted.map((r) => [r.kind, r.actor, r.due])).toEqual([['action', 'the Chair', '2026-04-10']]);
    expect(result.records.filter((r) => r.kind === 'action' && /Okoro/.test(r.text))).toEqual([]);
  });
});

describe('US consent items and council directions', () => {
  const MINUTES = `CITY OF MARLOWE SPRINGS
CITY COUNCIL REGULAR MEETING MINUTES
March 3, 2026

7.A Approve the minutes of the Regular Meeting of February 17, 2026.
APPROVED ON CONSENT

7.B Adopt Resolution No. 2026-21 authorizing the City Manager to execute an agreement with
Clearbrook Environmental, Inc.
APPROVED ON CONSENT

8. APPEAL
ACTION: Motion by Councilmember Brandt, second by Councilmember Abernathy, to continue the appeal to the regular meeting of April 7, 2026. Motion carried 7-0.

9. PARKING
Following discussion, Council directed staff to carry out a parking count and to return with findings no later than the second meeting in September.
`;

  it('gives each item "APPROVED ON CONSENT" as a resolution under its number; a continued appeal gives nothing', async () => {
    const result = await read('marlowe.txt', MINUTES);
    expect(result.records.filter((r) => r.kind === 'resolution').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['7.A', 'Approve the minutes of the Regular Meeting of February 17, 2026.'],
      ['7.B', 'Adopt Resolution No. 2026-21 authorizing the City Manager to execute an agreement with Clearbrook Environmental, Inc.'],
    ]);
  });

  it('reads "Council directed staff to ..." as an action, and an "ACTION: Motion by ..." line as none', async () => {
    const actions = (await read('marlowe.txt', MINUTES)).records.filter((r) => r.kind === 'action');
    expect(actions.map((a) => a.actor)).toContain('staff');
    expect(actions.filter((a) => /Motion by/.test(a.text))).toEqual([]);
  });
});

describe('other readings', () => {
  it('reads an election proposed and seconded as a resolution, not again when a RESOLVED follows', async () => {
    const text = `MINUTES of the Annual Meeting of Hartlebury Town Council held on 18 May 2026

1. ELECTION OF TOWN MAYOR
It was proposed by Cllr Ansell and seconded by Cllr Holloway that Cllr Maryam
Begum be elected Town Mayor for 2026/27. There being no other nominations, Cllr
Begum was duly elected.

2. PLANNING
It was proposed by Cllr Bhatt and seconded by Cllr Driscoll that the application be approved.

RESOLVED that planning permission be GRANTED.
`;
    const texts = (await read('hartlebury.txt', text)).records.map((r) => oneLine(r.text));
    expect(texts).toEqual(['that Cllr Maryam Begum be elected Town Mayor for 2026/27.', 'planning permission be GRANTED.']);
  });

  it('reads a record of an urgent decision as a decision notice, with an officer asked past a bracket', async () => {
    const text = `WEXCOMBE BOROUGH COUNCIL\nRECORD OF AN URGENT DECISION TAKEN BY AN OFFICER\n\nDecision taker:       Mrs Helen Marchbank, Chief Executive\nDate of decision:     12 February 2026\n\nDECISION\n\n(a) approve the direct award of the stabilisation contract; and\n(b) ask the Director of Finance (Section 151 Officer) to report the cost to Cabinet in July 2026.\n`;
    const result = await read('urgent.txt', text);
    expect(result.meta).toMatchObject({ doc_type: 'decision_notice', body: 'Chief Executive' });
    expect(result.records.filter((r) => r.kind === 'action').map((r) => r.actor)).toEqual(['the Director of Finance']);
  });
});
