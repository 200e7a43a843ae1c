import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the twenty-fifth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('numbered resolutions with their movers on a line of their own', () => {
  const minutes = `PINE VALLEY REGIONAL DISTRICT
MINUTES OF THE REGULAR BOARD MEETING HELD MARCH 12, 2026

1.   ADOPTION OF MINUTES
26-101   MOVED Director Larsen, SECONDED Director Okafor
         THAT the minutes of the February 12, 2026 Regular Board meeting be adopted as
         circulated.
                                                                         CARRIED

2.   CONTRACT AWARD - WATER TREATMENT PLANT ROOF
Three bids were received.

26-102   MOVED Director Okafor, SECONDED Director Brandt
         THAT the Board:
         1. award the contract for the water treatment plant roof to Summit Roofing Ltd.
            in the amount of $214,000 (excluding GST); and
         2. authorize the Chair and Corporate Officer to execute the contract.
                                                                         CARRIED

3.   CORRESPONDENCE
Director Brandt noted that the Village of Elk Ridge has resolved to ask the Province to fund
rural transit. Staff were asked to bring the Village's letter forward to the April 9, 2026
meeting.

26-103   MOVED Director Larsen, SECONDED Director Brandt
         THAT the correspondence be received for information.
                                                                         CARRIED
`;

  it('starts each resolution at "THAT", after the movers', async () => {
    const result = await read('board.txt', minutes);
    const resolutions = kinds(result.records, 'resolution');
    expect(resolutions.find((r) => r.label === '26-101')?.text).toMatch(/^THAT the minutes/);
    expect(resolutions.find((r) => r.label === '26-103')?.text).toMatch(/^THAT the correspondence/);
    expect(resolutions.some((r) => /MOVED|SECONDED/.test(r.text))).toBe(false);
  });

  it('gives a resolution per numbered clause under "THAT the Board:", the authority also an action', async () => {
    const result = await read('board.txt', minutes);
    const resolutions = kinds(result.records, 'resolution');
    expect(resolutions.filter((r) => r.label === '1.' || r.label === '2.').map((r) => [r.label, oneLine(r.text)])).toEqual([
      ['1.', 'award the contract for the water treatment plant roof to Summit Roofing Ltd. in the amount of $214,000 (excluding GST);'],
      ['2.', 'authorize the Chair and Corporate Officer to execute the contract.'],
    ]);
    expect(resolutions.some((r) => r.label === '26-102')).toBe(false);
    expect(kinds(result.records, 'action').map((a) => a.actor)).toContain('the Chair and Corporate Officer');
  });

  it('reads what another council "has resolved", as reported, as no record; the task after it is an action', async () => {
    const result = await read('board.txt', minutes);
    expect(result.records.some((r) => /ask the Province/.test(r.text))).toBe(false);
    expect(texts(kinds(result.records, 'action'))).toContain("Staff were asked to bring the Village's letter forward to the April 9, 2026 meeting.");
  });

  it('keeps bullets under a numbered resolution inside it: they list what one clause covers', async () => {
    const text = `${minutes}
26-104   MOVED Director Brandt, SECONDED Director Okafor
         THAT the Board ask the Ministry to consider the following:
         • a permit system for floating cabins;
         • a limit of seven days on any one lake.
                                                                         CARRIED
`;
    const result = await read('board.txt', text);
    const resolution = kinds(result.records, 'resolution').find((r) => r.label === '26-104');
    expect(resolution && oneLine(resolution.text)).toBe('THAT the Board ask the Ministry to consider the following: • a permit system for floating cabins; • a limit of seven days on any one lake.');
  });
});

describe('a resolution in sections with a list of conditions', () => {
  const resolution = `RESOLUTION NO. PC 2026-31

WHEREAS, an application was filed for a conditional use permit for a bakery; and

WHEREAS, the Planning Commission held a public hearing on April 8, 2026.

NOW, THEREFORE, BE IT RESOLVED by the Planning Commission as follows:

SECTION 1. The recitals above are true and correct.

SECTION 2. The Planning Commission approves Conditional Use Permit No. CUP-26-0007,
subject to the following conditions of approval:

   General Conditions

   1. This approval authorizes a bakery with a retail counter.
   2. The Applicant shall hold harmless the City against any claim.

   Compliance Review

   3. The Planning Director shall schedule a review of compliance with these
      conditions no later than twelve (12) months after the bakery opens.

SECTION 3. The City Clerk shall mail a certified copy of this Resolution to the Applicant
no later than April 15, 2026.

PASSED, APPROVED AND ADOPTED on April 8, 2026.
`;

  it('keeps the numbered conditions and their subheadings inside their section, and reads the sections after it', async () => {
    const result = await read('resolution.txt', resolution);
    const sections = kinds(result.records, 'resolution');
    expect(sections.map((r) => r.label)).toEqual(['SECTION 1.', 'SECTION 2.', 'SECTION 3.']);
    expect(oneLine(sections[1]!.text)).toMatch(/^The Planning Commission approves .* General Conditions 1\. This approval .* after the bakery opens\.$/);
  });

  it('gives an action for a listed condition that tasks an officer, none for one binding the applicant', async () => {
    const result = await read('resolution.txt', resolution);
    const actions = kinds(result.records, 'action');
    expect(actions.map((a) => a.actor)).toEqual(['The Planning Director', 'The City Clerk']);
    expect(oneLine(actions[0]!.text)).toBe('The Planning Director shall schedule a review of compliance with these conditions no later than twelve (12) months after the bakery opens.');
    expect(actions[0]!.parent).toBe('SECTION 2.');
  });
});

