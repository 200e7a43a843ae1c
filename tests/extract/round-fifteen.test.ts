import { describe, expect, it } from 'vitest';
import { assemble } from '../../pipeline/readers/pdf.ts';
import { joinWrappedParagraphs } from '../../pipeline/readers/docx.ts';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the fifteenth blind round asked for, and those the earlier rounds' documents asked for
// when converted to PDF and DOCX; each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a Scottish committee', () => {
  const text = `Minutes: Education Committee
Tuesday, 10th March, 2026 10.00 am

5. Learning Estate
The Convener, seconded by the Vice-Convener, moved that the Committee:-

(1) approve the start of a statutory consultation on a shared campus;

(2) instruct the Executive Director of Education and Children's Services to report the outcome by November 2026.

Councillor Reid, seconded by Councillor Pettigrew, moved as an amendment that the Committee defer the matter.

On a division, there voted for the motion (6) and for the amendment (4). The motion was accordingly carried.

6. Pupil Support
Decision:
The Committee approved a revised allocation model.
Minutes:
The Committee agreed:-

(1) to approve the revised allocation model set out in Appendix 1;

(2) to note the impact assessment.

10. School Holiday Dates
Decision:
Deferred to the meeting on 12 May 2026.
`;

  it('reads a motion moved with its clauses and carried on a division, and "The Committee agreed:-" outside a Decision box as resolutions', async () => {
    const result = await read('scot.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['(1)', '(2)', '(1)', '(2)']);
    expect(kinds(result.records, 'decision').map((r) => oneLine(r.text))).toEqual(['The Committee approved a revised allocation model.']);
  });

  it("tasks an officer whose title has an apostrophe (\"Children's Services\")", async () => {
    const result = await read('scot.txt', text);
    expect(kinds(result.records, 'action').map((r) => r.actor)).toEqual(["the Executive Director of Education and Children's Services"]);
  });
});

describe('a forward plan', () => {
  it('gives nothing for decisions to be taken, and the decisions taken under urgency it reports', async () => {
    const text = `WREXLEY BOROUGH COUNCIL\nNOTICE OF KEY DECISIONS (FORWARD PLAN)\n\nKD/2026/051  HRA Business Plan\n  Matter for decision:  Approval of the refreshed business plan.\n  Decision maker:       Cabinet\n\nPART C - DECISIONS TAKEN UNDER URGENCY\n\n1. KD/2026/044  Temporary Accommodation\n   Decision:\n   (1) To approve the acquisition of 12 units at Carrow Lane.\n   (2) To delegate authority to the Director of Place to complete the purchase by 30 June 2026.\n`;
    const result = await read('fp.txt', text);
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(kinds(result.records, 'decision').map((r) => r.label)).toEqual(['(1)', '(2)']);
    const plain = await read('fp2.txt', 'WREXLEY BOROUGH COUNCIL\nFORWARD PLAN\n\nKD/2026/051  HRA Business Plan\n  Matter for decision:  Approval of the refreshed business plan.\n');
    expect(plain.records).toEqual([]);
  });
});

describe('a county council budget meeting and a planning committee', () => {
  it('leaves out a notice of motion\'s text referred elsewhere, an amendment as moved, and "Procedure Rule\\n16.4" as a list item', async () => {
    const text = `COUNTY COUNCIL\nMinutes of the meeting held on 19 February 2026\n\n92. BUDGET\nOn the proposal of the Chairman, the Council AGREED that Council Procedure Rule\n16.4 be varied for this item.\n\nCouncillor Treloar moved and Councillor Ocampo seconded the following amendment: "That the Director of Finance be asked to review the reserves." The amendment was LOST.\n\n95. MOTION ON NOTICE\nCouncillor Ocampo had given notice of the following motion:\n  "This Council notes the increase in refusals. This Council resolves to ask the Cabinet Member\n  for Education to review the assessments and to report back by July 2026."\nThe Chairman ruled that it stand referred to the Cabinet.\n`;
    const result = await read('county.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([['resolution', 'Council Procedure Rule 16.4 be varied for this item.']]);
  });

  it('reads each application a planning committee commented on in its observations table, not the lead-in or a deferred row', async () => {
    const text = `# Town Council Planning Committee\n\n**Minutes of the meeting held on 9 March 2026**\n\nThe Committee **RESOLVED** to submit the observations shown in the final column.\n\n| Ref | Site | Proposal | Observation |\n|---|---|---|---|\n| 26/00388/HOU | 12 Orchard Close | Rear extension | No objection |\n| 26/00397/FUL | Land off Station Road | Two dwellings | Objection - overdevelopment |\n| 26/00415/HOU | 3 Millpond Lane | Garden room | Deferred to the next meeting |\n\nRESOLVED that the Clerk submits this response before 20 March 2026.\n`;
    const result = await read('planning.md', text, 'md');
    expect(kinds(result.records, 'resolution').map((r) => r.label)).toEqual(['26/00388/HOU', '26/00397/FUL', null]);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['the Clerk', '2026-03-20']]);
  });
});

