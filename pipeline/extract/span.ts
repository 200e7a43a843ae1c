import type { Clause } from './clauses.ts';

/**
 * What follows the operative words of a clause and is not part of it: the outcome and the vote
 * ("Carried.", "Motion carried 7-0", "(Y-5)"), the mover and seconder, a by-law's readings.
 */
/**
 * A word an abbreviating full stop follows ("No. 2", "Mr. Ibekwe", "Sierra Crest, Inc.,"): no sentence
 * ends at that stop. For lookbehinds: (?<!${ABBREVIATION})\. is a stop that may end a sentence.
 */
/**
 * The lead-in of what one body recommends to another, no part of the record (GUIDELINES): "to recommend to the
 * Members of X County Council that ...", "that the Planning Commission recommend that the Board of Supervisors
 * approve ..." (the record starts after the last "that"). A bare "to recommend that the City Council ..." keeps
 * its words, as the markers of the blind rounds kept them.
 */
export const RECOMMENDATION_LEAD_IN = /^(?:that\s+(?:the\s+)?[A-Z][\w ]{0,60}?\s+recommends?\s+(?:to\s+(?:the\s+)?[A-Z][^.;:]{0,120}?\s+)?|(?:to\s+)?recommend\s+to\s+(?:the\s+)?[A-Z][^.;:]{0,120}?\s+)that\s+(?=\S)/i;

// ("v" as a case is named: "Delgado v. City of Arroyo Plata".)
export const ABBREVIATION = String.raw`\b(?:No|Mr|Mrs|Ms|Dr|St|Inc|Cllrs?|Crs?|v)`;

