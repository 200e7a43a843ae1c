import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';

/**
 * By-laws passed together, as Canadian councils minute them: one motion, then the by-laws it passes,
 * each on a line of its own with its number and title, and the motion's outcome under the list:
 *
 *   That the following by-laws be read a first, second and third time and passed:
 *     By-law 2026-041   Being a By-law to amend Zoning By-law 2019-100 to permit ...
 *                       mixed-use building at 1150 Carling Ridge Road
 *     By-law 2026-042   Being a By-law to authorize an agreement with ...
 *                                                                     CARRIED
 *
 * Each by-law passed is a resolution of its own, labelled with its number (as each consent item is);
 * the motion is read by the ordinary finders. A list under a motion that was lost, or that gives the
 * by-laws only a first or second reading, passes nothing.
 */
const PASSING_LEAD_IN = /\bthe\s+following\s+by-?laws?\b((?:[^:\n]|\n(?![ \t]*\n)){0,160}?)\b(?:be\s+)?(?:passed|enacted|adopted)\s*:[ \t]*$/gim;
const ONLY_EARLY_READINGS = /\b(?:first|second)(?:\s+and\s+second)?\s+time\b(?![^:]*\bthird\b)/i;
const BYLAW_LINE = /^([ \t]*)(By-?law\s+(?:No\.?\s*)?(\d{1,4}[-/]\d{1,4}|\d{2,5}))\b/i;
const OUTCOME_LINE = /^[ \t]*(?:(?:The\s+)?motion\s+(?:was\s+)?)?(CARRIED|LOST|DEFEATED|FAILED|WITHDRAWN)\b/i;
/** Lines of one by-law's wrapped title when nothing is indented (PDF text). */
const MAX_UNINDENTED_LINES = 3;
/** Lines between the last by-law and the outcome line that still belong to the motion (a vote). */
const MAX_LINES_TO_OUTCOME = 4;

interface Line {
  start: number;
  end: number;
  text: string;
}

export function findBylawsPassed(input: FinderInput): Candidate[] {
  const { text } = input.document;
  const out: Candidate[] = [];
  for (const leadIn of text.matchAll(PASSING_LEAD_IN)) {
    if (ONLY_EARLY_READINGS.test(leadIn[1] ?? '')) continue;
    const lines = linesFrom(text, leadIn.index + leadIn[0].length);
    const items = bylawItems(lines);
    if (items.found.length === 0) continue;
    if (!carriedAfter(lines, items.lastLine)) continue;
    out.push(...items.found);
  }
  out.push(...bylawsEachRead(text));
  return out;
}

/**
 * The other layout: each by-law with its own readings under its title, and no motion over them.
 *
 *   By-law 2026-014    Being a By-law to adopt Amendment No. 38 to the Official Plan ...
 *                      Read a first, second and third time and passed.
 *   By-law 2026-016    Being a By-law to authorize ...
 *                      Read a first and second time.
 *
 * A by-law read the third time and passed is a resolution, labelled with its number, its span the
 * title; one given only its first readings is not passed (GUIDELINES: not yet disposed of).
 */
const THIRD_READING_PASSED = /^[ \t]*Read\s+(?:a\s+)?first,?\s+second\s+and\s+third\s+times?(?:,)?\s+and\s+(?:finally\s+)?passed\b/i;
const READINGS_LINE = /^[ \t]*Read\s+(?:a\s+)?(?:first|second|third)\b/i;

function bylawsEachRead(text: string): Candidate[] {
  const lines = linesFrom(text, 0, Infinity);
  const out: Candidate[] = [];
  for (let k = 0; k < lines.length; k++) {
    const head = BYLAW_LINE.exec(lines[k]!.text);
    if (!head) continue;
    const afterNumber = lines[k]!.text.slice(head[0].length);
    const title = afterNumber.trimStart();
    if (title === '' || !/^[A-Z]/.test(title)) continue;
    const titleColumn = head[0].length + (afterNumber.length - title.length);
    let end = lines[k]!.end;
    let j = k + 1;
    // (A wrapped line under the title may itself begin "By-law 2019-088.": its indentation says it is the title's.)
    while (j < lines.length && !READINGS_LINE.test(lines[j]!.text) && indentOf(lines[j]!.text) >= titleColumn - 1) {
      end = lines[j]!.end;
      j++;
    }
    if (j < lines.length && THIRD_READING_PASSED.test(lines[j]!.text)) out.push(clauseCandidate('resolution', head[3]!, lines[k]!.start + titleColumn, end));
    k = j - 1;
  }
  return out;
}

/** The non-blank lines after `from`, up to `most` of them. */
function linesFrom(text: string, from: number, most = 80): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && out.length < most; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, end: m.index + m[0].trimEnd().length, text: m[0] });
  }
  return out;
}

/**
 * The by-laws listed from the first line on: each starts on a "By-law N" line and takes the lines
 * indented past its own start (its title wrapped under itself).
 */
function bylawItems(lines: readonly Line[]): { found: Candidate[]; lastLine: number } {
  const found: Candidate[] = [];
  let k = 0;
  let lastLine = -1;
  while (k < lines.length) {
    const head = BYLAW_LINE.exec(lines[k]!.text);
    if (!head) break;
    const indent = head[1]!.length;
    const start = lines[k]!.start + indent;
    let end = lines[k]!.end;
    let j = k + 1;
    // Its title wraps indented under itself; in PDF text, which keeps no indentation, onto a few lines at the margin.
    const continues = (line: string, taken: number): boolean => indentOf(line) > indent || (indent === 0 && indentOf(line) === 0 && taken < MAX_UNINDENTED_LINES);
    while (j < lines.length && !BYLAW_LINE.test(lines[j]!.text) && !OUTCOME_LINE.test(lines[j]!.text) && continues(lines[j]!.text, j - k - 1)) {
      end = lines[j]!.end;
      j++;
    }
    found.push(clauseCandidate('resolution', head[3]!, start, end));
    lastLine = j - 1;
    k = j;
  }
  return { found, lastLine };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The motion's outcome line follows the list (a recorded vote may stand between): carried. */
function carriedAfter(lines: readonly Line[], lastLine: number): boolean {
  for (let k = lastLine + 1; k < lines.length && k <= lastLine + MAX_LINES_TO_OUTCOME; k++) {
    const outcome = OUTCOME_LINE.exec(lines[k]!.text);
    if (outcome) return outcome[1]!.toUpperCase() === 'CARRIED';
  }
  return false;
}
