import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-second blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a ModernGov minutes page that lays each item out as a row of a table', () => {
  // The item's number in one cell; its title, "Decision:", "Minutes:" and "RESOLVED:" in the other.
  const page = `<html><head><title>Minutes - Cabinet - Wednesday, 4th March, 2026</title></head><body>
<h1>Minutes:<br>Cabinet - Wednesday, 4th March, 2026 6.30 pm</h1>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>41.</p></td><td>
<p class="mgAiTitleTxt">Allotments Strategy <a href="s1.pdf">PDF 120 KB</a></p>
<h3>Decision:</h3>
<div><p>(1)&nbsp;&nbsp;That the Allotments Strategy 2026-2031 be approved.</p>
<p>(2)&nbsp;&nbsp;That the Head of Parks be authorised to open the waiting list to non-residents.</p></div>
<h3>Reasons for decision:</h3>
<div><p>Demand for plots has fallen in two wards and vacant plots are becoming overgrown.</p></div>
<h3>Minutes:</h3>
<div><p>The Portfolio Holder for Leisure and Culture agreed to send the plot holders' association a copy of the strategy within five working days.</p>
<p><strong>RESOLVED:</strong></p>
<p>(1)&nbsp;&nbsp;That the Allotments Strategy 2026-2031 be approved.</p>
<p>(2)&nbsp;&nbsp;That the Head of Parks be authorised to open the waiting list to non-residents.</p></div>
</td></tr>
</table></body></html>`;

  it('reads the cell as the blocks it holds: a decision and a resolution per clause, and the actions', async () => {
    const { records } = await read('cabinet.html', page, 'html');
    expect(texts(kinds(records, 'decision'))).toEqual([
      'the Allotments Strategy 2026-2031 be approved.',
      'the Head of Parks be authorised to open the waiting list to non-residents.',
    ]);
    expect(kinds(records, 'resolution').map((r) => r.label)).toEqual(['(1)', '(2)']);
    expect(texts(kinds(records, 'action'))).toContain(
      "The Portfolio Holder for Leisure and Culture agreed to send the plot holders' association a copy of the strategy within five working days.",
    );
  });

  it('keeps a data table whose cells hold a paragraph each as table rows', async () => {
    const log = `<html><body><h1>Minutes of the Parish Council, 2 March 2026</h1>
<p>RESOLVED: That the minutes of the last meeting be approved.</p>
<h2>Action log</h2>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td><p>A1</p></td><td><p>Order two new litter bins for the recreation ground</p></td><td><p>Clerk</p></td><td><p>31 March 2026</p></td></tr>
</table></body></html>`;
    const { records } = await read('parish.html', log, 'html');
    expect(kinds(records, 'action').map((r) => [oneLine(r.text), r.actor])).toEqual([['Order two new litter bins for the recreation ground', 'Clerk']]);
  });
});

describe("a page's own title block in a <header> outside <main>", () => {
  it('is the document, not the site: the meeting it names makes the page minutes, and the council is the body', async () => {
    const page = `<html><head><title>Extraordinary Meeting - Minutes | Ōtāwhiti District Council</title></head><body>
<nav><a href="/">Home</a> &gt; <a href="/meetings">Meetings</a></nav>
<header><h1>Ōtāwhiti District Council</h1><h2>Minutes of an Extraordinary Meeting of Council</h2>
<p>Held in the Council Chambers on Tuesday 10 March 2026 at 1.00pm</p></header>
<main>
<p>Present: Mayor A. Rangi (Chairperson), Crs B. Tane, C. Hohepa</p>
<h3>1 Apologies</h3>
<p>Resolution number ODC/2026/011</p>
<p>Moved: Cr Tane<br>Seconded: Cr Hohepa</p>
<p>That the apology from Cr Walker be accepted.</p>
<p><strong>CARRIED</strong></p>
</main></body></html>`;
    const result = await read('odc.html', page, 'html');
    expect(result.meta.doc_type).toBe('minutes');
    expect(result.meta.body).toBe('Ōtāwhiti District Council');
    expect(texts(result.records)).toEqual(['the apology from Cr Walker be accepted.']);
  });

  it("leaves out a site's banner: a <header> with its links and navigation", async () => {
    const page = `<html><body><header><h1>Northmere Borough Council</h1><a href="/">Home</a><nav><a href="/a">A to Z</a></nav></header>
<main><h1>Licensing Committee</h1><p>Minutes of the meeting held on 5 March 2026</p>
<p>RESOLVED: That the minutes of the meeting held on 5 February 2026 be approved.</p></main></body></html>`;
    const result = await read('lic.html', page, 'html');
    expect(result.meta.body).toBe('Licensing Committee');
  });
});

