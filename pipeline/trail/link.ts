import type { LinkEvidence, LinkRelation, Matter, RecordLink, TrailDocument, TrailRecord } from './schema.ts';
import { primaryReferences, referencesOf } from './matters.ts';
import { daysBetween } from './dates.ts';
import { candidatePairs, clauseSimilarity, contentTokens, round, similarity, wordDiff } from './tokens.ts';

/**
 * Linking: which recommendation in one document became which decision or resolution in another.
 * Precision first: a wrong link misleads an auditor more than a missing one, so a link needs
 * near-same words AND dates in the right order (within a window) AND either one body (or the
 * decision maker the recommendation addresses) or a decision reference both documents are about
 * (minutes listing many decisions are about none); never within one document; a clause is
 * adopted once (best link per clause and relation), and ties are left unlinked.
 */
export const LINK_RULES = {
  /** clauseSimilarity at or above which two clauses may be one clause adopted (amended or not). */
  minSimilarity: 0.6,
  /** Below this many content words a clause ("note the report") proves nothing by its words alone. */
  minTokens: 4,
  /** A decision this many days or fewer after the recommendation's meeting (same body, no shared reference). */
  bodyWindowDays: 183,
  /** The same with a shared decision reference: deferred and called-in decisions take longer. */
  referenceWindowDays: 730,
  /** Minutes recording a decision: same day, or within this many days when they share its reference. */
  recordedWindowDays: 62,
  /** Two candidates closer than this in similarity, with the same label evidence, are a tie: no link. */
  ambiguityMargin: 0.02,
} as const;

/** Stage in the life of a clause: recommended, proposed (PRoD), decided, resolved. */
type Stage = 0 | 1 | 2 | 3;

function stageOf(record: TrailRecord, doc: TrailDocument): Stage | null {
  if (record.kind === 'action' || record.procedural) return null;
  if (doc.doc_type === 'proposed_decision') return 1;
  if (record.kind === 'recommendation') return 0;
  return record.kind === 'decision' ? 2 : 3;
}

function relationFor(from: Stage, to: Stage): LinkRelation | null {
  if (from === 0 && to === 1) return 'proposed_as';
  if (from <= 1 && to === 2) return 'decided_as';
  if (from <= 1 && to === 3) return 'resolved_as';
  if (from === 2 && to === 3) return 'recorded_as';
  return null;
}

/** A body's name compared loosely: case, accents, punctuation, "the" and "meeting" do not matter. */
export function normaliseBody(body: string | null): string | null {
  if (!body) return null;
  const n = body
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ meeting$/, '');
  return n === '' ? null : n;
}

/**
 * Whether a text names a body as the one to decide: "Cabinet is asked to agree", "RECOMMENDED to
 * County Council that", "referred to Council for decision", "that Council approve". A body merely
 * mentioned ("endorse the decision of Cabinet") does not count, nor "Cabinet" in "Cabinet Member".
 */
export function namesBody(text: string, body: string): boolean {
  const t = ` ${normaliseBody(text) ?? ''} `;
  const b = body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const notAnother = '(?!(member|members|committee|sub|panel|portfolio|lead|office|officer)\\b)';
  const addressed = [
    `(recommend|recommended|recommends|recommendation|recommendations|report|reported|refer|referred|submitted|put|presented) to ${b} ${notAnother}`,
    ` ${b} ${notAnother}(is|are|be|was|were) (asked|recommended|invited|requested|minded) to `,
    ` ${b} ${notAnother}(agree|agrees|approve|approves|adopt|adopts|note|notes|endorse|endorses|resolve|resolves|decide|decides) `,
    `for (decision|approval|adoption) by ${b} ${notAnother}`,
  ];
  return addressed.some((pattern) => new RegExp(pattern).test(t));
}

/** "(a)", "a)", "A.", "a" all read as "a". */
export function labelKey(label: string | null): string | null {
  if (!label) return null;
  const key = label.toLowerCase().replace(/[^a-z0-9]/g, '');
  return key === '' ? null : key;
}

