import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

/** Minutes of our own: a numbered resolution with recitals and a "FURTHER RESOLVED" part. */
const MINUTES = `Town of Eastbrook
Committee of the Whole Minutes
Tuesday, April 14, 2026

4.1 Winter Maintenance of Sidewalks
CW-2026-051
Moved by Councillor Okafor
Seconded by Councillor Lindqvist
WHEREAS the Town clears sidewalks within 48 hours of the end of a snowfall; and
WHEREAS residents using walkers and wheelchairs have asked for a shorter standard;
NOW THEREFORE BE IT RESOLVED THAT staff be directed to report on the cost of a 24-hour clearing standard no later than June 9, 2026;
AND BE IT FURTHER RESOLVED THAT the Clerk send a copy of this resolution to the Accessibility Advisory Committee.
CARRIED
`;

async function records() {
  const bytes = new TextEncoder().encode(MINUTES);
  const result = await processBytes(describeSource('/minutes/cw-2026-04-14.txt', bytes, 'txt'), bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.records;
}

describe('a numbered resolution with recitals and a further resolved part', () => {
  it('is one resolution, labelled with its number, from the operative words on (recitals left out)', async () => {
    const resolutions = (await records()).filter((r) => r.kind === 'resolution');
    expect(resolutions).toHaveLength(1);
    expect(resolutions[0]).toMatchObject({ label: 'CW-2026-051' });
    expect(resolutions[0]!.text).toMatch(/^staff be directed to report .* Accessibility Advisory Committee\.$/);
  });

  it('gives an action for each part that tasks someone, both under the resolution\'s number', async () => {
    const actions = (await records()).filter((r) => r.kind === 'action');
    expect(actions.map((a) => ({ text: a.text, actor: a.actor, due: a.due, parent: a.parent }))).toEqual([
      { text: 'staff be directed to report on the cost of a 24-hour clearing standard no later than June 9, 2026;', actor: 'staff', due: '2026-06-09', parent: 'CW-2026-051' },
      { text: 'the Clerk send a copy of this resolution to the Accessibility Advisory Committee.', actor: 'the Clerk', due: null, parent: 'CW-2026-051' },
    ]);
  });
});
