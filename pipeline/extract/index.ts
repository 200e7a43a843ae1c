import type { NormalisedDocument, StageWarning } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';
import type { ExtractedRecord } from '../../schemas/record.ts';
import { findActionListItems } from './action-list.ts';
import { findActionTableRows } from './action-table.ts';
import { findAwardTableRows } from './award-table.ts';
import { findDecisionTableOutcomes, findDecisionTableTasks } from './decision-table.ts';
import { actionPoints, actionsFromClauses, plannedSteps } from './actions.ts';
import type { Candidate, FinderInput } from './candidate.ts';
import { findDecisions } from './decisions.ts';
import { extractMeta } from './meta.ts';
import { findAdoptedMotions, findDisposedItems, findRunningMotions } from './motions.ts';
import { findNumberedMotions } from './numbered-motions.ts';
import { findBylawsPassed } from './bylaws.ts';
import { findObservationRows } from './observation-table.ts';
import { findConsentItemsApproved, findItemsNamedByActionLine, findItemsApprovedByActionLine, findItemsWithOutcomeLine, findOutcomeCells } from './outcome-cells.ts';
import { pageAt } from './pages.ts';
import { findBodyRecommendations, findRecommendations } from './recommendations.ts';
import { findResolutions } from './resolutions.ts';
import { normaliseSpace } from './span.ts';
import { findRegisterDecisions } from './decision-register.ts';
import { findKeyValueRows } from './key-value-rows.ts';
import { findBodyAgreements, findBodyVotes, findPaymentsApproved, findProceduralStatements, findProposedOutcomes, findPublicExcluded, findResolvedItems } from './statements.ts';

export interface Extraction {
  meta: DocumentMeta;
  records: ExtractedRecord[];
  warnings: StageWarning[];
}

type Finder = (input: FinderInput) => Candidate[];

/**
 * Which finders a kind of document gets, most specific first: where two find the same clause, the
 * earlier one's reading wins. Agendas and motions as submitted only recommend, where they say so.
 */
function findersFor(docType: DocumentMeta['doc_type']): Finder[] {
  switch (docType) {
    case 'decision_notice':
      return [findDecisions, findKeyValueRows, findBodyRecommendations, findPublicExcluded];
    case 'proposed_decision':
      return [findDecisions, findRecommendations];
    case 'report':
    case 'agenda':
      return [findRecommendations, findKeyValueRows];
    case 'motion':
      return [];
    case 'minutes':
    case 'other':
      return [findRegisterDecisions, findKeyValueRows, findNumberedMotions, findDisposedItems, findResolutions, findAdoptedMotions, findRunningMotions, findProceduralStatements, findPaymentsApproved, findBodyVotes, findResolvedItems, findProposedOutcomes, findBodyAgreements, findOutcomeCells, findItemsWithOutcomeLine, findItemsApprovedByActionLine, findItemsNamedByActionLine, findConsentItemsApproved, findAwardTableRows, findObservationRows, findBylawsPassed, findDecisionTableOutcomes, findDecisions, findRecommendations];
  }
}

/** Metadata and every decision, recommendation, resolution and action of a normalised document. */
export function extract(document: NormalisedDocument): Extraction {
  const meta = extractMeta(document);
  const input: FinderInput = { document, blocks: document.blocks, meta };
  // A report may append what its committee decided itself ("Appendix A – Decisions taken by the Audit
  // Committee under delegated powers"): from there on it is read as minutes are.
  const decidedFrom = meta.doc_type === 'report' ? decisionsSectionStart(document) : null;
  const inDecided = (c: Candidate): boolean => decidedFrom !== null && c.start >= decidedFrom;
  // A report may end with the decision maker's signed decision ("Decision of the Cabinet Member ... I
  // have decided to: (a) ..."): from there on it is read as a decision notice is.
  const signedFrom = meta.doc_type === 'report' ? signedDecisionStart(document) : null;
  const inSigned = (c: Candidate): boolean => signedFrom !== null && c.start >= signedFrom;
  const minutesInput: FinderInput = { ...input, meta: { ...meta, doc_type: 'minutes' } };
  const noticeInput: FinderInput = { ...input, meta: { ...meta, doc_type: 'decision_notice' } };
  const clauses = withoutOverlaps([
    ...findersFor(meta.doc_type).flatMap((finder) => finder(input)),
    ...(decidedFrom === null ? [] : findersFor('minutes').flatMap((finder) => finder(minutesInput)).filter(inDecided)),
    ...(signedFrom === null ? [] : findersFor('decision_notice').flatMap((finder) => finder(noticeInput)).filter(inSigned)),
  ]);
  const readsActions = meta.doc_type === 'minutes' || meta.doc_type === 'other';
  const actions = readsActions || meta.doc_type === 'decision_notice'
    ? [...actionsFromClauses(input, clauses)]
    : [...actionsFromClauses(minutesInput, clauses.filter(inDecided)), ...actionsFromClauses(noticeInput, clauses.filter(inSigned))];
  // A decision notice's implementation table ("Step | Lead officer | Target date"): the tasks it sets go with the decision.
  if (meta.doc_type === 'decision_notice') actions.push(...findActionTableRows(input));
  // A record of decisions also says, outside its decision sections, whom the body asked to do what
  // ("The Panel asked the Manager Development Assessment to provide a briefing ...").
  // Only those that name whom: a notice's narrative agrees views ("the Chair of Scrutiny agreed that this
  // decision is urgent and that any delay would ...") more often than it tasks.
  if (meta.doc_type === 'decision_notice') actions.push(...withoutOverlaps(actionPoints(input, [...clauses, ...actions]).filter((a) => a.actor !== null)));
  if (readsActions || decidedFrom !== null) {
    const from = readsActions ? input : minutesInput;
    const keep = (c: Candidate): boolean => readsActions || inDecided(c);
    const steps = plannedSteps(from).filter(keep);
    const logged = [...findActionTableRows(from), ...findDecisionTableTasks(from), ...findActionListItems(from)].filter(keep);
    // Logged actions (a table row, a listed point with its owner and due) before planned steps: the more specific reading wins an overlap.
    actions.push(...logged, ...steps, ...withoutOverlaps(actionPoints(from, [...clauses, ...actions, ...steps, ...logged]).filter(keep)));
  }
  const candidates = [...clauses, ...onePerTask(document, withoutOverlaps(actions))].sort((a, b) => a.start - b.start || kindOrder(a) - kindOrder(b));
  return { meta, records: candidates.map((c) => toRecord(document, meta, c)), warnings: [] };
}

