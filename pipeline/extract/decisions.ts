import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { collectContinuedList } from './clauses.ts';
import { findCues, nextContentBlock, operativeClauses, type Cue } from './operative.ts';
import { isProcedural } from './procedural.ts';
import { sentenceEndingLine, tidyClause } from './span.ts';
import { disposesOfNothing } from './deferral.ts';
import { SEVERAL_DECISIONS_TITLE } from './doctype.ts';
import { TRANSLATION_FIRST } from './translated.ts';

/**
 * The decision section of a decision notice or record of decision: a "Decision:" or "Panel decision" heading, or the
 * decision maker's own words ("I agree to:", "Cabinet agree to:").
 */
const DECISION_CUE = new RegExp(String.raw`^(?:[ \t]*(?:\d{1,2}\.?[ \t]+)?${TRANSLATION_FIRST}(?:the\s+)?(?:(?:Panel|Committee|Sub-Committee|Board|Cabinet|Commission|Authority)(?:['’]s)?\s+)?decisions?(?:\s+taken|\s+made)?\s*[:.]?\s*$|DECISION(?:\s+ON\s+[A-Z]{0,3}-?\d[\w/.-]{0,15})?\s*[:.]\s*)|(?:(?:^As\s[^\n]{0,150}?,?\s*)?\bI\s+(?:agree|have\s+decided|approve|decide|propose)(?:\s+to)?\s*:\s*$)|(?:^[A-Z][\w ]{0,40}\bagrees?\s+to\s*:\s*$)`, 'gim');

/**
 * Headings a record of several decisions also files decisions under: "RESOLVED:" on a line of its
 * own (the decision maker's resolution is its decision), and "RECOMMENDED TO COUNCIL:" or "Panel advice"
 * for the parts only full Council can decide (recommendations).
 */
const NOTICE_SECTION_CUE = new RegExp(String.raw`^RESOLVED\s*[:.–-]?\s*$|^(?:(?:Panel|Committee|Board)(?:['’]s)?\s+)?advice(?:\s+to\s+(?:the\s+)?Council)?\s*:?\s*$|^${TRANSLATION_FIRST}(?:RECOMMENDED|Recommendation)\s+to\s+(?:the\s+)?(?:full\s+|county\s+|city\s+|borough\s+|district\s+)?Council(?:\s+that)?\s*[:.]?\s*$|^AGREED\s*:\s*`, 'gim');


/**
 * "For information only – no decision required.", "Detailed in the Confidential Schedule ...": under
 * a "Resolved:" or "Decision" heading, nothing this document records as decided.
 */
const NOTHING_DECIDED = /^(?:for\s+information\s+only|no\s+decision\s+(?:was\s+)?(?:required|needed|taken|made)|(?:detailed|recorded|set\s+out)\s+in\s+the\s+confidential\b)/i;
const RECOMMENDS_TO = /^(?:to\s+)?(?:(?:the\s+)?[A-Z][\w ]{0,40}?\s+)?recommends?\w*\s+to\b/;

/**
 * Decisions of a decision notice; in a proposed record of decision the same clauses are
 * recommendations (proposed, not yet taken).
 */
