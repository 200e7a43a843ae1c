import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';
import { dueOf } from '../../pipeline/extract/actions.ts';

// Mechanisms the sixth blind round asked for, each on text written for the test.
describe('grants awarded in a table of minutes', () => {
  const TOWN = `MINUTES of the meeting of Llanfair Town Council held on 5 March 2026

7. Community grants
Members agreed the awards shown below.

  Applicant              Purpose                Requested   Awarded
  Llanfair Bowls Club    New mower              £600.00     £450.00
  Llanfair Singers       Hall hire              £300.00     Nil - declined
  Youth Theatre          Lighting               £900.00     Deferred
  Women's Institute      Tea for older people   £200.00     £200.00
`;

  it('gives a resolution per row awarded an amount (the whole row), none for a declined or deferred one', async () => {
    const result = await read('llanfair.txt', TOWN);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'Llanfair Bowls Club New mower £600.00 £450.00'],
      ['resolution', "Women's Institute Tea for older people £200.00 £200.00"],
    ]);
  });

  it('reads the same table in Markdown', async () => {
    const md = `# Minutes of the meeting of Llanfair Town Council held on 5 March 2026\n\n| Applicant | Purpose | Requested | Awarded |\n|---|---|---|---|\n| Llanfair Bowls Club | New mower | £600.00 | £450.00 |\n| Llanfair Singers | Hall hire | £300.00 | Nil |\n`;
    const result = await read('llanfair.md', md, 'md');
    expect(result.records.map((r) => [r.kind, r.text])).toEqual([['resolution', 'Llanfair Bowls Club | New mower | £600.00 | £450.00']]);
  });
});

describe('an action list typed as a pipe table in a text file', () => {
  it('gives an action per row', async () => {
    const text = `MINUTES of the meeting of Riri Valley District Council held on 25 February 2026\n\n| Ref | Action | Responsible officer | Due |\n|---|---|---|---|\n| A-17 | Prepare library hours options | Manager Community Services | 25 March 2026 |\n`;
    const result = await read('riri.txt', text);
    expect(result.records.map((r) => [r.kind, r.text, r.actor, r.due, r.label])).toEqual([
      ['action', 'Prepare library hours options', 'Manager Community Services', '2026-03-25', 'A-17'],
    ]);
  });
});

describe('where a resolution ends in running minutes', () => {
  const MINUTES = `MINUTES of the meeting of Caerwen Town Council held on 12 March 2026

1. Apologies
RESOLVED: to accept the apologies.
No apology was received from Cllr Ashworth.

2. Staffing
RESOLVED:
(i)  that the Deputy Clerk's hours be increased to 22 hours per week;
(ii) that the Clerk issue a revised statement of particulars before that date.
The proposal to review the grade was withdrawn by the proposer.

3. Grants
RESOLVED that grants be awarded as listed. FURTHER RESOLVED that the panel review its criteria.
`;

  it('stops at the end of the sentence when the next line starts a new one', async () => {
    const result = await read('caerwen.txt', MINUTES);
    const texts = result.records.filter((r) => r.kind === 'resolution').map((r) => oneLine(r.text));
    expect(texts).toContain('to accept the apologies.');
    expect(texts).toContain('that the Clerk issue a revised statement of particulars before that date.');
    // "FURTHER RESOLVED" printed on its own in minutes is a second resolution.
    expect(texts).toContain('the panel review its criteria.');
    expect(result.records.find((r) => r.kind === 'action')?.actor).toBe('the Clerk');
  });
});

describe('a motion quoted with numbered clauses, amended in vain, then carried', () => {
  it('gives each clause, the last ending at the closing quote', async () => {
    const text = `MINUTES of the meeting of Caerwen Town Council held on 12 March 2026

9. Motion - Nature emergency
The following motion was moved by Cllr Ellis and seconded by Cllr Rees:
"That Caerwen Town Council:
1. declares a nature emergency;
2. asks the Environment Working Group to prepare a plan by September 2026."
An amendment to replace "declares" with "recognises" was put to the vote and LOST.
The substantive motion was then put to the vote and CARRIED.
`;
    const result = await read('caerwen.txt', text);
    expect(result.records.filter((r) => r.kind === 'resolution').map((r) => [r.label, r.text])).toEqual([
      ['1.', 'declares a nature emergency;'],
      ['2.', 'asks the Environment Working Group to prepare a plan by September 2026.'],
    ]);
  });
});

