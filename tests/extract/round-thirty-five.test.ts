import { describe, expect, it } from 'vitest';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-fifth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);
const texts = (records: readonly { text: string }[]): string[] => records.map((r) => oneLine(r.text));

describe('a bilingual notice of Cabinet decisions', () => {
  const notice = `CYNGOR SIR FELINDRE
FELINDRE COUNTY COUNCIL

HYSBYSIAD O BENDERFYNIADAU'R CABINET
NOTICE OF CABINET DECISIONS

Dyddiad y cyfarfod / Date of meeting: Tuesday, 17 February 2026

EITEM 5 / ITEM 5: LIBRARY STRATEGY

Penderfyniad / Decision
That Cabinet:
(a) approves the Library Strategy 2026-2031 attached at Appendix 1;
(b) notes the responses received to the public consultation.

EITEM 6 / ITEM 6: SCHOOL ORGANISATION

Penderfyniad / Decision
GOHIRIWYD / DEFERRED to a future meeting of Cabinet.
`;

  it('is a decision notice ("Notice of Cabinet decisions"), its lettered parts the decisions, the deferred item none', async () => {
    const result = await read('felindre.txt', notice);
    expect(result.meta.doc_type).toBe('decision_notice');
    expect(texts(kinds(result.records, 'decision'))).toEqual([
      'approves the Library Strategy 2026-2031 attached at Appendix 1;',
      'notes the responses received to the public consultation.',
    ]);
  });
});

describe('an Irish county council: proposers named "Cllr." and what they carried', () => {
  const minutes = `# Kilmore County Council

## Minutes of the Monthly Meeting held on 9th February 2026

### 19/26 Confirmation of Minutes

On the proposal of Cllr. Máire Ní Bhriain, seconded by Cllr. Gerard Wynne, the minutes of the Monthly
Meeting held on 12th January 2026 were confirmed and signed.

### 24/26 Section 85 Agreement

On the proposal of Cllr. Michael Hanratty, seconded by Cllr. Ciara Prunty, it was resolved:

"That Kilmore County Council enter into an agreement with Dunmara County Council under Section 85 of the Local Government Act 2001 for the N17 realignment."

### 25/26 Bus Services

It was proposed by Cllr. Declan Fahy, seconded by Cllr. Pádraig Mac Giolla Rua, and agreed, that a letter
issue from the Cathaoirleach to the Minister for Transport requesting that the evening service be restored.

### 26/26 Conferences

On the proposal of Cllr. Liam Rooney, seconded by Cllr. Seamus Corrigan, it was agreed that the attendance
of Cllrs. Orla Lenihan and Gerard Wynne at the AILG training seminar in Athlone on 7th March 2026 be approved.

### 27/26 Notices of Motion

"That Kilmore County Council calls on the Minister for Housing to increase the Housing Adaptation Grant."

Ms. Kerins outlined the Council's allocation. The motion, seconded by Cllr. Aoife Gilsenan, was adopted unanimously.
`;

  it('reads each outcome whatever "Cllr." does to its sentence', async () => {
    const { records } = await read('kilmore.md', minutes, 'md');
    const resolutions = texts(kinds(records, 'resolution'));
    expect(resolutions).toContain('the minutes of the Monthly Meeting held on 12th January 2026 were confirmed and signed.');
    expect(resolutions).toContain('That Kilmore County Council enter into an agreement with Dunmara County Council under Section 85 of the Local Government Act 2001 for the N17 realignment.');
    expect(resolutions).toContain('a letter issue from the Cathaoirleach to the Minister for Transport requesting that the evening service be restored.');
    expect(resolutions.some((t) => t.includes('Orla Lenihan and Gerard Wynne at the AILG training seminar'))).toBe(true);
    expect(resolutions).toContain('That Kilmore County Council calls on the Minister for Housing to increase the Housing Adaptation Grant.');
    expect(resolutions).not.toContain('it was resolved:');
  });
});

describe('a New Zealand committee: movers as "Cr A / Cr B" and a recommendation to Council under its movers', () => {
  it('reads the resolution under "Cr A / Cr B", and gives the movers of the recommendation no record', async () => {
    const minutes = `# Waiharoa Regional Council – Catchment Committee

## Minutes of the meeting held on 14 May 2026

**Resolution CCR26/18**

Cr Whaanga / Cr Kinnaird

That the Committee:

(a) receives the report;

(b) requests the Chief Executive to report the tender outcome to the next meeting.

**CARRIED**

**Recommendation to Council**

Moved: Cr Tautahi
Seconded: Cr Fenwick-Holt

That the Committee recommends that Waiharoa Regional Council:

1. approves the draft Coastal Strategy for public consultation.

**CARRIED**
`;
    const { records } = await read('waiharoa.md', minutes, 'md');
    expect(kinds(records, 'resolution').map((r) => r.label)).toEqual(['(a)', '(b)']);
    expect(texts(kinds(records, 'recommendation'))).toEqual(['approves the draft Coastal Strategy for public consultation.']);
  });
});

describe('a US planning commission: items continued or denied', () => {
  it('gives no record for an item continued to a later meeting or an application denied', async () => {
    const minutes = `CITY OF ALDERTON PLANNING COMMISSION
MINUTES OF THE REGULAR MEETING OF MARCH 10, 2026

5.A CUP-26-002 – Drive-through coffee kiosk
Motion by Commissioner Reyes, seconded by Commissioner Lund, to continue CUP-26-002 to the regular meeting of April 14, 2026. Motion carried 5-0.

5.B SUB-26-004 – Tentative Parcel Map
Motion by Commissioner Lund, seconded by Commissioner Reyes, to deny Tentative Parcel Map SUB-26-004, finding that Parcels 2 and 3 do not meet the minimum lot frontage. Motion carried 4-1.

5.C VAR-26-001 – Fence height variance
Motion by Commissioner Reyes, seconded by Commissioner Lund, to approve Variance VAR-26-001 subject to the conditions in the staff report. Motion carried 5-0.
`;
    const { records } = await read('alderton.txt', minutes);
    expect(texts(kinds(records, 'resolution'))).toEqual(['to approve Variance VAR-26-001 subject to the conditions in the staff report.']);
  });
});