describe('a resolution in sections, as a PDF may give it', () => {
  it('keeps a line set apart between two of a section\'s findings inside it, and the sections after it', async () => {
    const text = `NOW, THEREFORE, BE IT RESOLVED by the Planning Commission as follows:

SECTION 1. The Planning Commission makes the following findings:

   A. The use is allowed in the district and complies with all applicable provisions of

   Title 17 of the Municipal Code.

   B. The site is suitable for the use.

SECTION 2. The Planning Commission approves the permit.
`;
    const result = await read('resolution.txt', text);
    const sections = kinds(result.records, 'resolution');
    expect(sections.map((r) => r.label)).toEqual(['SECTION 1.', 'SECTION 2.']);
    expect(oneLine(sections[0]!.text)).toMatch(/Title 17 of the Municipal Code\. B\. The site is suitable for the use\.$/);
  });

  it('ends the last section before what follows it, however a later item is numbered', async () => {
    const text = `NOW, THEREFORE, BE IT RESOLVED by the Planning Commission as follows:

SECTION 1. The Planning Director is directed to schedule a public hearing by June 11, 2026.

The Director answered questions about the hearing.

Item 5. Preliminary plat, Cedar Hollow. Motion to approve the plat, made by Commissioner Dean. Motion passed 9-0.
`;
    const result = await read('minutes.txt', text);
    const section = kinds(result.records, 'resolution').find((r) => r.label === 'SECTION 1.');
    expect(section && oneLine(section.text)).toBe('The Planning Director is directed to schedule a public hearing by June 11, 2026.');
  });

  it('takes the body from the caption and the date from the adoption line', async () => {
    const text = `RESOLUTION NO. PC 2026-31

A RESOLUTION OF THE PLANNING COMMISSION OF THE CITY OF WESTBROOK APPROVING
CONDITIONAL USE PERMIT NO. CUP-26-0007

WHEREAS, on October 14, 2025, an application was filed for a bakery.

NOW, THEREFORE, BE IT RESOLVED by the Planning Commission as follows:

SECTION 1. The Planning Commission approves Conditional Use Permit No. CUP-26-0007.

PASSED, APPROVED AND ADOPTED by the Planning Commission of the City of Westbrook
at a regular meeting held on the 8th day of April, 2026.
`;
    const result = await read('resolution.txt', text);
    expect(result.meta.body).toBe('Planning Commission');
    expect(result.meta.date).toBe('2026-04-08');
  });
});

describe('informal minutes', () => {
  const minutes = `# Glenmore Community Council

## Minutes of the meeting held on 3 March 2026

## 4. Planning

**26/00311/FUL – Garage, 4 Burn Road.** Members had no concerns.

**Agreed:** the community council will not object, but the Secretary will write to the planning
officer asking for a condition on working hours.

**26/00290/PPP – Houses at Loanhead.** It was agreed to defer a response until after the
developer's exhibition, and to put the application on the April agenda.

## 5. Community plan

**Action (all members):** send comments on the draft plan to the Chair by Friday 20 March.

## 6. AOCB

- **Litter pick.** Agreed: the spring litter pick will be held on Saturday 28 March 2026.
- **Path.** Officers were also asked to arrange a site meeting on the riverside path.

## 7. Call-in

The decision had been taken by Cabinet on 2 February 2026. Cabinet had resolved to close the
depot and to delegate authority to the Director of Environment to agree staffing arrangements.
`;

  it('reads the part after ", but" that tasks an officer as the action', async () => {
    const result = await read('cc.md', minutes, 'md');
    const action = kinds(result.records, 'action').find((a) => /Secretary/.test(a.text));
    expect(action && oneLine(action.text)).toBe('the Secretary will write to the planning officer asking for a condition on working hours.');
  });

  it('reads "Action (all members):" with its actor in brackets', async () => {
    const result = await read('cc.md', minutes, 'md');
    const action = kinds(result.records, 'action').find((a) => /send comments/.test(a.text));
    expect(action?.actor).toBe('all members');
    expect(action && oneLine(action.text)).toBe('send comments on the draft plan to the Chair by Friday 20 March.');
  });

  it('reads "Agreed:" after an item title in the same line as a resolution', async () => {
    const result = await read('cc.md', minutes, 'md');
    expect(texts(kinds(result.records, 'resolution'))).toContain('the spring litter pick will be held on Saturday 28 March 2026.');
  });

  it('reads "Officers were also asked to" as an action', async () => {
    const result = await read('cc.md', minutes, 'md');
    expect(texts(kinds(result.records, 'action'))).toContain('Officers were also asked to arrange a site meeting on the riverside path.');
  });

  it('gives nothing for a response deferred, nor for what Cabinet had resolved', async () => {
    const result = await read('cc.md', minutes, 'md');
    expect(result.records.some((r) => /defer|Loanhead|April agenda/.test(r.text))).toBe(false);
    expect(result.records.some((r) => /depot|staffing/.test(r.text))).toBe(false);
  });
});
