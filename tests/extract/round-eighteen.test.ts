import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the eighteenth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('a New York town board', () => {
  const text = `TOWN OF OSTRANDER FALLS
MINUTES OF THE REGULAR MEETING OF THE TOWN BOARD - April 14, 2026

RESOLUTION #2026-110   SEQRA NEGATIVE DECLARATION
Offered by Councilman Pruitt, seconded by Councilwoman Alvarado
NOW, THEREFORE, BE IT RESOLVED, that the Town Board hereby issues a Negative Declaration; and
BE IT FURTHER RESOLVED, that the Town Clerk is directed to file the Negative Declaration with
the Environmental Notice Bulletin.
Roll call:  Halloran - Aye; Pruitt - Aye
Adopted: Ayes 5, Nays 0

RESOLUTION #2026-115   PURCHASE OF PICKUP TRUCK
Offered by Councilman Pruitt, seconded by Councilman Vreeland
RESOLVED, that the Town Board authorizes the purchase of one pickup truck at a cost not to exceed $52,800.
Roll call:  Halloran - Nay; Pruitt - Aye; Alvarado - Nay
DEFEATED: Ayes 2, Nays 3

EXECUTIVE SESSION
Motion by Councilman Pruitt, seconded by Councilwoman Alvarado, to enter executive session at
8:12 p.m. to discuss pending litigation. Carried 5-0.
`;

  it('reads "RESOLVED, that" without its comma, one resolution with its FURTHER part ending before the roll call, nothing for one DEFEATED, and a motion "Carried 5-0."', async () => {
    const result = await read('ostrander.txt', text);
    expect(kinds(result.records, 'resolution').map((r) => [oneLine(r.text), r.procedural])).toEqual([
      ['the Town Board hereby issues a Negative Declaration; and BE IT FURTHER RESOLVED, that the Town Clerk is directed to file the Negative Declaration with the Environmental Notice Bulletin.', false],
      ['to enter executive session at 8:12 p.m. to discuss pending litigation.', true],
    ]);
  });
});

describe('parish minutes saved from Word', () => {
  it('reads apologies "had been received ... and these were accepted", "RESOLVED (5 for, 2 against) that", and stops before "The Clerk to write"', async () => {
    const text = `HOLLOWFIELD PARISH COUNCIL\nMinutes of the meeting held on 10 March 2026\n\n26/041 Apologies had been received from Cllr Denby (family commitment) and these were accepted by the Council.\n\n26/050 Allotments. RESOLVED (5 for, 2 against) that allotment rents be increased by 5% from 1 October 2026. The Clerk to write to all plot holders giving notice.\n`;
    const result = await read('hollowfield.txt', text);
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['resolution', 'Apologies had been received from Cllr Denby (family commitment) and these were accepted by the Council.'],
      ['resolution', 'allotment rents be increased by 5% from 1 October 2026.'],
      ['action', 'The Clerk to write to all plot holders giving notice.'],
    ]);
  });

  it('tasks "Officers were asked to ..." and leaves "where member councils resolved to lobby" as background', async () => {
    const text = `PLANNING SUB-COMMITTEE\nMinutes of the meeting held on 16 April 2026\n\nThe Mayor reported on the alliance meeting in Longreach, where member councils resolved to lobby for more road funding.\n\nOfficers were asked to obtain a swept-path analysis before the application returns.\n`;
    const result = await read('psc.txt', text);
    expect(result.records.map((r) => [r.kind, r.actor])).toEqual([['action', 'Officers']]);
  });
});

describe('a Queensland council as pdftotext writes it', () => {
  it('reads an action table whose header stands inside the item after its paragraph, and no tasks in a resolution captioned "RESOLUTION  Resolution No. 26/087"', async () => {
    const text = `MARRABEL DOWNS REGIONAL COUNCIL
Minutes of the Ordinary Meeting of Council held 22 April 2026

8.   CLOSED SESSION
     RESOLUTION                                                           Resolution No. 26/087
     Moved: Cr Santos                                      Seconded: Cr Brereton
     That the meeting be closed to the public at 10.48am under section 254J(3)(c) of the Local
     Government Regulation 2012 to discuss Item 8.1.
                                                                                  CARRIED 7/0

9.   GENERAL BUSINESS
     Cr Lutz asked whether Council might support the show centenary.
     ACTIONS ARISING
     Action                                                      Responsible                   Due
     Arrange site inspection of Kellys Crossing with Cr Mayne    Director Infrastructure       8 May 2026
     Circulate revised Councillor workshop schedule              Minute Secretary              24 April 2026
`;
    const result = await read('marrabel.txt', text);
    expect(kinds(result.records, 'action').map((r) => [r.text, r.actor, r.due])).toEqual([
      ['Arrange site inspection of Kellys Crossing with Cr Mayne', 'Director Infrastructure', '2026-05-08'],
      ['Circulate revised Councillor workshop schedule', 'Minute Secretary', '2026-04-24'],
    ]);
  });
});
