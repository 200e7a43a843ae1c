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

7. RESOLUTION 2026-43 - BUDGET AMENDMENT
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

describe('round seventeen: a US agenda with dispositions and a plan commission', () => {
  it('reads an agenda whose items carry their dispositions as the record of the meeting', async () => {
    const text = `CITY OF HALVERSTON, OREGON\nCOUNCIL AGENDA WITH DISPOSITIONS\nREGULAR MEETING - WEDNESDAY, MARCH 11, 2026\n\n*205 Pay claim of Harriet Quell in the sum of $18,400 involving the Bureau of Transportation\n     (Ordinance)\n     Disposition: (Y-5)  192214\n\n204  Amend the Tree Code to require replacement planting  (Ordinance; amend Code Title 11)\n     Disposition: Passed to second reading March 18, 2026\n`;
    const result = await read('halverston.txt', text);
    expect(result.meta.doc_type).not.toBe('agenda');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['*205']);
  });

  it('reads "Motion to ... made by A, seconded by B. Motion passed", a recommendation to the City Council among them, and "the Commission agreed that Mr. Ibekwe would"', async () => {
    const text = `CITY PLAN COMMISSION\nMINUTES OF THE REGULAR MEETING\nThursday, March 12, 2026\n\nMotion to excuse the absences of Commissioners Tran and Wollmer made by Commissioner Sadowski,\nseconded by Commissioner Haddad. Motion passed 9-0.\n\nMotion to recommend that the City Council adopt Text Amendment TA-2026-002 made by Commissioner\nBrandt, seconded by Commissioner Pruitt. Motion passed 7-2.\n\nThe Commission agreed that Mr. Ibekwe would report back on the traffic study at the April 23, 2026 meeting.\n`;
    const result = await read('braxton.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text).slice(0, 30)])).toEqual([
      ['resolution', 'to excuse the absences of Comm'],
      ['recommendation', 'to recommend that the City Cou'],
      ['action', 'The Commission agreed that Mr.'],
    ]);
  });
});

describe('round seventeen: a committee report to Council with the decisions the committee took itself', () => {
  const html = `<html><body><main><p>FENMARSH DISTRICT COUNCIL</p>
<table><tr><td>Report to:</td><td>Council</td></tr><tr><td>Date:</td><td>26 March 2026</td></tr></table>
<h2>6. RECOMMENDATIONS</h2><p>That Council:</p><ol type="a"><li>approves the revised Contract Procedure Rules; and</li><li>appoints Ms Achebe-Taylor as an independent member.</li></ol>
<h2>Appendix A – Decisions taken by the Audit Committee under delegated powers, 5 March 2026</h2>
<table><tr><th>Minute</th><th>Subject</th><th>Outcome</th></tr>
<tr><td>38</td><td>Minutes of the meeting held on 15 January 2026</td><td>The minutes of the meeting held on 15 January 2026 were confirmed as a correct record.</td></tr>
<tr><td>45</td><td>Exclusion of the press and public</td><td>RESOLVED that the press and public be excluded from the meeting for the following item.</td></tr>
<tr><td>46</td><td>Irrecoverable debts</td><td>Write-offs totalling £48,217.60 approved as set out in the exempt appendix.</td></tr>
</table></main></body></html>`;

  it('recommends in the report, and reads the appendix of decisions as minutes: one row, one record', async () => {
    const result = await read('fenmarsh.html', html, 'html');
    expect(result.meta.body).toBe('Council');
    expect(result.records.map((r) => [r.kind, oneLine(r.text).slice(0, 36)])).toEqual([
      ['recommendation', 'approves the revised Contract Proced'],
      ['recommendation', 'appoints Ms Achebe-Taylor as an inde'],
      ['resolution', 'The minutes of the meeting held on 1'],
      ['resolution', 'the press and public be excluded fro'],
      ['resolution', 'Write-offs totalling £48,217.60 appr'],
    ]);
  });
});

