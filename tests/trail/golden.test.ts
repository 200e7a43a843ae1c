import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DB } from '../../pipeline/store/db.ts';
import { readTrail, rebuildTrail, storedLinks, trailIsStale } from '../../pipeline/trail/store.ts';
import { renderTrail } from '../../pipeline/trail/render.ts';
import { compareLinks, expectedLinks, freshDb, storeAnnotated, storedLinkEnds } from './helpers.ts';

describe('golden links from hand-annotated records (seeds 000/001 and the Riverside family)', () => {
  let db: DB;
  beforeEach(async () => {
    db = freshDb().db;
    await storeAnnotated(db);
    rebuildTrail(db);
  });
  afterEach(() => db.close());

  it('finds exactly the expected cross-document links', () => {
    expect(compareLinks(storedLinkEnds(db), expectedLinks())).toEqual({ missing: [], unexpected: [] });
  });

  it('links word-for-word adoptions with high confidence and shows what an amendment changed', () => {
    const links = storedLinks(db).filter((l) => l.relation === 'decided_as');
    const amended = links.find((l) => l.diff?.added.some((w) => w.includes('520,000')));
    expect(amended).toBeDefined();
    expect(amended!.diff).toEqual({ removed: ['£450,000'], added: ['£520,000', "including a separate children's reading room;"] });
    expect(amended!.evidence.similarity).toBeLessThan(0.95);
    expect(amended!.evidence.similarity).toBeGreaterThanOrEqual(0.6);
    const exact = links.filter((l) => l.diff === null);
    expect(exact.length).toBe(5);
    for (const l of exact) expect(l.evidence.similarity).toBe(1);
    // Same evidence but the words: the amended adoption is the less certain one.
    const sameFamily = exact.filter((l) => l.evidence.shared_references.includes('25/00412'));
    expect(sameFamily.length).toBe(2);
    for (const l of sameFamily) expect(l.confidence).toBeGreaterThan(amended!.confidence);
  });

  it('links each action to its clause in the same document', () => {
    const actions = storedLinks(db).filter((l) => l.relation === 'action_of');
    // seeds 000: two actions; Riverside decision: one; minutes: two
    expect(actions.length).toBe(5);
    for (const a of actions) expect(a.evidence.parent_by).toBe('parent_id');
  });

  it('shows the trail of a reference in date and stage order, with call-in judged against --today', () => {
    const open = readTrail(db, '25/00412', '2025-03-17');
    expect(open.matter?.documents.length).toBe(3);
    const stages = open.steps.map((s) => s.stage);
    expect(stages.filter((s) => s === 'recommended').length).toBe(3);
    expect(stages.filter((s) => s === 'decided').length).toBe(3);
    expect(stages.filter((s) => s === 'resolved').length).toBe(3);
    // unrelated car-parking item in the same minutes stays out
    expect(open.steps.some((s) => s.record.text.includes('car parking'))).toBe(false);
    expect(stages.indexOf('recommended')).toBeLessThan(stages.indexOf('decided'));
    expect(stages.lastIndexOf('decided')).toBeLessThan(stages.indexOf('resolved'));
    const decided = open.steps.find((s) => s.stage === 'decided')!;
    expect(decided.call_in).toMatchObject({ state: 'open', closes: '2025-03-21', days_left: 4 });
    expect(renderTrail(open)).toContain('call-in OPEN until 2025-03-21');

    const closed = readTrail(db, '25/00412', '2025-03-21');
    expect(closed.steps.find((s) => s.stage === 'decided')!.call_in?.state).toBe('closed');
  });

  it('shows one record\'s trail from its id', () => {
    const recId = db.prepare(`SELECT r.id FROM records r JOIN documents d ON d.id = r.document_id WHERE d.name = '001_3ebf38f88b4eea50' AND r.label = '(c)'`).pluck().get() as string;
    const trail = readTrail(db, recId, '2016-08-01');
    expect(trail.steps.map((s) => s.stage)).toEqual(['recommended', 'decided', 'action']);
    expect(trail.steps[1]!.call_in?.state).toBe('open');
    expect(trail.steps[1]!.links[0]).toMatchObject({ direction: 'in', relation: 'decided_as', similarity: 1 });
  });

  it('knows when its tables are stale', () => {
    expect(trailIsStale(db)).toBe(false);
    db.prepare('DELETE FROM record_links').run();
    db.prepare("UPDATE documents SET superseded_by = id WHERE name = 'riverside-minutes'").run();
    expect(trailIsStale(db)).toBe(true);
    rebuildTrail(db);
    expect(trailIsStale(db)).toBe(false);
    // the superseded minutes no longer take part
    expect(storedLinkEnds(db).some((l) => l.to.file === 'riverside-minutes')).toBe(false);
  });
});
