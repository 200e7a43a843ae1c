import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the seventh blind round asked for, each on text written for the test.
describe('cabinet minutes that recommend to Council and resolve under one numbering', () => {
  it('gives (1) (2) as recommendations and (3) (4) as resolutions, with the task past an aside', async () => {
    const text = `MINUTES of the meeting of the Cabinet of Wyford District Council held on 10 March 2026

CAB/95  HOUSING BUSINESS PLAN

        RECOMMENDED TO COUNCIL: That
        (1)  the Business Plan at Appendix A be adopted; and
        (2)  the capital programme be increased by £2 million.

        RESOLVED: That Cabinet
        (3)  approve the Tenancy Policy at Appendix C; and
        (4)  authorise the Director of Resources, in consultation with the Portfolio Holder, to submit
             a bid to Homes England.
`;
    const result = await read('cabinet.txt', text);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '(1)'],
      ['recommendation', '(2)'],
      ['resolution', '(3)'],
      ['resolution', '(4)'],
      ['action', null],
    ]);
    expect(result.records[4]!.actor).toBe('the Director of Resources');
  });
});

describe('a US planning commission', () => {
  it('leaves the SECOND and VOTE lines out, and reads a motion to recommend to the council as a recommendation', async () => {
    const text = `CITY OF ALDER BAY PLANNING COMMISSION
MINUTES OF THE REGULAR MEETING OF FEBRUARY 11, 2026

MOTION: Commissioner Strand moved to approve the minutes of the January 14, 2026 meeting as presented.
SECOND: Commissioner Okafor.
VOTE: 5-0. Motion carried.

MOTION: Commissioner Raman moved to recommend approval of Zone Change ZC-26-003 to the City Council, subject to conditions 1-5.
SECOND: Vice Chair Ferreira.
VOTE: 5-0. Motion carried.
`;
    const result = await read('alder-bay.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'to approve the minutes of the January 14, 2026 meeting as presented.'],
      ['recommendation', 'to recommend approval of Zone Change ZC-26-003 to the City Council, subject to conditions 1-5.'],
    ]);
  });
});

describe('parish minutes', () => {
  const MINUTES = `# Minutes of the meeting of Ashcombe Magna Parish Council held on 12 March 2026

**26/107 Finance**

(c) Grant request. Cllr Haines proposed that a grant of £400 be made to the Youth Club towards its summer programme, seconded by Cllr Fairlie. Agreed.

**26/109 Community Speedwatch**

It was agreed to defer this item to the April meeting.

**26/110 Reserve**

Councillor Pell proposed that the underspend be transferred to reserves; this proposal was put to the vote and was lost.

**26/111 Allotments**

RESOLVED: That the allotment rents be increased to £45.
`;

  it('reads "Cllr X proposed that ..., seconded by Cllr Y. Agreed." as a resolution; a lost proposal and a deferral give nothing', async () => {
    const result = await read('ashcombe.md', MINUTES, 'md');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'a grant of £400 be made to the Youth Club towards its summer programme'],
      ['resolution', 'the allotment rents be increased to £45.'],
    ]);
  });
});

describe("an officer's recommendation", () => {
  // Printed in minutes above the council's resolution it is a recommendation too: every blind marker who
  // met one labelled so (rounds 5, 14, 18, 21, 24, 27, 29, 32) read GUIDELINES' "a proposed decision put to a
  // decision maker in a report" so, beside the resolution that follows.
  it('is a recommendation in a report on a notice of motion, and printed in minutes too', async () => {
    const report = `ORDINARY MEETING OF COUNCIL - 24 FEBRUARY 2026\nITEM 12.2 NOTICE OF MOTION NO. 03/2026\n\nOFFICER'S COMMENT\n\nThe works are already programmed.\n\nOfficer's Recommendation: That Council note the notice of motion.\n`;
    expect((await read('nom.txt', report)).records.map((r) => [r.kind, r.text])).toEqual([['recommendation', 'That Council note the notice of motion.']]);
    const minutes = `MINUTES of the Ordinary Meeting of Council held on 24 February 2026\n\nOfficer's Recommendation: That Council adopt the policy.\n\nCOUNCIL RESOLUTION OM2026/050\nMoved Cr Pitt    Seconded Cr Rossi\nThat Council adopt the policy with the amendment tabled.\nCARRIED 6/1\n`;
    expect((await read('minutes.txt', minutes)).records.map((r) => [r.kind, r.text])).toEqual([
      ['recommendation', 'That Council adopt the policy.'],
      ['resolution', 'Council adopt the policy with the amendment tabled.'],
    ]);
  });
});