const OUTCOME_TAIL = /\s*(?:\((?=[^)]{0,200}\b(?:proposed|seconded|in favou?r|against|abstain|abstained|unanimous|carried|was\s+not\s+present\s+for\s+the\s+vote|did\s+not\s+vote)\b)[^)]*\)|\(?\b(?:Moved|Proposed|Seconded)\s+by\b|\bProp\.?\s+(?:by\s+)?[A-Z]{2,3}\b|\bAll\s+agreed\b|\bRead a first\b|\bMotion\s+(?:was\s+)?carried\b|\b(?:CARRIED|Carried)\b(?:\s+(?:unanimously|\d))?|\bDisposition:|(?<=[.!?])\s+(?:The\s+)?next\s+(?:[\w&,]+\s+){0,6}meeting\b|\bThere\s+being\s+no\s+further\s+business\b|\bDate\s+of\s+(?:the\s+)?next\s+meeting\b|\bACTIONS?\s*:|(?<=[.!?])\s+(?:The|He|She|They)\s+(?:[A-Z]\w+\s+)?(?:signed|thanked|left|arrived|declared|explained|reported|advised|welcomed|closed)\b|(?<=[.!?])\s+(?:Members|Councillors|Cllrs?\.?\s+[A-Z][\w'’-]+)\s+(?:also\s+)?(?:discussed|asked|raised|queried|expressed|considered|commented)\b|(?<=[.!?])\s+(?:Cllrs?|Councillors?)\.?\s+(?:[A-Z]\.\s*)?[A-Z][\w'’-]+\s+(?:was|were|had|left|arrived|rejoined|returned)\b|(?<=[.!?])\s+(?:The\s+)?(?:Clerk|Chair(?:man|person)?|Cllrs?\.?\s+[A-Z][\w'’-]+)\s+to\s+(?:submit|write|contact|arrange|order|send|circulate|obtain|prepare|draft|inform|notify|chase|book|confirm|investigate|update|report|ask|seek|check|place|return|publish|forward)\b|\bTime:\s*\d|\(\s*(?:Y|N)-\d+\s*\)|\bAll in favou?r\b|\bVote:|\bSECOND(?:ED)?:|\bVOTE:)/;

/** A clause's span without surrounding white space, trailing connectives, or the outcome that follows it. */
export function tidyClause(text: string, clause: Clause): Clause | null {
  let { start, end } = clause;
  const body = text.slice(start, end);
  const tail = OUTCOME_TAIL.exec(body);
  if (tail && tail.index > 0) end = start + tail.index;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  end = withoutTrailingHeading(text, start, end);
  // A note in brackets after the sentence has closed ("... projects. (Call City Clerk's Office for
  // listing).", "... Richardson.(Council Communication No. 99-064)") points elsewhere; it is not what
  // was decided. Two may follow one another, a cross-reference joined to one ("$45,350. (Six bids
  // mailed)-see agenda item 48. (Council Communication No. 99-068)").
  for (let i = 0; i < 3; i++) {
    const note = /(?<=[.!?])\s*\([^()]{1,120}\)(?:\s*-?\s*see\s+[^.()]{1,60})?\.?$/i.exec(text.slice(start, end));
    if (!note || note.index <= 10) break;
    end = start + note.index;
  }
  // A resolution quoted in full ("“That ... signed.”"): the clause is inside the quotation marks.
  if (/^[“"]/.test(text[start]!) && /[”"]$/.test(text[end - 1]!)) {
    start++;
    end--;
  } else if (/^[“"]/.test(text[start]!) && !/[”"]/.test(text.slice(start + 1, end))) {
    start++;
  } else if (/[”"]$/.test(text[end - 1]!) && !/[“"]/.test(text.slice(start, end - 1))) {
    // Read from after the opening quote and "That" ("“That the minutes ... signed.”"): the closing quote is not its words.
    end--;
  }
  // "... moved to adjourn at 11:07 a.m.": the time the meeting closed follows what was moved (GUIDELINES).
  // ("THAT the meeting adjourn at 8:44 p.m." is a resolution's own words: kept.)
  const closedAt = /^to\s+adjourn\b.*?(\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)\.?$/i.exec(text.slice(start, end));
  if (closedAt) end = start + closedAt[0].length - closedAt[0].slice(closedAt[0].lastIndexOf(closedAt[1]!)).length;
  // A trailing "and" / "or" joins this clause to the next one; it is not part of either.
  const joined = /[;,]?\s+(?:and|or)$/i.exec(text.slice(start, end));
  if (joined && end - start > joined[0].length + 10) end -= joined[0].length - (joined[0].startsWith(';') ? 1 : 0);
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 3 || !/\p{L}{2}/u.test(text.slice(start, end))) return null;
  return { label: clause.label, start, end };
}

/**
 * A heading glued to a clause's last line by PDF text extraction ("... Board.\nSupporting documents:")
 * is not part of the clause: a short last line after a line that closed the sentence.
 */
function withoutTrailingHeading(text: string, start: number, end: number): number {
  const lastBreak = text.lastIndexOf('\n', end - 1);
  if (lastBreak <= start) return end;
  const lastLine = text.slice(lastBreak + 1, end).trim();
  const before = text.slice(start, lastBreak).trimEnd();
  if (lastLine.length > 60 || !/[.;]$/.test(before)) return end;
  if (/:$/.test(lastLine) || (/^[A-Z]/.test(lastLine) && !/[.;,]$/.test(lastLine) && lastLine.split(/\s+/).length <= 6)) {
    return start + before.length;
  }
  return end;
}

export function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Where a clause's sentence ends a line and a new sentence starts the next one
 * ("RESOLVED: to accept the apologies.\nNo apology was received from ...", "... signed by the Mayor.\n
 * Matters arising: ..."): the minutes have moved on; the resolution ends there.
 */
export function sentenceEndingLine(text: string, start: number, end: number): number {
  // (A line that starts a list item, "2. That the owner ...", carries the clause's own list on.)
  const m = /[.!?][ \t]*\n(?=[ \t]*[A-Z0-9£$])(?![ \t]*(?:\(?[0-9]{1,3}[.)]|\(?[A-Za-z][.)]|\((?:[ivx]+)\))\s)/.exec(text.slice(start, end));
  return m ? start + m.index + 1 : end;
}