export function findDecisions(input: FinderInput): Candidate[] {
  const { document, blocks, meta } = input;
  const kind = meta.doc_type === 'proposed_decision' ? 'recommendation' : 'decision';
  // A notice records one decision section; minutes print one under each item ("Decision / The
  // Committee agreed:- (1) ..."), and every one counts; so does a record of several decisions.
  const notice = meta.doc_type === 'decision_notice' || meta.doc_type === 'proposed_decision';
  // A notice of several decisions says so in its title, or files one under each of its items ("Item 3 ...
  // Decision: ...", "Item 4 ... Decision: ...").
  const several = notice && (SEVERAL_DECISIONS_TITLE.test(document.text.slice(0, 1500).replace(/\s+/g, ' ')) || standaloneDecisionHeadings(document, blocks) >= 2);
  const cues = several
    ? [...findCues(document, blocks, DECISION_CUE), ...findCues(document, blocks, NOTICE_SECTION_CUE)].sort((a, b) => a.start - b.start)
    : findCues(document, blocks, DECISION_CUE);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const [index, cue] of cues.entries()) {
    // A section ends where the next heading starts ("DECISION: (a) ... RECOMMENDED TO COUNCIL: (b) ...").
    const nextSection = cues[index + 1]?.start ?? Infinity;
    // In minutes only a "Decision:" section records a decision; "Cabinet agree to:" there is a resolution's lead-in.
    if (meta.doc_type !== 'decision_notice' && meta.doc_type !== 'proposed_decision' && !/^\s*decision/i.test(document.text.slice(cue.start, cue.end))) continue;
    if (endsWrappedSentence(document.text, blocks[cue.blockIndex]?.start ?? cue.start, cue.start)) continue;
    // "1. Decision taken / Having considered the report ..., I have decided to:" run into one block (a PDF's
    // heading joined to its paragraph): the heading's text is the preamble of the cue after it, which reads the list.
    const following = cues[index + 1];
    if (following && following.blockIndex === cue.blockIndex && !/[.;]$/.test(document.text.slice(cue.end, following.start).trim())) continue;
    // "RECOMMENDED TO COUNCIL:", and a planning panel's "Panel advice" to the council on what it decides.
    const toCouncil = /\brecommend(?:ed|ation)\b|\badvice\b/i.test(document.text.slice(cue.start, cue.end));
    // A decision box ends where the item's minutes begin ("Decision: ... / Minutes: / The Committee agreed:-").
    const minutesLabel = /\n[ \t]*(?:Minutes?|Discussion|Background)[ \t]*:?[ \t]*\n/.exec(document.text.slice(cue.end, cue.end + 4000));
    const boxEnd = minutesLabel ? cue.end + minutesLabel.index : Infinity;
    const read = several ? sectionClauses(input, cue) : operativeClauses(document, blocks, cue);
    // "The Panel defers determination of DA2025/0801 so that the applicant can submit amended plans that:
    // (a) ... (c) ...": what the list asks for is not decided; the item is deferred (GUIDELINES).
    if (read.length > 0 && disposesOfNothing(document.text.slice(cue.end, read[0]!.start))) continue;
    // "Decision:" over "RECOMMENDED to Council that:" and its list: what Council alone can decide.
    const recommendedToCouncil = read.length > 0 && /^\s*RECOMMENDED\s+to\s+(?:the\s+)?(?:full\s+)?Council\b/i.test(document.text.slice(cue.end, read[0]!.start));
    const inBox = read.filter((clause) => clause.start < boxEnd);
    // The box's own sentence, when what was read as its list belongs to the minutes after it.
    const clauses = inBox.length === 0 && read.length > 0 && boxEnd !== Infinity ? [{ label: null, start: cue.end, end: boxEnd }] : inBox;
    for (const listed of clauses) {
      // The list's last clause may run on into the next heading ("... play area.\nReason for decision").
      const clause = listed === clauses[clauses.length - 1] ? { ...listed, end: sentenceEndingLine(document.text, listed.start, listed.end) } : listed;
      if (several && clause.start >= nextSection) break;
      // "(a) That the Plan be adopted": "That" introduces the clause, as "RESOLVED that" does (GUIDELINES).
      const tidy = decidedClause(document.text, clause);
      if (!tidy) continue;
      const key = `${tidy.start}:${tidy.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const words = document.text.slice(tidy.start, tidy.end);
      if (disposesOfNothing(words) || NOTHING_DECIDED.test(words.trim())) continue;
      // What the body recommends to another body is a recommendation (GUIDELINES): "to recommend to
      // Council ...", "the Board recommends to each of the constituent councils that ...".
      const recommends = RECOMMENDS_TO.test(words.trim());
      if (notice) {
        // "AGREED: that the minutes ... be approved", the press and public excluded: procedural resolutions
        // wherever the body agreed them (GUIDELINES), in a decision sheet too.
        const procedural = !toCouncil && !recommendedToCouncil && !recommends && /^AGREED\b/.test(document.text.slice(cue.start, cue.end)) && isProcedural(words);
        out.push(clauseCandidate(procedural ? 'resolution' : toCouncil || recommendedToCouncil || recommends ? 'recommendation' : kind, tidy.label, tidy.start, tidy.end, procedural));
        continue;
      }
      // In minutes, the minute of the last meeting approved is procedural.
      out.push(clauseCandidate(recommends ? 'recommendation' : kind, tidy.label, tidy.start, tidy.end, !recommends && isProcedural(words)));
    }
    if (!notice || several) continue;
    // The first decision section is the decision; later mentions are narrative.
    if (out.some((c) => document.text.slice(c.start, c.end).split(/\s+/).length >= 5)) break;
    out.length = 0;
  }
  if (notice && !several && out.length > 0) out.push(...laterDecidedLists(input, kind, out, seen));
  return out;
}

/**
 * "The Sub-Committee considered the sanctions available to it ... It decided: (a) ... (b) ...": the
 * body's own "decided:" over a list, in a later section of a notice (a hearing decides the breach and
 * then the sanction). Unlike a later mention of "the decision", it announces what was decided.
 */
const DECIDED_LIST_CUE = /(?:^|(?<=[.]\s{1,3}))(?:It|The\s+(?:Sub-Committee|Committee|Panel|Board|Cabinet|Authority|Hearing\s+Panel))\s+(?:also\s+|further\s+)?(?:has\s+)?decided(?:\s+that)?\s*:\s*$/gm;

function laterDecidedLists(input: FinderInput, kind: 'decision' | 'recommendation', found: readonly Candidate[], seen: Set<string>): Candidate[] {
  const { document, blocks } = input;
  const after = Math.max(...found.map((c) => c.end));
  const out: Candidate[] = [];
  for (const cue of findCues(document, blocks, DECIDED_LIST_CUE)) {
    if (cue.start < after) continue;
    for (const clause of operativeClauses(document, blocks, cue)) {
      const tidy = decidedClause(document.text, clause);
      if (!tidy || seen.has(`${tidy.start}:${tidy.end}`)) continue;
      seen.add(`${tidy.start}:${tidy.end}`);
      if (disposesOfNothing(document.text.slice(tidy.start, tidy.end))) continue;
      out.push(clauseCandidate(kind, tidy.label, tidy.start, tidy.end, false));
    }
  }
  return out;
}

/** A decided clause tidied, without the "That" that introduces it ("(a) That the Plan be adopted"), as "RESOLVED that" does (GUIDELINES). */
function decidedClause(text: string, clause: { label: string | null; start: number; end: number }): ReturnType<typeof tidyClause> {
  const that = /^(?:That|THAT)\s+(?=\S)/.exec(text.slice(clause.start, clause.end));
  return tidyClause(text, that ? { ...clause, start: clause.start + that[0].length } : clause);
}

/**
 * "... once the Board had made its\ndecision.": a sentence wrapped onto the line, its last word
 * "decision", not a heading. The line before, in the same block, ends mid-sentence.
 */
function endsWrappedSentence(text: string, blockStart: number, cueStart: number): boolean {
  const before = text.slice(blockStart, cueStart).trimEnd();
  return before !== '' && /[\p{Ll},]$/u.test(before) && /^\s*decisions?\s*\.?\s*$/.test(text.slice(cueStart, text.indexOf('\n', cueStart) === -1 ? text.length : text.indexOf('\n', cueStart)));
}

/** A heading, capitalised ("Decision:", "Penderfyniad / Decision:"): "... decision." ending a sentence is none. */
const DECISION_HEADING = new RegExp(String.raw`^${TRANSLATION_FIRST}(?:Decisions?|DECISIONS?)\b`);

/** How many "Decision:" headings stand on lines of their own (a notice of one decision has one). */
function standaloneDecisionHeadings(document: FinderInput['document'], blocks: FinderInput['blocks']): number {
  return findCues(document, blocks, DECISION_CUE).filter((cue) => DECISION_HEADING.test(document.text.slice(cue.start, cue.end))).length;
}

/**
 * The clauses under one heading of a record of several decisions. A heading alone on its line
 * followed by a list takes the list even where its lettering carries on from the section before.
 */
function sectionClauses(input: FinderInput, cue: Cue): ReturnType<typeof operativeClauses> {
  const { document, blocks } = input;
  if (cue.limit === blocks[cue.blockIndex]!.end && document.text.slice(cue.end, cue.limit).trim() === '') {
    const next = nextContentBlock(document, blocks, cue.blockIndex + 1);
    if (next !== null) {
      const { clauses } = collectContinuedList(document, blocks, next);
      if (clauses.length > 0) return clauses;
    }
  }
  return operativeClauses(document, blocks, cue);
}