interface Indexed {
  record: TrailRecord;
  doc: TrailDocument;
  stage: Stage | null;
  tokens: Set<string>;
  bodies: string[];
}

interface DocContext {
  doc: TrailDocument;
  references: string[];
  /** The decisions the document is about (not the ones it only mentions): see primaryReferences. */
  primary: string[];
  matters: Set<string>;
}

function bodiesOf(record: TrailRecord, doc: TrailDocument): string[] {
  return [...new Set([normaliseBody(record.body), normaliseBody(doc.body)].filter((b): b is string => b !== null))];
}

function fromDate(r: TrailRecord, d: TrailDocument): string | null {
  return r.date ?? d.meeting_date ?? d.date;
}

function toDate(r: TrailRecord, d: TrailDocument): string | null {
  return r.date ?? d.decision_date ?? d.meeting_date ?? d.date;
}

function datesCompatible(relation: LinkRelation, days: number | null, sharedReference: boolean): boolean {
  if (days === null) return sharedReference;
  if (relation === 'recorded_as') return days === 0 || (sharedReference && days >= 0 && days <= LINK_RULES.recordedWindowDays);
  return days >= 0 && days <= (sharedReference ? LINK_RULES.referenceWindowDays : LINK_RULES.bodyWindowDays);
}

/**
 * Confidence 0..1: mostly the words (0.6 × similarity), then what else agrees: the same label
 * (+0.15, a different one −0.1), a shared decision reference (+0.15), the body (+0.1), the same day (+0.05).
 * Word-for-word with matching labels, body and day is 0.9; a shared reference on top makes 1.
 */
export function confidenceOf(e: Pick<LinkEvidence, 'similarity' | 'label_match' | 'shared_references' | 'body_match' | 'days'>): number {
  let c = 0.6 * e.similarity;
  if (e.label_match === 'same') c += 0.15;
  if (e.label_match === 'different') c -= 0.1;
  if (e.shared_references.length > 0) c += 0.15;
  if (e.body_match !== 'none') c += 0.1;
  if (e.days === 0) c += 0.05;
  return round(Math.min(1, Math.max(0, c)), 2);
}

function labelMatch(a: string | null, b: string | null): LinkEvidence['label_match'] {
  const ka = labelKey(a);
  const kb = labelKey(b);
  if (ka === null || kb === null) return 'absent';
  return ka === kb ? 'same' : 'different';
}

/** One clause-to-clause link across documents, or null when the evidence is not strong enough. */
function evaluate(from: Indexed, to: Indexed, relation: LinkRelation, fromCtx: DocContext, toCtx: DocContext): RecordLink | null {
  const sim = similarity(from.tokens, to.tokens);
  const score = clauseSimilarity(from.tokens, to.tokens);
  if (score < LINK_RULES.minSimilarity) return null;
  const shared = fromCtx.references.filter((r) => toCtx.references.includes(r));
  // A reference both documents are about; minutes that merely list it alongside others do not count.
  const strong = shared.some((r) => fromCtx.primary.includes(r) && toCtx.primary.includes(r));
  if (sim.smaller < LINK_RULES.minTokens && !(sim.jaccard === 1 && strong)) return null;
  const fDate = fromDate(from.record, from.doc);
  const tDate = toDate(to.record, to.doc);
  const days = daysBetween(fDate, tDate);
  if (!datesCompatible(relation, days, shared.length > 0)) return null;
  let bodyMatch: LinkEvidence['body_match'] = 'none';
  if (from.bodies.some((b) => to.bodies.includes(b))) bodyMatch = 'same';
  else if (relation !== 'recorded_as' && to.bodies.some((b) => namesBody(from.record.text, b) || namesBody(from.doc.title ?? '', b))) bodyMatch = 'named';
  if (bodyMatch === 'none' && !strong) return null;
  const evidence: LinkEvidence = {
    similarity: score,
    jaccard: round(sim.jaccard),
    containment: round(sim.containment),
    label_match: labelMatch(from.record.label, to.record.label),
    from_date: fDate,
    to_date: tDate,
    days,
    from_body: from.record.body ?? from.doc.body,
    to_body: to.record.body ?? to.doc.body,
    body_match: bodyMatch,
    shared_references: shared,
    same_matter: [...fromCtx.matters].some((m) => toCtx.matters.has(m)),
    parent_by: null,
  };
  const link: RecordLink = { from: from.record.id, to: to.record.id, relation, confidence: confidenceOf(evidence), evidence, diff: null };
  wordingsToDiff.set(link, { from: from.record.text, to: to.record.text });
  return link;
}

