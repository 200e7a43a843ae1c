import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../pipeline/eval/paths.ts';
import { readPdf } from '../../pipeline/readers/pdf.ts';
import { withTableRows } from '../../pipeline/readers/pdf-tables.ts';
import type { PlacedLine, PlacedPiece } from '../../pipeline/readers/pdf-text.ts';

/** A piece of text printed at (x, y), about 5 points a character wide. */
function at(text: string, x: number, y: number): PlacedPiece {
  return { text, x, y, width: text.length * 5 };
}

function line(...pieces: PlacedPiece[]): PlacedLine {
  return { text: pieces.map((p) => p.text).join(' '), pieces };
}

describe('PDF tables read back into rows', () => {
  it('rebuilds an action log whose headings are centred and whose cells wrap, centred on the row', () => {
    // As pdf.js gives a LibreOffice table: a wrapped Action cell's two lines straddle the row's
    // number, owner and date; the next row starts after a wider gap (the cells' padding).
    const lines = [
      line(at('Actions arising', 57, 200)),
      line(at('No.', 60, 230), at('Action', 230, 230), at('Owner', 438, 230), at('Due', 522, 230)),
      line(at('1', 58, 254), at('Publish the recommendations on the', 82, 247)),
      line(at('Forum web page', 82, 261), at('Clerk', 415, 254), at('28 January', 498, 247)),
      line(at('2026', 498, 261)),
      line(at('2', 58, 284), at('Submit the proforma to the', 82, 277)),
      line(at('Department for Education', 82, 291), at('Neil Haworth', 415, 284), at('by 22 Jan', 498, 277)),
      line(at('2026', 498, 291)),
      line(at('© Northbourne City Council 2026', 57, 320)),
    ];
    expect(withTableRows(lines)).toEqual([
      { text: 'Actions arising' },
      { text: 'No. | Action | Owner | Due', row: true },
      { text: '1 | Publish the recommendations on the Forum web page | Clerk | 28 January 2026', row: true },
      { text: '2 | Submit the proforma to the Department for Education | Neil Haworth | by 22 Jan 2026', row: true },
      { text: '© Northbourne City Council 2026' },
    ]);
  });

  it('keeps a wrapped first cell with its row, and gives each reference in the first column a row', () => {
    const wrapped = [
      line(at('Organisation', 60, 100), at('Status', 250, 100), at('Amount', 400, 100)),
      line(at('Ashwell Counselling', 60, 120), at('Registered charity', 250, 120), at('£1,250', 400, 120)),
      line(at('Centre', 60, 132)),
      line(at('Art Trail', 60, 150), at('Community group', 250, 150), at('£200', 400, 150)),
    ];
    expect(withTableRows(wrapped).map((l) => l.text)).toEqual([
      'Organisation | Status | Amount',
      'Ashwell Counselling Centre | Registered charity | £1,250',
      'Art Trail | Community group | £200',
    ]);
    const references = [
      line(at('Ref', 60, 100), at('Risk', 100, 100), at('Score', 300, 100), at('Owner', 350, 100)),
      line(at('CR03', 60, 120), at('Loss of ICT systems', 100, 116), at('20', 300, 120), at('Director', 350, 120)),
      line(at('through a cyber attack', 100, 128)),
      line(at('CR07', 60, 146), at('Crew availability', 100, 146), at('16', 300, 146), at('Area Manager', 350, 146)),
      line(at('CR11', 60, 160), at('Station rebuild', 100, 160), at('12', 300, 160), at('Head of Estates', 350, 160)),
    ];
    expect(withTableRows(references).map((l) => l.text)).toEqual([
      'Ref | Risk | Score | Owner',
      'CR03 | Loss of ICT systems through a cyber attack | 20 | Director',
      'CR07 | Crew availability | 16 | Area Manager',
      'CR11 | Station rebuild | 12 | Head of Estates',
    ]);
  });

  it('leaves lines alone where there is no table: text wrapped back to the margin, a line of figures, headings with prose below', () => {
    // Plain text laid out in columns with spaces, printed as a PDF: its long lines wrap to the margin.
    const spacedText = [
      line(at('Min.', 105, 100), at('Action', 153, 100), at('Owner', 489, 100)),
      line(at('Due', 57, 112)),
      line(at('26/016', 105, 124), at('Report the obstruction to the county', 153, 124), at('Clerk', 489, 124)),
      line(at('13/02/2026', 57, 136)),
      line(at('26/015', 105, 148), at('Pay the grants', 153, 148), at('Clerk', 489, 148)),
      line(at('28/02/2026', 57, 160)),
    ];
    expect(withTableRows(spacedText).some((l) => l.row)).toBe(false);
    const fees = [
      line(at('Interment - adult', 81, 100), at('Resident £420', 393, 100), at('Non-', 489, 100)),
      line(at('resident £840', 57, 112)),
      line(at('Interment of ashes', 81, 124), at('Resident £160', 393, 124), at('Non-', 489, 124)),
      line(at('resident £320', 57, 136)),
    ];
    expect(withTableRows(fees).some((l) => l.row)).toBe(false);
    const prose = [
      line(at('Present', 60, 100), at('Apologies', 200, 100), at('Absent', 340, 100)),
      line(at('The Chair welcomed members and officers to the meeting and opened the first item.', 60, 120)),
      line(at('Members noted the report of the Clerk on the state of the accounts at the year end.', 60, 132)),
    ];
    expect(withTableRows(prose).some((l) => l.row)).toBe(false);
  });

  it('reads a PDF action log as table rows, giving the records its Markdown source gives', async () => {
    // fixtures/families/parish-council-minutes-with-action-log.pdf: the .md fixture printed to PDF
    // by LibreOffice (by way of HTML), its action log a bordered table.
    const file = path.join(repoRoot(), 'fixtures', 'families', 'parish-council-minutes-with-action-log.pdf');
    const read = await readPdf(new Uint8Array(readFileSync(file)));
    if (!read.ok) expect.fail(read.reason);
    const rows = read.document.blocks.filter((b) => b.kind === 'table_row').map((b) => read.document.text.slice(b.start, b.end));
    expect(rows[0]).toBe('Ref | Action | Owner | Due');
    expect(rows).toContain('A5 | Weekly visual inspection of the playground | Cllr Bellamy | During April');
  });
});

describe('PDF lines that are not headings', () => {
  it('keeps "26/040 RESOLVED: (Cr Abbott / Cr Walsh)" with the words on the lines after it', async () => {
    const { assemble } = await import('../../pipeline/readers/pdf.ts');
    const read = assemble(['2. APOLOGIES\nAn apology was received from Cr Bellamy.\n26/040 RESOLVED: (Cr Abbott / Cr Walsh)\nThat the apology tendered by Cr Bellamy be accepted.']);
    if (!read.ok) expect.fail(read.reason);
    const block = read.document.blocks.find((b) => read.document.text.slice(b.start, b.end).startsWith('26/040'));
    expect(block?.kind).toBe('paragraph');
    expect(read.document.text.slice(block!.start, block!.end)).toContain('That the apology tendered');
  });
});
