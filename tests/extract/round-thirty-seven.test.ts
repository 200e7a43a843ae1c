import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-seventh blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

const NOTICE = `BRIDGEFORD DISTRICT COUNCIL
LICENSING SUB-COMMITTEE
NOTICE OF DECISION

Premises: The Old Mill Tavern, 3 River Walk, Bridgeford
Date of hearing: 12 May 2026

1. BACKGROUND

1.1 The premises licence was granted in 2015. In 2024 the Communities Scrutiny Committee recommended
that licensing hours in the town centre be kept under review.

2. HEARING

2.1 Mr Grell undertook at the hearing, on behalf of the licence holder, to send a
revised noise management plan to the Licensing Authority by 2 June 2026.

3. DECISION

The Sub-Committee has considered the application, the representations made in writing and at the
hearing, the Statement of Licensing Policy and the statutory guidance, and has decided to take the
following steps, which it considers appropriate and proportionate to promote the licensing objectives:

1. To add a condition that the rear yard is closed to customers after 21:30.

2. To suspend the premises licence for a period of 14 days.

The Sub-Committee further recommends to the Licensing Committee that the hours policy for the town
centre be reviewed during 2026.

4. NEXT STEPS

4.1 The Sub-Committee directed the Licensing Officer to:
    (i)   send this notice to every party without delay;
    (ii)  issue the amended licence within five working days of the decision taking effect.
`;

describe('a licensing sub-committee notice of decision', () => {
  it('reads the steps under a long "has decided to take the following steps ...:" preamble as the decisions', async () => {
    const { records } = await read('notice.txt', NOTICE, 'txt');
    expect(kinds(records, 'decision').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['1.', 'To add a condition that the rear yard is closed to customers after 21:30.'],
      ['2.', 'To suspend the premises licence for a period of 14 days.'],
    ]);
  });

  it("gives the sub-committee's own recommendation to another committee, not another body's earlier one", async () => {
    const { records } = await read('notice.txt', NOTICE, 'txt');
    expect(texts(kinds(records, 'recommendation'))).toEqual(['the hours policy for the town centre be reviewed during 2026.']);
  });

  it('gives an action per task listed under "directed the Licensing Officer to:", and the undertaking given at the hearing', async () => {
    const { records } = await read('notice.txt', NOTICE, 'txt');
    const actions = kinds(records, 'action');
    expect(actions.map((a) => [oneLine(a.text), a.actor])).toEqual([
      ['Mr Grell undertook at the hearing, on behalf of the licence holder, to send a revised noise management plan to the Licensing Authority by 2 June 2026.', 'Mr Grell'],
      ['send this notice to every party without delay;', 'the Licensing Officer'],
      ['issue the amended licence within five working days of the decision taking effect.', 'the Licensing Officer'],
    ].map(([text, actor]) => [text, expect.stringContaining(actor!.replace(/^the /, ''))]));
    expect(actions[0]!.due).toBe('2026-06-02');
  });
});

describe('minutes: where a resolution ends, and who it tasks', () => {
  const minutes = `ASHCOTT PARISH COUNCIL
Minutes of the meeting held on 14 April 2026

26/031 Grants
Proposed by Cllr Ellery, seconded by Cllr Moss and RESOLVED to award a grant of £300 to Ashcott Bowls Club
towards new mats. A proposal by Cllr Dunn to award £150 to the Ashcott Players was put to the vote and
was lost (2 in favour, 5 against).

26/032 Speed indicator device
It was RESOLVED that the Council buy a second speed indicator device at a cost of £2,100, and that the
Clerk place the order and apply to the County Council for a licence to mount it on Station Road.

26/033 Allotments
The Chair asked staff to write to the allotment holders about the new water charges before the May meeting.
`;

  it('ends the resolution before the next sentence tells of another proposal', async () => {
    const { records } = await read('ashcott.txt', minutes, 'txt');
    expect(texts(kinds(records, 'resolution'))).toContain('to award a grant of £300 to Ashcott Bowls Club towards new mats.');
  });

  it('reads "that the Clerk place the order" and "The Chair asked staff to write" as actions', async () => {
    const { records } = await read('ashcott.txt', minutes, 'txt');
    const actions = kinds(records, 'action').map((a) => [oneLine(a.text), a.actor]);
    expect(actions).toContainEqual(['the Clerk place the order and apply to the County Council for a licence to mount it on Station Road.', 'the Clerk']);
    expect(actions).toContainEqual(['The Chair asked staff to write to the allotment holders about the new water charges before the May meeting.', 'staff']);
  });

  it('reads "officers contact ..." in a resolution clause as an action', async () => {
    const text = `Ballyroe District Council
Minutes of the meeting of the Environment Committee held on 9 March 2026

4. COMMUNITY GRANTS

AGREED – that:
(a)  grants be awarded to the eleven applicants listed at Appendix 1; and
(b)  officers contact the three unsuccessful applicants to offer advice before 30 April 2026.
`;
    const { records } = await read('ballyroe.txt', text, 'txt');
    const actions = kinds(records, 'action');
    expect(actions.map((a) => oneLine(a.text))).toEqual(['officers contact the three unsuccessful applicants to offer advice before 30 April 2026.']);
    expect(actions[0]!.due).toBe('2026-04-30');
  });
});

describe('"Committee recommendation to Council" above the movers', () => {
  it('gives a recommendation only, not also a resolution of the committee', async () => {
    const text = `# Roading Committee – Minutes – 6 May 2026

## 7. Walking Strategy

**Committee recommendation to Council**
Moved: Cr Tane, Seconded: Cr Ruha

That Council adopts the Walking Strategy 2026–2036 as amended.

**CARRIED**
`;
    const { records } = await read('roading.md', text, 'md');
    expect(records.map((r) => [r.kind, oneLine(r.text)])).toEqual([['recommendation', 'Council adopts the Walking Strategy 2026–2036 as amended.']]);
  });
});

describe('the body of a meeting whose page lists the officers present', () => {
  it('is not an office in brackets on the attendance line', async () => {
    const page = `<html><head><title>Ordinary Council Meeting Minutes - 18 March 2026 | Marrang Shire Council</title></head><body>
<main><h1>Minutes of the Ordinary Council Meeting</h1>
<p>Held in the Council Chamber on Wednesday 18 March 2026 at 6.00pm</p>
<p>Officers: Ana Petrov (Chief Executive Officer), Tom Ruiz (Director Infrastructure)</p>
<h2>4. Budget</h2>
<p>COUNCIL RESOLUTION</p><p>That Council adopts the 2026/27 Budget.</p><p>CARRIED</p>
</main></body></html>`;
    const { meta } = await read('marrang.html', page, 'html');
    expect(meta.body).toBe('Marrang Shire Council');
  });
});
