import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twelfth blind round asked for, each on text written for the test.
describe('council resolutions with numbered sub-items, mandates, votes and referrals', () => {
  it('keeps "3.1" under "3.", reads "be mandated to" as a task, leaves the vote out, and a report referred back as none', async () => {
    const text = `MINUTES OF THE COUNCIL OF THE UMVOTI LOCAL MUNICIPALITY HELD ON 26 MARCH 2026

ITEM C12/03/2026 MID-YEAR BUDGET
RESOLVED THAT:
1. The mid-year report be noted.
2. The Municipal Manager be mandated to submit the report to National Treasury within five working days.
3. Council notes that an adjustments budget will be prepared, taking into account:
3.1 the reduced equitable share; and
3.2 the revenue shortfall.
4. The Chief Financial Officer be directed to submit a revenue plan by 30 April 2026.

ITEM C13/03/2026 AUDIT REPORT
RESOLVED THAT: The report be referred back to the Municipal Public Accounts Committee.

ITEM C14/03/2026 TOWN CENTRE
RESOLVED (by 28 votes to 12) that a Town Centre Vacancy Fund of £50,000 be established.
`;
    const result = await read('umvoti.txt', text);
    const resolutions = result.records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => r.label)).toEqual(['1.', '2.', '3.', '4.', null]);
    expect(oneLine(resolutions[2]!.text)).toBe('Council notes that an adjustments budget will be prepared, taking into account: 3.1 the reduced equitable share; and 3.2 the revenue shortfall.');
    expect(resolutions[4]!.text).toBe('a Town Centre Vacancy Fund of £50,000 be established.');
    expect(result.records.filter((r) => r.kind === 'action').map((r) => r.actor)).toEqual(['The Municipal Manager', 'The Chief Financial Officer']);
  });
});

describe('a proposed record of decision', () => {
  it('reads "I propose to:" and its clauses as recommendations', async () => {
    const text = `HARROWFIELD COUNTY COUNCIL\nPROPOSED RECORD OF DECISION\n\nProposed decision:\nAs Cabinet Member for Highways and Transport, I propose to:\n\n(a) APPROVE a two-year demand responsive transport pilot; and\n\n(b) DELEGATE authority to the Director of Highways to award the operating contract.\n\nSigned: ______________   Date: ______________\n`;
    const result = await read('prod.txt', text);
    expect(result.meta.doc_type).toBe('proposed_decision');
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '(a)'],
      ['recommendation', '(b)'],
    ]);
  });
});

describe('a US resolution whose sections wrap and task the City Manager', () => {
  const text = `RESOLUTION NO. 2026-51
A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF MARLOW AWARDING A CONTRACT
WHEREAS, bids for the Project were opened on March 2, 2026;
NOW, THEREFORE, THE CITY COUNCIL OF THE CITY OF MARLOW DOES RESOLVE AS FOLLOWS:
SECTION 1. The contract for the Project is hereby awarded to Tern Paving, Inc. The City
Manager is authorized to execute the contract.
SECTION 2. The City Manager, or his designee, is directed to issue the Notice to Proceed within thirty
(30) days after receipt of the executed contract and twenty-one
(21) days after the bonds are received.
SECTION 3. The City Clerk shall certify to the adoption of this Resolution.
SECTION 4. This Resolution shall take effect immediately upon its adoption.
PASSED, APPROVED AND ADOPTED this 17th day of March, 2026, by the following vote:
AYES: Councilmembers Ortiz, Bell and Mayor Tran
`;

  it('dates the resolution by its adoption line, not by the first date in its recitals', async () => {
    const result = await read('marlow.txt', text);
    expect(result.meta.date).toBe('2026-03-17');
  });

  it('reads "thirty\\n(30) days" as one sentence wrapping, not a "(30)" list item, so later sections are kept', async () => {
    const result = await read('marlow.txt', text);
    const resolutions = result.records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => r.label)).toEqual(['SECTION 1.', 'SECTION 2.', 'SECTION 3.', 'SECTION 4.']);
    expect(oneLine(resolutions[1]!.text)).toBe(
      'The City Manager, or his designee, is directed to issue the Notice to Proceed within thirty (30) days after receipt of the executed contract and twenty-one (21) days after the bonds are received.',
    );
  });

  it('tasks the City Manager in a later sentence of a section and past "or his designee"', async () => {
    const result = await read('marlow.txt', text);
    const actions = result.records.filter((r) => r.kind === 'action');
    expect(actions.map((r) => [r.parent, r.actor])).toEqual([
      ['SECTION 1.', 'The City Manager'],
      ['SECTION 2.', 'The City Manager'],
      ['SECTION 3.', 'The City Clerk'],
    ]);
  });

  it('still starts a "(2)" item after a line that does not end with the number in words', async () => {
    const list = await read('list.txt', 'RESOLVED that the Council\n(1) approves the budget for the year; and\n(2) notes the reserves position.\n');
    expect(list.records.map((r) => r.label)).toEqual(['(1)', '(2)']);
  });
});