/**
 * The two wordings of each candidate link, diffed only for the links that are kept (withWordDiffs):
 * the diff plays no part in choosing links, and most candidates are dropped (one to one, best per
 * clause), so diffing each candidate was a third of the linker's time. Weak, so a dropped
 * candidate's wordings go with it.
 */
const wordingsToDiff = new WeakMap<RecordLink, { from: string; to: string }>();

function withWordDiffs(links: RecordLink[]): RecordLink[] {
  for (const link of links) {
    const wordings = wordingsToDiff.get(link);
    if (!wordings) continue;
    const diff = wordDiff(wordings.from, wordings.to);
    link.diff = diff.removed.length || diff.added.length ? diff : null;
  }
  return links;
}

/**
 * Where linking reads records from. Linking a whole collection at once would hold every record (and
 * its word set) in memory, a gigabyte at a million records; with a source the linker reads a window
 * at a time (two periods of `bodyWindowDays`, one decision reference, one document), so memory
 * follows the busiest year rather than the size of the collection.
 */
export interface TrailRecordSource {
  /** Every record once, in key order, with only what planning the windows needs. */
  scan(): Iterable<RecordStub>;
  /** The records with these keys, in key order. */
  byKeys(keys: readonly number[]): TrailRecord[];
  /** Every record of one document, in key order. */
  ofDocument(documentId: number): TrailRecord[];
}

/** What the linker plans windows from: a record's key in its source and the fields that place it. */
export interface RecordStub {
  key: number;
  document_id: number;
  kind: TrailRecord['kind'];
  procedural: boolean;
  date: string | null;
  body: string | null;
}

/**
 * All links among the given records: clause adoptions across documents (one to one per pair of
 * documents) and each action to its clause. `matters` only feeds the same_matter evidence.
 */
export function linkRecords(documents: readonly TrailDocument[], records: readonly TrailRecord[], matters: readonly Matter[]): RecordLink[] {
  return linkRecordsFrom(documents, matters, inMemorySource(records));
}

/** A source over records already in memory, keyed by their position. */
export function inMemorySource(records: readonly TrailRecord[]): TrailRecordSource {
  const byDocument = new Map<number, TrailRecord[]>();
  for (const r of records) {
    const list = byDocument.get(r.document_id);
    if (list) list.push(r);
    else byDocument.set(r.document_id, [r]);
  }
  return {
    scan: () => records.map((r, key) => ({ key, document_id: r.document_id, kind: r.kind, procedural: r.procedural, date: r.date, body: r.body })),
    byKeys: (keys) => keys.map((key) => records[key]!),
    ofDocument: (documentId) => byDocument.get(documentId) ?? [],
  };
}