describe('US county minutes', () => {
  const MINUTES = `KETTLE FORK COUNTY BOARD OF COMMISSIONERS
REGULAR MEETING MINUTES
March 17, 2026

RESOLUTION NO. 2026-R-14
WHEREAS, the County wishes to build a sidewalk;
NOW, THEREFORE, BE IT RESOLVED by the Board of County Commissioners of Kettle Fork County, Colorado, that the Board supports the grant application.

BE IT FURTHER RESOLVED that the County Administrator is authorized to sign the application.

Commissioner Okafor moved to adopt Resolution No. 2026-R-14. Seconded by Chair Varga. Motion carried 5-0.

Commissioner Lindqvist moved to approve Rezoning RZ-26-03,
subject to the following conditions:
   1. The final plat shall not exceed 44 lots.
   2. These conditions shall be recorded with the plat.
Seconded by Commissioner Esquibel.

Commissioner Holbrook moved to amend the motion by reducing Condition 1 to 36 lots. Seconded by
Commissioner Okafor. The amendment failed 2-3.

Roll call vote on the main motion: Lindqvist, aye; Esquibel, aye; Holbrook, nay. Motion carried 4-1.

Commissioner Esquibel moved to continue the public hearing on SUP-26-02 to April 21, 2026. Seconded by Commissioner Holbrook. Motion carried 5-0.

No motion was made. By consensus, the Board directed Director Tandy to bring a dust schedule to the May 5, 2026 work session.
`;

  it('reads a formal resolution "by the Board ..., that" as one record with its "BE IT FURTHER RESOLVED" part', async () => {
    const result = await read('kettle.txt', MINUTES);
    const formal = result.records.find((r) => r.kind === 'resolution' && r.text.startsWith('the Board supports'))!;
    expect(oneLine(formal.text)).toBe('the Board supports the grant application. BE IT FURTHER RESOLVED that the County Administrator is authorized to sign the application.');
    expect(result.records.filter((r) => /moved to adopt|Resolution No/.test(r.text))).toEqual([]);
  });

  it('keeps the main motion carried after a failed amendment, with its conditions; a continued hearing gives nothing', async () => {
    const texts = (await read('kettle.txt', MINUTES)).records.filter((r) => r.kind === 'resolution').map((r) => oneLine(r.text));
    expect(texts).toContain('to approve Rezoning RZ-26-03, subject to the following conditions: 1. The final plat shall not exceed 44 lots. 2. These conditions shall be recorded with the plat.');
    expect(texts.filter((t) => /amend|continue the public hearing/.test(t))).toEqual([]);
  });

  it('gives an action for a direction by consensus, with its actor and due date', async () => {
    const actions = (await read('kettle.txt', MINUTES)).records.filter((r) => r.kind === 'action');
    expect(actions.map((a) => [a.actor, a.due])).toContainEqual(['Director Tandy', '2026-05-05']);
  });
});

describe('small readings', () => {
  it('reads an "ACTION:" line that follows the outcome line of a resolution', async () => {
    const text = `MINUTES of the meeting of Riri Valley District Council held on 25 February 2026\n\nRESOLUTION NUMBER DC/2026/032\nMoved: Cr Visser\nSeconded: Cr Kellaway\nThat the Council adopts the Dog Control Bylaw 2026.\nCARRIED\nACTION: Group Manager Infrastructure Services to arrange new signage before May.\nCr Orsborn left the meeting at 11.02am.\n`;
    const result = await read('riri.txt', text);
    expect(result.records.filter((r) => r.kind === 'action').map((r) => r.text)).toEqual(['Group Manager Infrastructure Services to arrange new signage before May.']);
  });

  it('does not take "the Board Room" for the body, and reads a weekday before a due date', async () => {
    const text = `Harrowdale Combined Authority\n\nCombined Authority Board\n\nMinutes of the meeting held on 19 March 2026 in the Board Room, Wharfside House.\n\nRESOLVED – That the report be noted.\n`;
    expect((await read('hca.txt', text)).meta.body).toBe('Combined Authority Board');
    expect(dueOf('circulate the summary to all councillors by Friday 27 February 2026.')).toBe('2026-02-27');
  });
});
