import type { Matter, MatterReason, TrailDocument } from './schema.ts';
import { referencesIn, referencesInFileName } from './references.ts';
import { candidatePairs, contentTokens, similarity } from './tokens.ts';
import { daysBetween } from './dates.ts';

/**
 * Words that say what kind of paper a title belongs to, not what it is about: two documents
 * titled "Minutes of the Cabinet meeting" are not about the same subject.
 */
const GENERIC_TITLE_WORDS = new Set(
  [
    'minutes', 'minute', 'meeting', 'agenda', 'report', 'record', 'decision', 'decisions', 'proposed', 'cabinet',
    'council', 'county', 'city', 'district', 'borough', 'parish', 'town', 'committee', 'held', 'printed', 'item',
    'items', 'appendix', 'draft', 'final', 'notice', 'details', 'frontsheet', 'member', 'members', 'key', 'update',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'am', 'pm',
  ].flatMap((w) => [...contentTokens(w)]),
);

/** Titles of documents held apart by more than this many days are not taken for one matter. */
const TITLE_WINDOW_DAYS = 183;

/** The decision references a document carries: its metadata's, and any in its title or file name. */
export function referencesOf(doc: Pick<TrailDocument, 'references' | 'title' | 'name'>): string[] {
  return [...new Set([...doc.references, ...referencesIn(doc.title ?? ''), ...referencesInFileName(doc.name)])];
}

/**
 * The references a document is about: its only one; else those in its title or file name; else,
 * for a report or a notice of one decision, the first it names (later ones are history it cites).
 * Minutes naming many decisions are about none of them in particular.
 */
export function primaryReferences(doc: Pick<TrailDocument, 'title' | 'name' | 'doc_type' | 'references'>, references: readonly string[]): string[] {
  if (references.length <= 1) return [...references];
  const named = references.filter((r) => (doc.title ?? '').includes(r) || doc.name.includes(r.replace('/', '-')) || doc.name.includes(r));
  if (named.length > 0) return named;
  if (doc.doc_type === 'decision_notice' || doc.doc_type === 'proposed_decision' || doc.doc_type === 'report') return doc.references.slice(0, 1);
  return [];
}

/** Where a reference came from, for the matter_documents reason. */
function referenceReason(doc: Pick<TrailDocument, 'references' | 'title' | 'name'>, reference: string): MatterReason {
  return doc.references.includes(reference) || referencesIn(doc.title ?? '').includes(reference) ? 'reference' : 'file_name';
}

/** A title's subject words (stemmed, generic words and ordinals dropped); null when too few to go by. */
export function titleTokens(title: string | null): Set<string> | null {
  if (!title) return null;
  // "BURTON-CUM-WALDEN PARISH COUNCIL", "Planning Committee": the name of a body, not a subject.
  if (/\b(council|committee|cabinet|board|panel|authority|assembly|executive)\W*$/i.test(title.trim())) return null;
  const tokens = new Set([...contentTokens(title)].filter((t) => !GENERIC_TITLE_WORDS.has(t) && !/^\d+(st|nd|rd|th)$/.test(t)));
  const wordsOnly = [...tokens].filter((t) => !/^\d+$/.test(t));
  return wordsOnly.length >= 3 ? tokens : null;
}

/** Two titles name one subject: nearly all of the shorter title's subject words are in the longer. */
export function sameTitle(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const s = similarity(a, b);
  return s.containment >= 0.8 && s.jaccard >= 0.5;
}

/**
 * Groups documents into matters. A matter is a decision reference (every document naming
 * "24/00096" is in matter ref:24/00096; minutes naming six references are in six matters), or, for
 * documents naming none, a title: a document with no reference whose title matches that of a
 * document with exactly one reference joins that reference's matter; documents with no reference
 * whose titles match one another form a title matter.
 */
export function groupMatters(documents: readonly TrailDocument[]): Matter[] {
  const matters = new Map<string, Matter>();
  const join = (key: string, reference: string | null, title: string | null, documentId: number, reason: MatterReason): void => {
    let matter = matters.get(key);
    if (!matter) {
      matter = { key, reference, title: null, documents: [] };
      matters.set(key, matter);
    }
    // A matter is named by a title that says what it is about, never "Decision details".
    if (!matter.title && title && titleTokens(title)) matter.title = title;
    if (!matter.documents.some((d) => d.document_id === documentId)) matter.documents.push({ document_id: documentId, reason });
  };

  const refsById = new Map<number, string[]>();
  for (const doc of documents) {
    const refs = referencesOf(doc);
    refsById.set(doc.id, refs);
    // A document about one decision lends that matter its title; minutes about many do not.
    for (const ref of refs) join(`ref:${ref}`, ref, refs.length === 1 ? doc.title : null, doc.id, referenceReason(doc, ref));
  }

  const titled = documents.map((doc) => ({ doc, tokens: titleTokens(doc.title) })).filter((t): t is { doc: TrailDocument; tokens: Set<string> } => t.tokens !== null);
  const pairs = titlePairs(titled);

  // Documents without a reference: join the matter of a same-titled single-reference document ...
  const joinedByTitle = new Set<number>();
  for (const [a, b] of pairs) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const xRefs = refsById.get(x.id) ?? [];
      const yRefs = refsById.get(y.id) ?? [];
      if (xRefs.length === 0 && yRefs.length === 1) {
        join(`ref:${yRefs[0]}`, yRefs[0]!, null, x.id, 'title');
        joinedByTitle.add(x.id);
      }
    }
  }
  // ... or else form title matters among themselves (connected same-title documents).
  const parent = new Map<number, number>();
  const find = (id: number): number => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const unreferenced = (id: number): boolean => (refsById.get(id) ?? []).length === 0 && !joinedByTitle.has(id);
  for (const [a, b] of pairs) {
    if (!unreferenced(a.id) || !unreferenced(b.id)) continue;
    const ra = find(a.id);
    const rb = find(b.id);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const components = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    const members = components.get(root);
    if (members) members.push(id);
    else components.set(root, [id]);
  }
  for (const [root, members] of components) {
    if (members.length < 2) continue;
    const first = byId.get(root)!;
    const key = `title:${[...(titleTokens(first.title) ?? [])].sort().join(' ')}`;
    for (const id of members.sort((x, y) => x - y)) join(key, null, first.title, id, 'title');
  }
  return [...matters.values()];
}

/**
 * Pairs of documents whose titles name the same subject, found through an index of their rarest
 * title words (sameTitle needs half the words of the longer title shared, so prefix filtering at
 * 0.5 misses none), within the date window.
 */
function titlePairs(titled: readonly { doc: TrailDocument; tokens: Set<string> }[]): [TrailDocument, TrailDocument][] {
  const pairs: [TrailDocument, TrailDocument][] = [];
  for (const [i, j] of candidatePairs(titled.map((t) => t.tokens), 0.5)) {
    const a = titled[i]!;
    const b = titled[j]!;
    const days = daysBetween(a.doc.date, b.doc.date);
    if (days !== null && Math.abs(days) > TITLE_WINDOW_DAYS) continue;
    if (sameTitle(a.tokens, b.tokens)) pairs.push([a.doc, b.doc]);
  }
  return pairs;
}