describe("an officer's recommendation printed in minutes on a line of its own", () => {
  it('gives a recommendation per clause, beside the resolution that follows, and no actions of its own', async () => {
    const minutes = `MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 12 MARCH 2026

7.1 Footpath Renewals Programme

Officer's Recommendation

That the Council:

1. Receives the report.

2. Approves the 2026/27 footpath renewals programme at Attachment A.

3. Delegates to the Chief Executive the award of the renewals contract.

Resolution number ODC/2026/014

Moved: Cr Tane
Seconded: Cr Hohepa

That the Council:

1. Receives the report.

2. Approves the 2026/27 footpath renewals programme at Attachment A.

CARRIED
`;
    const { records } = await read('footpaths.txt', minutes);
    expect(kinds(records, 'recommendation').map((r) => r.label)).toEqual(['1.', '2.', '3.']);
    expect(kinds(records, 'resolution').map((r) => r.label)).toEqual(['1.', '2.']);
    expect(kinds(records, 'action')).toEqual([]);
  });
});

describe('a Scottish minute: a "Decision" section that says "The Board agreed to ..."', () => {
  it('is one record, the decision, not a resolution as well', async () => {
    const minute = `GLENARDEN INTEGRATION JOINT BOARD

MINUTE of MEETING of the GLENARDEN INTEGRATION JOINT BOARD held on 11 March 2026

Present: Councillor A Munro (Chair), Ms B Reid (Vice-Chair)

4.  ACTION LOG

The Chief Officer reported that actions 14 and 15 had been completed.

Decision

The Integration Joint Board agreed to remove actions 14 and 15 from the action log.
`;
    const { records } = await read('ijb.txt', minute);
    expect(records.map((r) => r.kind)).toEqual(['decision']);
  });
});

describe('an Ontario county council: correspondence and "AND THAT" clauses', () => {
  const minutes = `THE CORPORATION OF THE COUNTY OF ASHWOOD
COUNTY COUNCIL MINUTES
March 12, 2026

8. CORRESPONDENCE
8.1 Resolution of the Township of Birch Falls dated February 3, 2026. The Township resolved to
    call on the Province of Ontario to restore rural transit funding.
Resolution No. 2026-110
Moved by Councillor Sethi
Seconded by Councillor Quinlan
THAT the County of Ashwood support the resolution of the Township of Birch Falls regarding rural transit;
AND THAT the Clerk forward a copy of this resolution to the Minister of Transportation.
                                                                                        CARRIED
`;

  it("does not take another municipality's resolution, received as correspondence, as the council's", async () => {
    const { records } = await read('ashwood.txt', minutes);
    expect(texts(kinds(records, 'resolution'))).toEqual([
      'the County of Ashwood support the resolution of the Township of Birch Falls regarding rural transit; AND THAT the Clerk forward a copy of this resolution to the Minister of Transportation.',
    ]);
  });

  it('reads "AND THAT the Clerk forward ..." in capitals as the Clerk\'s task', async () => {
    const { records } = await read('ashwood.txt', minutes);
    expect(kinds(records, 'action').map((r) => [oneLine(r.text), r.actor])).toEqual([
      ['the Clerk forward a copy of this resolution to the Minister of Transportation.', 'the Clerk'],
    ]);
  });
});

describe('a clause that itemises what it covers ("totalling $X, comprising:")', () => {
  it('is one record with its items, not a record per item', async () => {
    const minutes = `MINUTES OF THE ORDINARY MEETING OF COUNCIL HELD ON 12 MARCH 2026

9.1.2 LIST OF ACCOUNTS PAID

OFFICER RECOMMENDATION

That Council receive the list of accounts paid for February 2026, totalling $96,500.00, comprising:

- Municipal Fund EFT payments 2201 to 2290 $91,300.00
- Municipal Fund cheques 611 to 614 $5,200.00

COUNCIL RESOLUTION 042/2026

Moved Cr Ash, Seconded Cr Birch

That Council receive the list of accounts paid for February 2026, totalling $96,500.00, comprising:

- Municipal Fund EFT payments 2201 to 2290 $91,300.00
- Municipal Fund cheques 611 to 614 $5,200.00

CARRIED 7/0
`;
    const { records } = await read('accounts.txt', minutes);
    expect(records.map((r) => [r.kind, oneLine(r.text).slice(-28)])).toEqual([
      ['recommendation', 'cheques 611 to 614 $5,200.00'],
      ['resolution', 'cheques 611 to 614 $5,200.00'],
    ]);
  });
});

describe('"OFFICER RECOMMENDATION AND COUNCIL RESOLUTION" over the movers', () => {
  it('gives each clause as the recommendation and as the resolution', async () => {
    const minutes = `MINUTES OF THE SPECIAL MEETING OF COUNCIL HELD ON 17 FEBRUARY 2026

6.1 MID-YEAR BUDGET REVIEW

OFFICER RECOMMENDATION / COUNCIL RESOLUTION SCM2026/014

Moved: Cr Ferris   Seconded: Cr Talbot

That Council, by Absolute Majority:

1. Adopt the 2025/26 Mid-Year Budget Review as presented; and

2. Approve the budget amendments listed in Attachment 6.1B.

CARRIED BY ABSOLUTE MAJORITY 7/0
`;
    const { records } = await read('wa.txt', minutes);
    expect(records.map((r) => `${r.kind} ${r.label}`).sort()).toEqual(['recommendation 1.', 'recommendation 2.', 'resolution 1.', 'resolution 2.']);
  });
});