/** linkRecords, reading the records from a source a window at a time (see TrailRecordSource). */
export function linkRecordsFrom(documents: readonly TrailDocument[], matters: readonly Matter[], source: TrailRecordSource): RecordLink[] {
  const contexts = new Map<number, DocContext>();
  for (const doc of documents) {
    const references = referencesOf(doc);
    contexts.set(doc.id, { doc, references, primary: primaryReferences(doc, references), matters: new Set() });
  }
  for (const m of matters) for (const d of m.documents) contexts.get(d.document_id)?.matters.add(m.key);

  const plan = planWindows(source.scan(), contexts);
  const index = (record: TrailRecord): Indexed | null => {
    const ctx = contexts.get(record.document_id);
    return ctx ? { record, doc: ctx.doc, stage: stageOf(record, ctx.doc), tokens: contentTokens(record.text), bodies: bodiesOf(record, ctx.doc) } : null;
  };
  const load = (keys: readonly number[]): Indexed[] => source.byKeys(keys).flatMap((r) => index(r) ?? []);

  const candidates = new CandidateLinks(contexts);
  for (const block of bodyPeriodBlocks(plan, load)) candidates.addBlock(block);
  for (const keys of plan.byReference.values()) candidates.addBlock(load(keys));
  const links = withWordDiffs(bestPerClause(candidates.oneToOne(), candidates.stages));
  for (const documentId of plan.documentsWithActions) {
    links.push(...linkActions(source.ofDocument(documentId).flatMap((r) => index(r) ?? [])));
  }
  return links.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0));
}

/** Which clauses fall in which period, which in which reference's block, and which documents have actions. */
interface WindowPlan {
  /** Keys of the clauses of each period of `bodyWindowDays`, by the date the rules go by. */
  byPeriod: Map<number, number[]>;
  /** Keys of the clauses of the documents naming each decision reference. */
  byReference: Map<string, number[]>;
  documentsWithActions: number[];
  /** Every body a clause has: a clause addressed to one of them (namesBody) is in its blocks too. */
  knownBodies: { body: string; first: string }[];
}

function planWindows(stubs: Iterable<RecordStub>, contexts: Map<number, DocContext>): WindowPlan {
  const byPeriod = new Map<number, number[]>();
  const byReference = new Map<string, number[]>();
  const withActions = new Set<number>();
  const bodies = new Set<string>();
  const push = <K>(map: Map<K, number[]>, key: K, value: number): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const stub of stubs) {
    const ctx = contexts.get(stub.document_id);
    if (!ctx) continue;
    if (stub.kind === 'action') withActions.add(stub.document_id);
    // A clause is what stageOf gives a stage: neither an action nor procedural.
    if (stub.kind === 'action' || stub.procedural) continue;
    for (const body of [normaliseBody(stub.body), normaliseBody(ctx.doc.body)]) if (body !== null) bodies.add(body);
    for (const ref of ctx.references) push(byReference, ref, stub.key);
    const period = periodOf(stub.date ?? ctx.doc.meeting_date ?? ctx.doc.decision_date ?? ctx.doc.date);
    if (period !== null) push(byPeriod, period, stub.key);
  }
  return {
    byPeriod,
    byReference,
    documentsWithActions: [...withActions],
    knownBodies: [...bodies].map((body) => ({ body, first: body.split(' ')[0]! })),
  };
}

const PERIOD_DAYS = LINK_RULES.bodyWindowDays;

function periodOf(date: string | null): number | null {
  const day = date ? Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000) : NaN;
  return Number.isNaN(day) ? null : Math.floor(day / PERIOD_DAYS);
}

/**
 * The blocks a link between a body's clauses can come from. The rules need one body (or a body the
 * recommendation names) within the date window; so: per body, per period of `bodyWindowDays`, that
 * period and the next (any two dates within the window fall in one such pair of periods). Periods
 * are read in order, each loaded once and kept while it or the one before is being blocked.
 */
function* bodyPeriodBlocks(plan: WindowPlan, load: (keys: readonly number[]) => Indexed[]): Generator<Indexed[]> {
  const loaded = new Map<number, Map<string, Indexed[]>>();
  const byBody = (period: number): Map<string, Indexed[]> => {
    let bodies = loaded.get(period);
    if (!bodies) {
      bodies = groupByBody(load(plan.byPeriod.get(period) ?? []), plan.knownBodies);
      loaded.set(period, bodies);
    }
    return bodies;
  };
  for (const period of [...plan.byPeriod.keys()].sort((a, b) => a - b)) {
    loaded.delete(period - 1);
    const next = plan.byPeriod.has(period + 1) ? byBody(period + 1) : new Map<string, Indexed[]>();
    for (const [body, list] of byBody(period)) yield [...list, ...(next.get(body) ?? [])];
  }
}

