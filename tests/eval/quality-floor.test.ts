import { describe, expect, it } from 'vitest';
import { runEval } from '../../pipeline/eval/run-eval.ts';

/**
 * F1 floors per record kind and overall, over the seeds and the dev corpus (`npm run eval`).
 * They sit just under the figures extraction reaches, so that a change that loses records fails
 * here; raise them when extraction improves, never lower them to make a change pass.
 */
export const QUALITY_FLOORS = {
  // Just under the figures reached on 2026-11-27 with `npm run eval` after the extraction-quality work
  // of issue 4 (decision 1.000, recommendation 0.984, resolution 0.992, action 0.978, overall 0.988):
  // raise them as extraction improves.
  decision: 0.98,
  recommendation: 0.965,
  resolution: 0.975,
  action: 0.96,
  overall: 0.975,
} as const;

describe('extraction quality on seeds + dev corpus', () => {
  it('stays at or above the F1 floors for every kind', { timeout: 240_000 }, async () => {
    const result = await runEval({ gold: 'all' });
    expect(result.unlocatedGold).toEqual([]);
    const reached = Object.fromEntries(Object.keys(QUALITY_FLOORS).map((k) => [k, result.kinds[k as keyof typeof QUALITY_FLOORS].f1 ?? 0]));
    for (const [kind, floor] of Object.entries(QUALITY_FLOORS)) {
      expect(reached[kind], `${kind} F1 (floor ${floor})`).toBeGreaterThanOrEqual(floor);
    }
  });
});
