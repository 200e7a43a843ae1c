import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the eleventh blind round asked for, each on text written for the test.
describe('US action minutes', () => {
  it('reads an item approved on its "ACTION:" line as a resolution, and no such line as an action', async () => {
    const text = `SAN ALDERO COUNTY BOARD OF SUPERVISORS
ACTION MINUTES - MARCH 17, 2026

3.  APPROVAL OF MINUTES
    Approve the action minutes of the regular meeting of March 3, 2026.
    ACTION: Approved. (4-0-1)

4.  PUBLIC COMMENT
    Three speakers addressed the Board.
    ACTION: None.
`;
    const result = await read('aldero.txt', text);
    expect(result.records.map((r) => [r.kind, r.label, oneLine(r.text), r.procedural])).toEqual([
      ['resolution', '3.', 'Approve the action minutes of the regular meeting of March 3, 2026.', true],
    ]);
  });
});

describe('a report of the Committee of the Whole', () => {
  it('reads "The Committee of the Whole recommends:" and its numbered clauses as recommendations', async () => {
    const text = `# Minutes of the Regular Meeting of Millbrook Falls Council held on 24 February 2026\n\nThe Committee of the Whole recommends:\n\n1. That the bridge report be received for information.\n\n2. That staff be directed to prepare terms of reference.\n`;
    const result = await read('millbrook.md', text, 'md');
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '1.'],
      ['recommendation', '2.'],
    ]);
  });
});

describe('parish minutes with numbered paragraphs', () => {
  it('reads "Resolved unanimously to ...", and stops before a sentence about a member and before a payments list', async () => {
    const text = `MINUTES of the meeting of Little Harwick Parish Council held on 14 April 2026

114/26  APOLOGIES FOR ABSENCE
        RESOLVED: To accept apologies from Cllr P. Ashdown (holiday) and Cllr R. Mowbray
        (work commitment). Cllr F. Quayle was absent without apology.

116/26  MINUTES OF THE PREVIOUS MEETING
        Resolved unanimously to approve the minutes of the meeting held on 10 March 2026
        as a true record.

120/26  FINANCE
        RESOLVED: To approve payments totalling £1,983.07, as listed below.
            100412  K. Marchant - Clerk's salary, April                 £812.40
            100413  HMRC - PAYE and NI, April                            £203.10
`;
    const texts = (await read('harwick.txt', text)).records.map((r) => oneLine(r.text));
    expect(texts).toEqual([
      'To accept apologies from Cllr P. Ashdown (holiday) and Cllr R. Mowbray (work commitment).',
      'to approve the minutes of the meeting held on 10 March 2026 as a true record.',
      'To approve payments totalling £1,983.07, as listed below.',
    ]);
  });
});

describe('cabinet minutes with "Decision taken" headings', () => {
  it('ends the last decision before the "Reason for decision" heading, and starts "Cabinet agreed to ..." at "to"', async () => {
    const text = `MINUTES of the meeting of the Cabinet of Kestley Borough Council held on 16 March 2026

7. DISPOSAL OF LAND AT MARLOWE FIELDS

Decision taken
(i) To approve the disposal of the land.
(ii) To ring-fence £250,000 of the receipt for the play area.
Reason for decision
The site has been vacant since 2021.

8. LEISURE CONTRACT

Decision taken
Cabinet agreed to extend the leisure contract for two years.
`;
    const texts = (await read('kestley.txt', text)).records.map((r) => [r.kind, oneLine(r.text)]);
    expect(texts).toEqual([
      ['decision', 'To approve the disposal of the land.'],
      ['decision', 'To ring-fence £250,000 of the receipt for the play area.'],
      ['decision', 'to extend the leisure contract for two years.'],
    ]);
  });
});

describe('a sentence that says a proposal fell', () => {
  it('tasks nobody, while a tree that fell still leaves the Clerk a task', async () => {
    const text = `MINUTES of the meeting of Oakley Parish Council held on 3 March 2026\n\nA proposal from Councillor Bhatt to keep the threshold was not supported.\n\nThe old oak fell across the footpath; Clerk to contact the insurer.\n`;
    const actions = (await read('oakley.txt', text)).records.filter((r) => r.kind === 'action');
    expect(actions.map((a) => a.actor)).toEqual(['Clerk']);
  });
});