/** A period's clauses by body: their own bodies, and for a recommendation the body it is addressed to. */
function groupByBody(clauses: readonly Indexed[], knownBodies: WindowPlan['knownBodies']): Map<string, Indexed[]> {
  const groups = new Map<string, Indexed[]>();
  for (const c of clauses) {
    const bodies = new Set(c.bodies);
    if (c.stage !== null && c.stage <= 1) {
      const lower = c.record.text.toLowerCase();
      // The first word is a cheap test before namesBody's pattern match.
      for (const { body, first } of knownBodies) if (lower.includes(first) && !bodies.has(body) && namesBody(c.record.text, body)) bodies.add(body);
    }
    for (const body of bodies) {
      const list = groups.get(body);
      if (list) list.push(c);
      else groups.set(body, [c]);
    }
  }
  return groups;
}

/**
 * Every clause pair across documents that passes the rules, grouped by (from document, to document),
 * each pair once however many blocks it is in. Within a block, candidates come from an index of the
 * clauses' rarest words (tokens.ts candidatePairs): never all pairs of records.
 */
class CandidateLinks {
  private readonly groups = new Map<string, RecordLink[]>();
  private readonly found = new Set<string>();
  /** The stage of each linked clause on the from side, for bestPerClause. */
  readonly stages = new Map<string, Stage | null>();

  constructor(private readonly contexts: Map<number, DocContext>) {}

  addBlock(block: readonly Indexed[]): void {
    for (const [i, j] of candidatePairs(block.map((c) => c.tokens), LINK_RULES.minSimilarity)) {
      const x = block[i]!;
      const y = block[j]!;
      if (x.record.document_id === y.record.document_id || x.stage === y.stage || x.stage === null || y.stage === null) continue;
      const [from, to] = x.stage < y.stage ? [x, y] : [y, x];
      const relation = relationFor(from.stage!, to.stage!);
      const pairKey = `${from.record.id}>${to.record.id}`;
      if (!relation || this.found.has(pairKey)) continue;
      const link = evaluate(from, to, relation, this.contexts.get(from.record.document_id)!, this.contexts.get(to.record.document_id)!);
      if (!link) continue;
      this.found.add(pairKey);
      this.stages.set(from.record.id, from.stage);
      const key = `${from.record.document_id}>${to.record.document_id}`;
      const group = this.groups.get(key);
      if (group) group.push(link);
      else this.groups.set(key, [link]);
    }
  }

  /** Per pair of documents, the clause links one to one (assignOneToOne). */
  oneToOne(): RecordLink[] {
    return [...this.groups.values()].flatMap((group) => assignOneToOne(group));
  }
}

/**
 * A clause is adopted once: of the links one recommendation has of one relation (to several
 * documents: this meeting's minutes and next quarter's, with near-same words), only the best is
 * kept; likewise of the links into one clause from one stage. Equal best ones are all dropped.
 */
function bestPerClause(links: readonly RecordLink[], stages: ReadonlyMap<string, Stage | null>): RecordLink[] {
  const best = (keyOf: (l: RecordLink) => string, list: readonly RecordLink[]): RecordLink[] => {
    const groups = new Map<string, RecordLink[]>();
    for (const l of list) {
      const key = keyOf(l);
      const group = groups.get(key);
      if (group) group.push(l);
      else groups.set(key, [l]);
    }
    const kept: RecordLink[] = [];
    for (const group of groups.values()) {
      const ordered = [...group].sort((a, b) => b.confidence - a.confidence || b.evidence.similarity - a.evidence.similarity);
      const [first, second] = ordered;
      const tie = second && Math.abs(first!.confidence - second.confidence) < 1e-9 && Math.abs(first!.evidence.similarity - second.evidence.similarity) <= LINK_RULES.ambiguityMargin;
      if (!tie) kept.push(first!);
    }
    return kept;
  };
  const perFrom = best((l) => `${l.from}|${l.relation}`, links);
  return best((l) => `${l.to}|${l.relation}|${stages.get(l.from)}`, perFrom);
}

