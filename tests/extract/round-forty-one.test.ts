import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the forty-first blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('an Ontario conservation authority board', () => {
  const minutes = `GRAVEL CREEK CONSERVATION AUTHORITY
BOARD OF DIRECTORS
MINUTES OF MEETING #2/26

Thursday, February 19, 2026

2. ADOPTION OF THE AGENDA
RES. #A12/26   Moved by: P. Lenz     Seconded by: R. Amadi
THAT the agenda for Board of Directors Meeting #2/26 be adopted as circulated.
                                                                            CARRIED

6. PERMITS
RES. #A13/26   Moved by: R. Amadi    Seconded by: C. Dufour
THAT the following applications be approved subject to the standard conditions set out in
Report No. 04/26:
(a) Application P-2026-011, Lakeview Marina - replacement of the east boat ramp;
(b) Application P-2026-014, Township of Elm Bay - culvert replacement on Side Road 4.
                                                                            CARRIED

9. CLOSED SESSION
RES. #A14/26   Moved by: C. Dufour   Seconded by: P. Lenz
THAT staff proceed as directed in closed session with respect to the Mill Road property.
                                                                            CARRIED
`;

  it('reads "RES. #A12/26" as a resolution number, the movers on its line', async () => {
    const { records } = await read('gravel.txt', minutes, 'txt');
    expect(kinds(records, 'resolution').map((r) => r.label)).toEqual(['A12/26', '(a)', '(b)', 'A14/26']);
  });

  it('gives each application "the following applications be approved subject to ... conditions" lists its own resolution', async () => {
    const { records } = await read('gravel.txt', minutes, 'txt');
    const permits = kinds(records, 'resolution').filter((r) => r.label === '(a)' || r.label === '(b)');
    expect(permits.map((r) => oneLine(r.text).slice(0, 29))).toEqual(['Application P-2026-011, Lakev', 'Application P-2026-014, Towns']);
  });

  it('reads "THAT staff proceed as directed" as an action of staff as well', async () => {
    const { records } = await read('gravel.txt', minutes, 'txt');
    expect(kinds(records, 'action').map((a) => [a.actor, oneLine(a.text)])).toEqual([['staff', 'staff proceed as directed in closed session with respect to the Mill Road property.']]);
  });
});

describe('a US library board of trustees', () => {
  const page = `<html><body>
<h1>Cedar Hollow Public Library – Board of Trustees Regular Meeting Minutes – May 21, 2026</h1>
<h3>IV. Bills</h3>
<p class="motion">Motion: Trustee Amberg. Second: Trustee Lowe.<br>
To approve payment of the May 2026 bills in the amount of $52,118.40.<br>
Roll call: 6 ayes, 0 nays. Motion carried.</p>
<h3>V. Donations</h3>
<p class="motion">Trustee Lowe moved, Trustee Amberg seconded, to accept the donation of $3,000 from the Garden Club. Motion carried unanimously.</p>
<h3>VI. Building</h3>
<p>After discussion, the Board agreed that President Okoro would contact the Village Manager to ask whether the
sidewalk repairs are the Village's responsibility.</p>
</body></html>`;

  it('reads movers given as labels ("Motion: A. Second: B.") and "A moved, B seconded, to ..."', async () => {
    const { records } = await read('cedar.html', page, 'html');
    expect(kinds(records, 'resolution').map((r) => oneLine(r.text))).toEqual([
      'To approve payment of the May 2026 bills in the amount of $52,118.40.',
      'to accept the donation of $3,000 from the Garden Club.',
    ]);
  });

  it('reads "agreed that President Okoro would contact X to ask whether ... are ..." as his task, not a view', async () => {
    const { records } = await read('cedar.html', page, 'html');
    expect(kinds(records, 'action').map((a) => a.actor)).toEqual(['President Okoro']);
  });
});

describe('a US parks and recreation advisory board', () => {
  const minutes = `# Parks and Recreation Advisory Board – Minutes, May 11, 2026

**B. Trail Map**

Motion by Member Holt, second by Member Vance, to approve the trail map as presented. **Motion carried 5-0.**

*Follow-up:* Park Planner Reyes to send the final map to Board members by May 29, 2026.

Director Alvarez agreed to invite the county trails coordinator to the June meeting.

By consensus, the Board appointed Members Holt and Vance as a subcommittee to review the trail signage and report back to the Board by August 10, 2026.
`;

  it('reads a "Follow-up:" line and "Director Alvarez agreed to" as actions', async () => {
    const { records } = await read('parks.md', minutes, 'md');
    const actions = kinds(records, 'action');
    expect(actions.find((a) => /send the final map/.test(a.text))?.actor).toBe('Park Planner Reyes');
    expect(actions.find((a) => /invite the county/.test(a.text))?.actor).toBe('Director Alvarez');
  });

  it('reads "By consensus, the Board appointed ..." as a resolution, and its report back as an action', async () => {
    const { records } = await read('parks.md', minutes, 'md');
    const appointed = records.filter((r) => /appointed Members Holt/.test(r.text));
    expect(appointed.map((r) => r.kind).sort()).toEqual(['action', 'resolution']);
    expect(oneLine(kinds(appointed, 'resolution')[0]!.text)).toMatch(/^the Board appointed Members Holt and Vance/);
  });
});
