import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

/** Minutes of our own: two notices of motion quoted in their items, one adopted, one lost. */
const MINUTES = `Glenmore Municipal District
Minutes of the Monthly Meeting held on Tuesday, 9th June 2026

6. NOTICE OF MOTION No. 9/2026 - Cllr A. Brennan
"That Glenmore Municipal District calls on the National Transport Authority to extend the evening bus service to Rathkeel."
The Motion was proposed by Cllr Brennan, SECONDED by Cllr Duggan, and ADOPTED.

7. NOTICE OF MOTION No. 10/2026 - Cllr F. Nolan
"That the Municipal District waive parking charges in Glenmore on Saturdays in July."
The District Manager advised that the charges are set by bye-laws. A vote was called: For 3, Against 5. The Motion was declared LOST.
`;

describe('a notice of motion quoted in its item', () => {
  it('is a resolution, the quoted words, when the item says it was adopted; nothing when lost', async () => {
    const bytes = new TextEncoder().encode(MINUTES);
    const result = await processBytes(describeSource('/minutes/glenmore-2026-06-09.txt', bytes, 'txt'), bytes);
    if (!result.ok) throw new Error(result.reason);
    const resolutions = result.records.filter((r) => r.kind === 'resolution');
    expect(resolutions.map((r) => ({ label: r.label, text: r.text }))).toEqual([
      { label: '6.', text: 'That Glenmore Municipal District calls on the National Transport Authority to extend the evening bus service to Rathkeel.' },
    ]);
  });
});
