import type { RecordKind } from '../../schemas/record.ts';

/**
 * The matching rule of eval/GUIDELINES.md ("Matching when scoring"), over word tokens
 * (tokens.ts): IoU >= 0.8, or one an unbroken run inside the other and at most 4 tokens apart in
 * length; for actions an unbroken run inside the other matches whatever the difference in length.
 */
export const MIN_IOU = 0.8;
export const MAX_LEAD_IN_TOKENS = 4;

/** Intersection over union of the two token multisets (a repeated word counts each time). */
export function tokenIoU(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let intersection = 0;
  for (const t of b) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      intersection++;
      counts.set(t, left - 1);
    }
  }
  return intersection / (a.length + b.length - intersection);
}

/** True when `inner` occurs as a contiguous run of `outer` (an empty `inner` never does). */
export function isRunInside(inner: readonly string[], outer: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let j = 0; j < inner.length; j++) if (outer[i + j] !== inner[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether a prediction and a gold record of the same kind match, by their word tokens. */
export function spansMatch(kind: RecordKind, a: readonly string[], b: readonly string[]): boolean {
  if (tokenIoU(a, b) >= MIN_IOU) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (!isRunInside(shorter, longer)) return false;
  return kind === 'action' || longer.length - shorter.length <= MAX_LEAD_IN_TOKENS;
}

export interface Candidate {
  gold: number;
  prediction: number;
  /** Preference among possible partners: higher is tried first. */
  score: number;
}

/**
 * A maximum one-to-one matching (each gold record and each prediction used at most once) over the
 * candidate pairs, by augmenting paths (Kuhn's algorithm). Partners are tried best score first, so
 * that among matchings of the same size the pairs tend to be the closest ones.
 * Returns pairs [gold, prediction], ordered by gold index.
 */
export function matchOneToOne(goldCount: number, candidates: readonly Candidate[]): [number, number][] {
  const partners: Candidate[][] = Array.from({ length: goldCount }, () => []);
  for (const c of candidates) partners[c.gold]?.push(c);
  for (const list of partners) list.sort((x, y) => y.score - x.score || x.prediction - y.prediction);

  const goldOfPrediction = new Map<number, number>();
  const tryAssign = (gold: number, visited: Set<number>): boolean => {
    for (const { prediction } of partners[gold] ?? []) {
      if (visited.has(prediction)) continue;
      visited.add(prediction);
      const holder = goldOfPrediction.get(prediction);
      if (holder === undefined || tryAssign(holder, visited)) {
        goldOfPrediction.set(prediction, gold);
        return true;
      }
    }
    return false;
  };
  // Gold records with their best candidate scoring highest go first: they get first pick.
  const order = [...partners.keys()].sort((x, y) => (partners[y]?.[0]?.score ?? -1) - (partners[x]?.[0]?.score ?? -1) || x - y);
  for (const gold of order) tryAssign(gold, new Set());
  return [...goldOfPrediction.entries()].map(([prediction, gold]): [number, number] => [gold, prediction]).sort((x, y) => x[0] - y[0]);
}
