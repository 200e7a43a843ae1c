import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { tidyClause } from './span.ts';

/**
 * Procedural outcomes minutes record without the word RESOLVED: "Apologies were received and
 * accepted", "The minutes of the meeting held on ... were agreed as a correct record".
 */
const PROCEDURAL_STATEMENTS: readonly RegExp[] = [
  /(?<=^|[.!?:]\s+|\n|[•·▪]\s)(?:The\s+)?minutes\s+of\s+[^.]{0,220}?\b(?:were|was)\s+(?:\w+\s+){0,4}?(?:approved|agreed|confirmed|signed|accepted|adopted)\b[^.\n]*(?:\.|$)/gim,
  /(?<=^|[.!?:]\s+|\n|[•·▪]\s)Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:\w+\s+){0,3}?accepted\b[^.\n]*(?:\.|$)/gim,
];

export function findProceduralStatements(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const pattern of PROCEDURAL_STATEMENTS) {
    for (const m of text.matchAll(pattern)) {
      const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + m[0].length });
      if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, true));
    }
  }
  return out;
}

/**
 * Informal decisions in minutes that use no RESOLVED: "Councillors agreed that Tom should proceed",
 * "The Council were pleased with the plan and agreed to adopt it". The sentence is the record.
 */
const BODY_AGREED = /(?<=^|[.!?]\s+|\n|[•·▪]\s)(?:Councillors|Members|The\s+(?:Parish\s+|Town\s+)?Council|The\s+Committee|The\s+Board)\b[^.\n]{0,120}?\bagreed\s+(?:unanimously\s+)?(?:that|to)\b[^\n]*?(?:[.!?](?=\s|$)|$)/gm;

export function findBodyAgreements(input: FinderInput): Candidate[] {
  const text = input.document.text;
  const out: Candidate[] = [];
  for (const m of text.matchAll(BODY_AGREED)) {
    // "agreed to review / write to / contact ...": a task for later, which the action finder reads.
    // Referring or deferring decides nothing here; it is another body's business or a later meeting's.
    if (/\bagreed\s+(?:unanimously\s+)?to\s+(?:refer|defer)\b/i.test(m[0])) continue;
    if (/\bagreed\s+(?:unanimously\s+)?to\s+(?:review|write|contact|arrange|check|follow|consider|seek|look|investigate|find|send|speak|ask|update|report|circulate|chase|obtain|organi[sz]e|take)\b/i.test(m[0])) continue;
    const tidy = tidyClause(text, { label: null, start: m.index, end: m.index + m[0].length });
    if (tidy) out.push(clauseCandidate('resolution', null, tidy.start, tidy.end, false));
  }
  return out;
}
