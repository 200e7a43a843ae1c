import { beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../pipeline/cli/main.ts';
import { freshDb, storeAnnotated } from './helpers.ts';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  try {
    const code = await main(['node', 'decision-trail', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('decision-trail trail', () => {
  let dbPath: string;
  beforeAll(async () => {
    const fresh = freshDb();
    dbPath = fresh.dbPath;
    await storeAnnotated(fresh.db);
    // No rebuild here: the command must notice the trail tables are stale and build them.
    fresh.db.close();
  });

  it('prints a reference\'s trail in date order with sources, confidence, the amendment and call-in', async () => {
    const { code, out } = await run(['trail', '25/00412', '--db', dbPath, '--today', '2025-03-17']);
    expect(code).toBe(0);
    expect(out).toContain('Decision 25/00412: Riverside Library Hub');
    expect(out.indexOf('RECOMMENDED (a)')).toBeLessThan(out.indexOf('DECIDED (a)'));
    expect(out.indexOf('DECIDED (c)')).toBeLessThan(out.indexOf('RESOLVED (a)'));
    expect(out).toContain('source: ');
    expect(out).toContain('riverside-report.txt, page 1');
    expect(out).toMatch(/from #2: decided as, confidence 0\.\d\d, similarity 0\.\d\d/);
    expect(out).toContain('removed: "£450,000"');
    expect(out).toContain('call-in OPEN until 2025-03-21 (published 2025-03-13, 4 days left)');
    expect(out).toContain('ACTION by the Head of Culture');
    expect(out).not.toContain('car parking');
  });

  it('gives JSON with --json', async () => {
    const { code, out } = await run(['trail', '25-00412', '--db', dbPath, '--json', '--today', '2025-04-01']);
    expect(code).toBe(0);
    const trail = JSON.parse(out) as { reference: string; steps: { stage: string; call_in: { state: string } | null }[] };
    expect(trail.reference).toBe('25/00412');
    expect(trail.steps.filter((s) => s.stage === 'decided').every((s) => s.call_in?.state === 'closed')).toBe(true);
  });

  it('says clearly when nothing matches or the arguments are wrong', async () => {
    expect(await run(['trail', '24/99999', '--db', dbPath])).toMatchObject({ code: 2, err: expect.stringContaining('no stored document names decision 24/99999') });
    expect(await run(['trail', 'nonsense', '--db', dbPath])).toMatchObject({ code: 2, err: expect.stringContaining('not a decision reference') });
    expect(await run(['trail', '25/00412', '--db', dbPath, '--today', '17/03/2025'])).toMatchObject({ code: 2, err: expect.stringContaining('--today') });
    expect(await run(['trail', '25/00412', '--db', `${dbPath}.missing`])).toMatchObject({ code: 2, err: expect.stringContaining('no database at') });
  });
});