/** A report's closing section where the decision maker records, and signs, what they decided. */
const SIGNED_DECISION_SECTION = /^(?:record\s+of\s+)?decision\s+(?:of|by)\s+the\s+(?:cabinet\s+member|portfolio\s+holder|executive\s+member|leader|mayor)\b[^\n]{0,80}$/i;

function signedDecisionStart(document: NormalisedDocument): number | null {
  const heading = document.blocks.find((b) => b.kind === 'heading' && SIGNED_DECISION_SECTION.test(document.text.slice(b.contentStart, b.end).trim()));
  return heading ? heading.start : null;
}

/** A report's heading over the decisions its committee took itself: where minutes-like reading starts. */
// (And a register of decisions made under delegation, and an extract from the minutes appended to a report.)
const DECISIONS_SECTION = /^(?:appendix\s+\w+\s*[–—:-]\s*)?(?:decisions?\s+(?:taken|made)\s+by\b|(?:matters|items)\s+decided\s+by\b|record\s+of\s+(?:the\s+)?decisions?\b|register\s+of\s+(?:[\w-]+\s+){0,3}decisions\b|extract\s+(?:from|of)\s+(?:the\s+)?minutes\b)/i;

function decisionsSectionStart(document: NormalisedDocument): number | null {
  const heading = document.blocks.find((b) => isSectionHeading(document, b) && DECISIONS_SECTION.test(document.text.slice(b.contentStart, b.end).trim()));
  return heading ? heading.start : null;
}

/**
 * A heading, or a paragraph opening with one as PDF text gives it: wrapped, and run on into the
 * sentence under it ("Appendix A – Decisions taken by the Audit Committee under\ndelegated powers, 5
 * March 2026\nThe following matters were decided ..."). Its first line is short and ends no sentence
 * (a wrapped sentence of running text fills the line).
 */
function isSectionHeading(document: NormalisedDocument, block: NormalisedDocument['blocks'][number]): boolean {
  if (block.kind === 'heading') return true;
  const firstLine = document.text.slice(block.contentStart, block.end).trim().split('\n')[0]!.trim();
  return block.kind === 'paragraph' && firstLine.length <= 80 && !/[.;:,]$/.test(firstLine);
}

/**
 * The same task written twice under one clause label (a resolution and its repetition) is one action.
 * The same words as a free-standing action point under two items ("It was also agreed to circulate the
 * Motion to all Local Authorities" after each of three motions) are three tasks.
 */
function onePerTask(document: NormalisedDocument, actions: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    if (a.parent === null) return true;
    const key = `${a.parent}\u0000${normaliseSpace(document.text.slice(a.start, a.end)).toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function kindOrder(c: Candidate): number {
  return c.kind === 'action' ? 1 : 0;
}

/**
 * One record per clause and kind: where two findings of the same kind overlap for most of the shorter
 * one, the first found (the more specific finder) is kept. A decision and a resolution are one kind
 * here: the same words read twice (a Scottish minute's "Decision / The Board agreed to ..." is found
 * by the decision finder and as the body's agreement) are one record, the decision. (A meeting page's
 * "Decision:" and its "Minutes: RESOLVED:" are two records, but in two places.)
 */
function withoutOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const clash = kept.findIndex((k) => {
      if (familyOf(k.kind) !== familyOf(c.kind)) return false;
      const overlap = Math.min(k.end, c.end) - Math.max(k.start, c.start);
      return overlap > 0.6 * Math.min(k.end - k.start, c.end - c.start);
    });
    if (clash === -1) kept.push(c);
    else if (kept[clash]!.kind === 'resolution' && c.kind === 'decision') kept[clash] = c;
  }
  return kept;
}

function familyOf(kind: Candidate['kind']): string {
  return kind === 'decision' ? 'resolution' : kind;
}

/** Actors found on clauses belong to their actions only. */
function toRecord(document: NormalisedDocument, meta: DocumentMeta, c: Candidate): ExtractedRecord {
  const quote = document.text.slice(c.start, c.end);
  return {
    kind: c.kind,
    label: c.label,
    text: normaliseSpace(quote),
    body: meta.body,
    date: meta.date,
    status: meta.status,
    key_decision: meta.key_decision,
    call_in: meta.call_in,
    procedural: c.procedural,
    actor: c.kind === 'action' ? c.actor : null,
    due: c.kind === 'action' ? c.due : null,
    parent: c.kind === 'action' ? c.parent : null,
    page: pageAt(document.pages, c.start),
    start: c.start,
    end: c.end,
    quote,
  };
}
