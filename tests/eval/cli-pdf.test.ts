import { describe, expect, it } from 'vitest';
import { runCli } from '../import/helpers.ts';

/**
 * The CLI runs from an esbuild bundle (pipeline/cli/bundle.mjs) whose loader rewrites our sources;
 * `eval` reads PDFs in its own thread through that bundle, not through a worker's. A PDF of the
 * corpus read that way must give its records: once, the rewrite broke pdf.js's loading for every PDF
 * read in-process while imports (worker bundles) and the unit tests (no bundle) still passed.
 */
describe('a PDF read by the bundled CLI in its own thread', () => {
  it('scores a corpus PDF with no read failure', async () => {
    const run = await runCli(['eval', '--doc', 'c001', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { failures: unknown[]; kinds: { overall: { tp: number; recall: number | null } } };
    expect(report.failures).toEqual([]);
    expect(report.kinds.overall.tp).toBeGreaterThan(10);
    expect(report.kinds.overall.recall).toBeGreaterThan(0.9);
  });
});
