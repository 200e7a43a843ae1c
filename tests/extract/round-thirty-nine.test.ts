import { describe, expect, it } from 'vitest';
import { matchMarker, markerStyle } from '../../pipeline/readers/markers.ts';
import { oneLine, processText as read } from './process-text.ts';

// Mechanisms the thirty-ninth blind round asked for, each on text written for the test.
const kinds = <T extends { kind: string }>(records: readonly T[], kind: string): T[] => records.filter((r) => r.kind === kind);

describe('consent agenda items numbered "4A.", "4B." (no stop between number and letter)', () => {
  it('reads "4A." as a lettered item marker, and a year or "3D printing" not', () => {
    expect(matchMarker('4A. Approve the minutes of the March 3 meeting.')).toEqual({ marker: '4A.', contentOffset: 4 });
    expect(markerStyle('4A.')).toBe('alpha');
    expect(matchMarker('3D. printing')).toBeNull();
  });

  it('gives each item approved with the consent agenda as a resolution', async () => {
    const page = `<html><body><main>
<h1>Heron County Board of Commissioners – Regular Meeting Minutes – March 17, 2026</h1>
<h3>4. Consent Agenda</h3>
<p>Commissioner Ruiz moved, seconded by Commissioner Bell, to approve the Consent Agenda as presented. Motion carried 5-0.</p>
<div class="consent">
<p><strong>4A.</strong> Approve the minutes of the March 3, 2026 regular meeting.</p>
<p><strong>4B.</strong> Award a one-year mowing contract to Greenline Services in an amount not to exceed $48,200.</p>
</div>
<h3>5. Adjournment</h3>
</main></body></html>`;
    const { records } = await read('heron.html', page, 'html');
    expect(kinds(records, 'resolution').map((r) => [r.label, oneLine(r.text), r.procedural])).toEqual([
      [null, 'to approve the Consent Agenda as presented.', false],
      ['4A.', 'Approve the minutes of the March 3, 2026 regular meeting.', true],
      ['4B.', 'Award a one-year mowing contract to Greenline Services in an amount not to exceed $48,200.', false],
    ]);
  });
});
