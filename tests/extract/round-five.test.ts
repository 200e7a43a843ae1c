import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the fifth blind round asked for, each on text written for the test.
describe('an agenda that carries a draft resolution', () => {
  const AGENDA = `                 HILLCREST UNIFIED SCHOOL DISTRICT
                        BOARD OF EDUCATION
                     REGULAR MEETING - AGENDA
                    Thursday, May 7, 2026

3.  PUBLIC COMMENT
    Speakers are limited to three minutes. The Board may not act on items not on the agenda.

6.  CONSENT AGENDA (Action)
    Recommended action: That the Board approve Consent Agenda Items 6.1 through 6.4 as presented.

7.  POLICIES - FIRST READING
    Recommended action: First reading only; no action required.

8.  RESOLUTION NO. 2026-09 (attached)
    Recommended action: That the Board adopt Resolution No. 2026-09.

    NOW, THEREFORE, BE IT RESOLVED that the Superintendent is directed to give notice.
    PASSED AND ADOPTED this ____ day of May, 2026.
`;

  it('is an agenda by its title; "Recommended action:" gives recommendations, and nothing is resolved', async () => {
    const result = await read('agenda.txt', AGENDA);
    expect(result.meta.doc_type).toBe('agenda');
    expect(result.records.map((r) => [r.kind, oneLine(r.text)])).toEqual([
      ['recommendation', 'That the Board approve Consent Agenda Items 6.1 through 6.4 as presented.'],
      ['recommendation', 'That the Board adopt Resolution No. 2026-09.'],
    ]);
  });

  it('names the board from its centred title, not from "three minutes" further down', async () => {
    expect((await read('agenda.txt', AGENDA)).meta.body).toBe('Board of Education');
  });
});

describe('numbered resolutions with an amendment moved in between', () => {
  const MINUTES = `Town of Elmford
Regular Council Minutes - March 3, 2026

Resolution No. 2026-051
Moved by Councillor Aho
Seconded by Councillor Baird
THAT Council approve the 2026 tax levy;
AND THAT staff be directed to prepare the levy by-law for the Regular Meeting of Council on March 17, 2026.

Amendment
Moved by Councillor Cruz
Seconded by Councillor Aho
THAT the levy be reduced by one per cent.
DEFEATED

The main motion was then put.
CARRIED

Resolution No. 2026-052
Moved by Councillor Baird / Seconded by Councillor Cruz
THAT By-law 2026-008, being a By-law to regulate signs, be read a first and second time.
CARRIED

Council agreed that the Director of Public Works would hold an open house before construction begins.
`;

  it('keeps the main motion (carried after the amendment was defeated) and its task', async () => {
    const result = await read('elmford.txt', MINUTES);
    const resolutions = result.records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => r.label)).toEqual(['2026-051']);
    expect(result.records.filter((r) => r.kind === 'action').map((r) => [r.actor, r.due])).toEqual([
      ['staff', '2026-03-17'],
      ['the Director of Public Works', null],
    ]);
  });
});

describe('Irish minutes', () => {
  const MINUTES = `MINUTES of the Monthly Meeting of Rathmore Municipal District held on 9th March 2026

5. Roads Programme
It was AGREED that the Roads Programme 2026 be adopted.
It was further AGREED that the District Engineer would arrange a site meeting before the end of April 2026.
Following discussion it was AGREED to refer the draft bye-laws to the Economic Development SPC for further consideration.

6. Notice of Motion
Following discussion, the following motion was ADOPTED:

‘That this Municipal District calls on the Council’s roads section to resurface the R512.’
`;

  it('reads the formal "It was further AGREED that X would" as a resolution and an action; a referral as neither', async () => {
    const result = await read('rathmore.txt', MINUTES);
    expect(result.meta.body).toBe('Rathmore Municipal District');
    const texts = result.records.map((r) => [r.kind, oneLine(r.text)]);
    expect(texts).toContainEqual(['resolution', 'the District Engineer would arrange a site meeting before the end of April 2026.']);
    expect(texts).toContainEqual(['action', 'the District Engineer would arrange a site meeting before the end of April 2026.']);
    expect(texts.filter(([, t]) => /refer the draft/.test(t!))).toEqual([]);
  });

  it('gives a motion quoted after "the following motion was ADOPTED:" without its quotes, an apostrophe inside kept', async () => {
    const result = await read('rathmore.txt', MINUTES);
    expect(result.records.map((r) => oneLine(r.text))).toContain('That this Municipal District calls on the Council’s roads section to resurface the R512.');
  });
});

describe('planning decisions', () => {
  const MINUTES = `# Planning Committee

**Minutes of the meeting held on 1 April 2026**

### 12. 26/00123/FUL - Land at Brook Farm

**RESOLVED:** That planning permission be REFUSED for the following reasons:

1. The development would harm the setting of the listed barn.
2. The access would be unsafe.

### 13. 26/00200/FUL - The Old Dairy

**RESOLVED:** That planning permission be GRANTED, and that the Head of Planning, in consultation with the Chair, be authorised to settle the conditions.

**AGREED:**

a) That the Enforcement Team Leader report progress to the Committee meeting on 9 September 2026.
`;

  it('reads no record from a refusal, reasons and all (GUIDELINES: rejected applications are no record); finds the officer authorised past an aside, and one tasked after "That"', async () => {
    const result = await read('planning.md', MINUTES, 'md');
    const resolutions = result.records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => oneLine(r.text)).filter((t) => /REFUSED|listed barn|unsafe/.test(t))).toEqual([]);
    expect(oneLine(resolutions[0]!.text)).toMatch(/^planning permission be GRANTED, and that the Head of Planning/);
    expect(result.records.filter((r) => r.kind === 'action').map((r) => [r.actor, r.due])).toEqual([
      ['the Head of Planning', null],
      ['the Enforcement Team Leader', '2026-09-09'],
    ]);
  });
});

describe('a report whose recommendation paragraph is a lead-in over lettered clauses', () => {
  it('gives the lettered clauses ("2.1 That Cabinet: (a) ... (b) ...")', async () => {
    const REPORT = `Report to: Cabinet\nDate of meeting: 12 March 2026\n\n2.     RECOMMENDATIONS\n\n2.1    That Cabinet:\n\n       (a) approves the business case for the new pool;\n\n       (b) notes that a further report will follow.\n\n3.     BACKGROUND\n\n3.1    The pool opened in 1974.\n`;
    const result = await read('report.txt', REPORT);
    expect(result.records.map((r) => [r.kind, r.label])).toEqual([
      ['recommendation', '(a)'],
      ['recommendation', '(b)'],
    ]);
  });
});
