import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirtieth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('motions with amendments and outcomes further down', () => {
  it('reads the main motion carried after its amendment was defeated, the amendment as nothing', async () => {
    const text = `TOWN OF PORT HALLETT - MINUTES OF THE REGULAR MEETING OF COUNCIL, MARCH 10, 2026

8.  FINANCE

It was moved by Councillor Rafuse and seconded by Councillor Gillis that Council
approve a grant of $7,500 to the Harbour Days Society for the 2026 festival.

It was moved by Councillor Mehta and seconded by Deputy Mayor MacKinnon that the
motion be amended by reducing the grant to $5,000.
                                               AMENDMENT DEFEATED

The main motion was then put.
                                                          MOTION CARRIED
`;
    const result = await read('town.txt', text);
    expect(texts(kinds(result.records, 'resolution'))).toEqual(['Council approve a grant of $7,500 to the Harbour Days Society for the 2026 festival.']);
  });

  it('gives nothing for a resolution that "FAILED 2-3" after discussion and a roll call', async () => {
    const text = `VILLAGE OF HARLOW FALLS - BOARD OF TRUSTEES - REGULAR MEETING MINUTES - MARCH 9, 2026

RESOLUTION 2026-34
Offered by Trustee Abruzzo, seconded by Trustee Szymanski:
   RESOLVED, that the Board of Trustees authorizes the purchase of a used wheel loader for an
   amount not to exceed $64,000.
Trustee Okafor said the Board should wait for the capital plan.
ROLL CALL VOTE:  Trustee Abruzzo - Aye;  Trustee Okafor - Nay;  Mayor Vantassel - Nay
Resolution 2026-34 FAILED 1-2.

PUBLIC COMMENT
${'Residents spoke about the state of Mill Street, the brush pickup schedule and the library hours. '.repeat(30)}

BUDGET TRANSFER
From: A1990.4 Contingency
To: A5142.1 Snow Removal - Personal Services $18,500.00
`;
    const result = await read('village.txt', text);
    expect(result.records.some((r) => /wheel loader/.test(r.text))).toBe(false);
    expect(result.meta.body).not.toMatch(/Snow Removal/);
  });
});

describe('actions named in other ways', () => {
  const minutes = `MINUTES OF THE PROTOCOL COMMITTEE HELD ON 9 MARCH 2026

1.  BUDGET
RESOLVED that the Director of Finance (Section 151 Officer) be authorised to make any technical
amendments to the budget.

2.  BUS SERVICES
The Director of Transport added that operators had been asked to supply route-level data by the
end of April.

3.  SISTER CITY VISIT
After discussion the Committee agreed to make the following recommendation to the Council:
That the Council accept the invitation to visit Lorient in June 2026.

4.  PLANNING
RESOLVED that permission be granted, subject to conditions to be drafted by officers.
`;

  it('reads an office with its title in brackets as tasked, and conditions "to be drafted by officers" as their task', async () => {
    const result = await read('minutes.txt', minutes);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toEqual(['the Director of Finance', 'officers']);
  });

  it('gives no action for what operators "had been asked" before, nor for agreeing to make a recommendation', async () => {
    const result = await read('minutes.txt', minutes);
    expect(result.records.some((r) => r.kind === 'action' && /operators|following recommendation/.test(r.text))).toBe(false);
  });
});