describe('town council minutes saved from Word', () => {
  it('reads "RESOLVED that recommendation AM/54 be adopted" as a resolution, and "agreed to defer a decision" as nothing', async () => {
    const text = `TOWN COUNCIL\nMinutes of the meeting held on 16 March 2026\n\n12. Amenities\nRESOLVED that recommendation AM/54 be adopted.\n\n13. Lighting\nIt was agreed to defer a decision until the April meeting.\n`;
    const result = await read('town.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([['resolution', 'recommendation AM/54 be adopted.']]);
  });
});

describe('the same minutes as PDF text and as a DOCX of one paragraph a line', () => {
  it('ends a list of recommendations with its sentence when the minutes go on on the next line (no blank line in PDF text)', async () => {
    const text = `SCRUTINY COMMITTEE\nMinutes of the meeting held on 11 March 2026\nRECOMMENDED TO CABINET that:\n1. the withdrawal of the mobile library be postponed;\n2. any library without a community group remain council-run until one is in place.\nThe Cabinet Member said that Cabinet would reconsider the decision in March.\n`;
    const result = await read('scrutiny.txt', text);
    expect(kinds(result.records, 'recommendation').map((r) => oneLine(r.text))).toEqual([
      'the withdrawal of the mobile library be postponed;',
      'any library without a community group remain council-run until one is in place.',
    ]);
  });

  it('reads Owner: and Due: fields a single space apart, as PDF text keeps them', async () => {
    const text = `SCRUTINY COMMITTEE\nMinutes of the meeting held on 11 March 2026\n\nACTIONS ARISING\n\n1. Send the referral letter to the Leader.\nOwner: Democratic Services Officer Due: 13 March 2026\n`;
    const result = await read('actions.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.actor, r.due])).toEqual([['Democratic Services Officer', '2026-03-13']]);
  });

  it('keeps a rule line of dashes in a PDF page out of the paragraph above it', () => {
    const read = assemble(['"That the minutes be confirmed and signed."\n-------------------------------\nMM/043/2026 CHIEF EXECUTIVE\'S REPORT']);
    if (!read.ok) throw new Error(read.reason);
    const { text, blocks } = read.document;
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['"That the minutes be confirmed and signed."', '-------------------------------', "MM/043/2026 CHIEF EXECUTIVE'S REPORT"]);
  });

  it('joins a DOCX paragraph that ends mid-sentence to the next one when it goes on in lower case', () => {
    const joined = joinWrappedParagraphs([
      { kind: 'paragraph', text: 'VOTED: That the Town raise and appropriate $412,000 for the', marker: null, level: 0 },
      { kind: 'paragraph', text: 'resurfacing of Town roads.', marker: null, level: 0 },
      { kind: 'paragraph', text: 'Present: Cllr A, Cllr B', marker: null, level: 0 },
      { kind: 'paragraph', text: 'Apologies: Cllr C', marker: null, level: 0 },
    ]);
    expect(joined.map((b) => b.text)).toEqual([
      'VOTED: That the Town raise and appropriate $412,000 for the\nresurfacing of Town roads.',
      'Present: Cllr A, Cllr B',
      'Apologies: Cllr C',
    ]);
  });

  it('reads a PDF page\'s rows of figures as the clause\'s own lines, not headings, and "Rule\\n16.4" as no marker', () => {
    const read = assemble([
      "6. the council tax for each band be as follows:\nBand A £1,208.24 Band E £2,215.11\nBand B £1,409.61 Band F £2,617.85\n7. the Council AGREED that Council Procedure Rule\n16.4 be varied for this item.",
    ]);
    if (!read.ok) throw new Error(read.reason);
    const { text, blocks } = read.document;
    expect(blocks.map((b) => [b.kind, b.marker])).toEqual([
      ['list_item', '6.'],
      ['list_item', '7.'],
    ]);
    expect(text.slice(blocks[1]!.start, blocks[1]!.end)).toContain('16.4 be varied');
  });

  it('gives no action from inside an amendment as moved, however its lines were broken', async () => {
    const text = `COUNTY COUNCIL\nMinutes of the meeting held on 19 February 2026\nCouncillor Treloar moved and Councillor Ocampo seconded the following amendment:\n"That paragraph 2 be amended by inserting (d):\n'(d) £1,350,000 be transferred from reserves', and that the\nDirector of Finance be asked to make the consequential changes."\nThe amendment was LOST.\n`;
    const result = await read('amend.txt', text);
    expect(kinds(result.records, 'action')).toEqual([]);
  });
});

