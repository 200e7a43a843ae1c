import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the sixteenth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a US county commission', () => {
  const text = `MARLOW COUNTY BOARD OF COMMISSIONERS
MINUTES OF THE REGULAR MEETING - April 21, 2026

6. CONSENT AGENDA
Commissioner Brandt moved to approve the Consent Agenda, Items 6.A through 6.C, as presented.
Commissioner Lindqvist seconded. Roll call: Brandt, aye; Lindqvist, aye; Okafor, aye. Motion
passed 3-0.
   6.A  Claims and payroll register for the period ending April 15, 2026
   6.B  Renewal of the records software maintenance agreement, $18,400
   6.C  Acceptance of the Sheriff's first-quarter activity report

7. BUDGET
WHEREAS the Road and Bridge Fund (Fund 20, account
20-431-75) needs $742,000 more;
NOW, THEREFORE, BE IT RESOLVED by the Board of County Commissioners of Marlow County that the
budget be amended accordingly; and
BE IT FURTHER RESOLVED that the Clerk to the Board is directed to publish notice of the amendment.
Commissioner Brandt moved to adopt Resolution 2026-43. Chair Okafor seconded. Motion passed 3-0.

13. REPORTS
The Board agreed by consensus that Public Works Director Carrera would place two speed trailers near
the bridge and report the speeds to the Board at the May 19, 2026 meeting.
`;

  it('reads the consent items printed under the motion, the motion with "Roll call:", and one resolution "BE IT RESOLVED ...; and BE IT FURTHER RESOLVED"', async () => {
    const result = await read('marlow.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, oneLine(r.text).slice(0, 40)])).toEqual([
      [null, 'to approve the Consent Agenda, Items 6.A'],
      ['6.A', 'Claims and payroll register for the peri'],
      ['6.B', 'Renewal of the records software maintena'],
      ['6.C', "Acceptance of the Sheriff's first-quarte"],
      [null, 'the budget be amended accordingly; and B'],
    ]);
  });

  it('tasks the Clerk and, by consensus, the Public Works Director named with his name', async () => {
    const result = await read('marlow.txt', text);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['the Clerk to the Board', 'Public Works Director Carrera']);
  });
});

describe('a Canadian town council', () => {
  const text = `TOWN OF ALDERMOOR
MINUTES OF THE REGULAR MEETING OF COUNCIL HELD APRIL 28, 2026

2026-051   MOVED BY Councillor Hagen   SECONDED BY Councillor Okonkwo
THAT Council:
  (a) adopt the 2026 Operating Budget as presented;
  (b) direct Administration to prepare the 2026 Property Tax Bylaw for the May 12, 2026 meeting.
                                                                            MOTION CARRIED

Council asked the CAO to send a letter of congratulations to the senior girls' volleyball team.

2026-061   MOVED BY Councillor Okonkwo   SECONDED BY Councillor Hagen
THAT Council authorize the Chief Administrative Officer to offer the position of Operator II on the
terms discussed in camera.                                                  MOTION CARRIED

2026-062   MOVED BY Councillor Fortin
THAT Council rise from in camera and reconvene in open session.             MOTION CARRIED
`;

  it('reads a lettered resolution under its number and movers on one line, and knows what is procedural', async () => {
    const result = await read('aldermoor.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [r.label, r.procedural])).toEqual([
      ['(a)', false],
      ['(b)', false],
      ['2026-061', false],
      ['2026-062', true],
    ]);
  });

  it('tasks Administration, the CAO asked by Council, and the Chief Administrative Officer authorised "on terms discussed in camera"', async () => {
    const result = await read('aldermoor.txt', text);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(['Administration', 'the CAO', 'the Chief Administrative Officer']);
  });
});

describe('a town council finance committee and a planning committee', () => {
  it('tasks the RFO after a deferral in the same sentence, and gives nothing for a view agreed', async () => {
    const text = `FINANCE COMMITTEE\nMinutes of the meeting held on 12 January 2026\n\nIt was agreed to defer a decision until quotations were available, and the RFO was asked to obtain two quotations for the March meeting.\n\nMembers agreed that the impact on 16 Larkspur Close could only be properly judged on site.\n`;
    const result = await read('fgp.txt', text);
    expect(result.records.map((r) => [r.kind, r.actor])).toEqual([['action', 'the RFO']]);
  });

  it('gives no record for the Total row of a grants table', async () => {
    const text = `FINANCE COMMITTEE\nMinutes of the meeting held on 12 January 2026\n\n| Applicant | Purpose | Requested | Awarded |\n|---|---|---|---|\n| Scout Group | Tents | £1,800 | £1,200 |\n| Total | | £1,800 | £1,200 |\n`;
    const result = await read('grants.md', text, 'md');
    expect(kinds(result.records, 'resolution').map((r) => oneLine(r.text))).toEqual(['Scout Group | Tents | £1,800 | £1,200']);
  });
});

describe('the same minutes as PDF text', () => {
  it('keeps "based on a\\n3.2 per cent" in its clause, "AND THAT" with its resolution, and consent items past the seconder\'s line', async () => {
    const { assemble } = await import('../../pipeline/readers/pdf.ts');
    const read = assemble([
      '2026-051 MOVED BY Councillor Hagen SECONDED BY Councillor Okonkwo\nTHAT Council:\n(a) adopt the budget as presented;\n(b) direct Administration to prepare the tax bylaw, based on a\n3.2 per cent\nincrease in the mill rate.\nMOTION CARRIED\n2026-054 MOVED BY Councillor Hagen SECONDED BY Councillor Yakimchuk\nTHAT Council approve the Fire Services Agreement at an annual fee of\n$38,000;\nAND THAT the Mayor be authorized to sign the agreement.\nMOTION CARRIED',
    ]);
    if (!read.ok) throw new Error(read.reason);
    const { text, blocks } = read.document;
    expect(blocks.map((b) => b.marker).filter((m) => m !== null)).toEqual(['(a)', '(b)']);
    const and = text.indexOf('AND THAT');
    expect(blocks.some((b) => b.start < and && and < b.end && text.slice(b.start, b.end).includes('$38,000;'))).toBe(true);
  });
});