/** Clause links between two documents, one to one, best first; ties are left unlinked. */
function assignOneToOne(candidates: RecordLink[]): RecordLink[] {
  const ordered = [...candidates].sort((a, b) => b.confidence - a.confidence || b.evidence.similarity - a.evidence.similarity);
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const chosen: RecordLink[] = [];
  for (const c of ordered) {
    if (usedFrom.has(c.from) || usedTo.has(c.to)) continue;
    const rival = ordered.find(
      (d) =>
        d !== c &&
        d.relation === c.relation &&
        ((d.from === c.from && !usedTo.has(d.to)) || (d.to === c.to && !usedFrom.has(d.from))) &&
        Math.abs(d.evidence.similarity - c.evidence.similarity) <= LINK_RULES.ambiguityMargin &&
        d.evidence.label_match === c.evidence.label_match,
    );
    // Two equally good readings: the words cannot tell which clause was adopted, so claim neither.
    usedFrom.add(c.from);
    usedTo.add(c.to);
    if (!rival) chosen.push(c);
  }
  return chosen;
}

/** Each action to the clause it belongs to, in its own document: by parent id, parent label, or span. */
function linkActions(list: Indexed[]): RecordLink[] {
  const clauses = list.filter((r) => r.record.kind !== 'action');
  const links: RecordLink[] = [];
  for (const action of list) {
    if (action.record.kind !== 'action') continue;
    const found = parentOf(action.record, clauses);
    if (!found) continue;
    const { parent, by } = found;
    const sim = similarity(action.tokens, parent.tokens);
    const evidence: LinkEvidence = {
      similarity: clauseSimilarity(action.tokens, parent.tokens),
      jaccard: round(sim.jaccard),
      containment: round(sim.containment),
      label_match: labelMatch(action.record.parent, parent.record.label),
      from_date: action.record.date ?? action.doc.date,
      to_date: parent.record.date ?? parent.doc.date,
      days: daysBetween(action.record.date ?? action.doc.date, parent.record.date ?? parent.doc.date),
      from_body: action.record.body ?? action.doc.body,
      to_body: parent.record.body ?? parent.doc.body,
      body_match: action.bodies.some((b) => parent.bodies.includes(b)) ? 'same' : 'none',
      shared_references: [],
      same_matter: true,
      parent_by: by,
    };
    links.push({ from: action.record.id, to: parent.record.id, relation: 'action_of', confidence: by === 'parent_id' ? 1 : by === 'span' ? 0.95 : 0.9, evidence, diff: null });
  }
  return links;
}

function parentOf(action: TrailRecord, clauses: Indexed[]): { parent: Indexed; by: NonNullable<LinkEvidence['parent_by']> } | null {
  if (action.parent_id) {
    const parent = clauses.find((c) => c.record.id === action.parent_id);
    if (parent) return { parent, by: 'parent_id' };
  }
  const key = labelKey(action.parent);
  if (key) {
    // The nearest clause with that label before the action (labels repeat across a minutes' items).
    const labelled = clauses.filter((c) => labelKey(c.record.label) === key);
    const before = labelled.filter((c) => c.record.start <= action.start).sort((a, b) => b.record.start - a.record.start);
    const parent = before[0] ?? labelled.sort((a, b) => a.record.start - b.record.start)[0];
    if (parent) return { parent, by: 'parent_label' };
  }
  const around = clauses
    .filter((c) => c.record.start <= action.start && action.end <= c.record.end)
    .sort((a, b) => a.record.end - a.record.start - (b.record.end - b.record.start));
  return around[0] ? { parent: around[0], by: 'span' } : null;
}
