import type { Block } from '../../schemas/document.ts';
import { markerStyle } from '../readers/markers.ts';
import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { isProcedural } from './procedural.ts';
import { tidyClause } from './span.ts';

/**
 * Numbered resolutions as North American minutes print them: a resolution number at the start of a
 * line ("R2023-233", "99-466"), the item's title or the movers, the operative words, and the outcome
 * ("Carried.", "Moved by X to adopt. Motion Carried 7-0"). Items without a carried outcome (withdrawn,
 * lost, deferred, only given a first vote) give nothing.
 */
// "20-431-75) by $742,000." at a line's start is an account code wrapped there, not an item's number.
export const ITEM_LABEL = /^[ \t]*(R\d{4}-\d{1,4}|\d{2}-\d{3,4})\b(?![-–(),.]?\d|\))/gm;
const CARRIED = /\b(?:carried|adopted|passed|approved)\b/i;
/** "Deferred from February 15, 1999 Council Meeting" is the item's history, not its outcome. */
const NOT_CARRIED = /\b(?:defeated|lost|failed|withdrawn|deferred(?!\s+from\b)|tabled)\b/i;
/** The recital's end: the operative text follows it. */
const OPERATIVE_AFTER_RECITALS = /\bNOW,?\s+THEREFORE,?\s+(?:(?:BE\s+IT\s+)?RESOLVED,?\s*)?/i;
/** Agenda numbers, sub-item letters and "Name, Name:" movers that stand before the operative words. */
const ITEM_PREFIX = /^\s*(?:\d{1,3}\.\s+)?(?:\([A-Z]\)\s+)?(?:(?:[A-Z]\.\s?)+[A-Z][\w'’-]+(?:,\s*|\s+and\s+)?){1,3}:\s*|^\s*(?:\d{1,3}\.\s+)?(?:\([A-Z]\)\s+)?/;
/**
 * "MOVED Director McAllister, SECONDED Director Pell" / "Moved by Cllr A, seconded by Cllr B:" before the
 * operative words, on their own line or before "THAT" on the same line: who moved it is not what was resolved.
 */
const MOVERS_LINE = /^\s*moved\b[^\n]*?\bseconded\b(?:[^\n]*?(?=\bTHAT\b)|[^\n]*\n)\s*/i;

/** "Moved by Smith to ...", "Moved\nby Jones that ...": the mover, then the motion's words. */
const MOVED = /\bMoved\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?=to\b|that\b)/g;
const MOTION_OUTCOME = /\b(?:Motion\s+)?carried\b/i;
/** A motion that only adopts or files the item as titled: the title is what was resolved. */
const BARE_MOTION = /^(?:(?:to\s+)?(?:adopt|approve|accept)(?:\s+the\s+balance\b[^.]*|(?:\s+[\w'’-]+){0,3})|(?:to\s+)?(?:receive,?\s*(?:and\s+)?file|file)(?:\s+comments)?|that\s+this\s+ordinance\s+do\s+now\s+pass\b[^.;]*)\s*\.?$/i;
/** Motions that dispose of nothing yet: deferred, tabled, withdrawn, or given only a first vote or reading. */
const NOT_DISPOSED = /^(?:to\s+)?(?:defer|table|withdraw|continue)\b|\b(?:first|second)\s+(?:vote|reading)\b(?![^.]*\bfinal\b)/i;

/** A motion inside an item, as offsets into the document text. */
interface Motion {
  /** Where "Moved by" begins: the title before it ends here. */
  start: number;
  /** Where the motion's own words ("to adopt", "that the rule ... be suspended") begin. */
  wordsStart: number;
  /** Where its outcome ("Motion Carried") begins, and where that outcome's line ends. */
  outcomeStart: number;
  outcomeLineEnd: number;
}

/**
 * What an item gives: its resolution (none when it was only deferred), and the records its motion
 * makes besides: referrals (actions) and recommendations to other bodies.
 */
interface Found {
  resolution: Candidate | null;
  besides: Candidate[];
}

interface Item {
  label: string;
  /** Just after the label. */
  index: number;
  end: number;
  /** Where the item's title stops: at its first own motion, before any is passed on or taken over. */
  titleEnd: number;
  motions: Motion[];
}

/** The motions in an item's text, each with the outcome that follows it. */
function motionsIn(text: string, from: number, to: number): Motion[] {
  const body = text.slice(from, to);
  const out: Motion[] = [];
  for (const m of body.matchAll(MOVED)) {
    const wordsStart = m.index + m[0].length;
    const outcome = MOTION_OUTCOME.exec(body.slice(wordsStart));
    if (!outcome) continue;
    const outcomeStart = wordsStart + outcome.index;
    // A second "Moved by" before the first one's outcome is part of that motion's words.
    if (out.length > 0 && out[out.length - 1]!.outcomeStart >= from + m.index) continue;
    const lineEnd = body.indexOf('\n', outcomeStart);
    out.push({ start: from + m.index, wordsStart: from + wordsStart, outcomeStart: from + outcomeStart, outcomeLineEnd: from + (lineEnd < 0 ? body.length : lineEnd) });
  }
  return out;
}

export function findNumberedMotions(input: FinderInput): Candidate[] {
  const { document } = input;
  const text = document.text;
  const labels = [...text.matchAll(ITEM_LABEL)];
  const items: Item[] = labels.map((m, i) => {
    const index = m.index + m[0].length;
    const next = labels[i + 1];
    const end = Math.min(next ? next.index + (next[0].length - next[0].trimStart().length) : text.length, index + 4000);
    const motions = motionsIn(text, index, end);
    return { label: m[1]!, index, end, titleEnd: motions[0]?.start ?? end, motions };
  });
  // Two-column layouts extracted as text put the motions of two items after both titles ("99-465
  // APPROVING AGENDA: / 99-466 APPROVING CONSENT AGENDA: / Moved by ... Carried / Moved by ...
  // Carried"): an item with no motion of its own takes the first of the next item's two.
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (item.motions.length === 0 && !MOTION_OUTCOME.test(text.slice(item.index, item.end)) && next && next.motions.length >= 2) {
      item.motions.push(next.motions.shift()!);
    }
  });
  const out: Candidate[] = [];
  for (const item of items) {
    const found = item.motions.length > 0 ? movedItem(text, item) : outcomeItem(text, input.blocks, item);
    if (!found) continue;
    if (found.resolution) out.push(found.resolution);
    out.push(...found.besides);
  }
  return out;
}

/** Where an item's operative words begin: after the recitals, else after its number and movers. */
function titleStart(text: string, item: Item): number {
  const body = text.slice(item.index, item.end);
  const recitals = OPERATIVE_AFTER_RECITALS.exec(body);
  if (recitals) return item.index + recitals.index + recitals[0].length;
  const prefix = ITEM_PREFIX.exec(body)?.[0].length ?? 0;
  const movers = MOVERS_LINE.exec(body.slice(prefix))?.[0].length ?? 0;
  return item.index + prefix + movers;
}

/** An item closed by its own outcome line ("THAT ... Carried."), with the movers above its words. */
function outcomeItem(text: string, blocks: readonly Block[], item: Item): Found | null {
  const body = text.slice(item.index, item.end);
  // The item's outcome closes it: the last "Carried", else the last "adopted"/"passed" (a recital
  // may say another body "passed a motion").
  const outcome = [...body.matchAll(/\b(?:Motion\s+)?carried\b/gi)].pop() ?? [...body.matchAll(/\b(?:adopted|passed)\b/gi)].pop();
  if (!outcome || !CARRIED.test(outcome[0])) return null;
  // "Defeated", "Lost" or "Withdrawn" as the item's outcome, just before the word we took for one.
  if (NOT_CARRIED.test(body.slice(Math.max(0, outcome.index - 80), outcome.index))) return null;
  const tidy = tidyClause(text, { label: item.label, start: titleStart(text, item), end: item.index + outcome.index + outcome[0].length });
  if (!tidy) return null;
  const clauses = listedClauses(text, blocks, tidy.start, tidy.end);
  if (clauses.length > 0) return { resolution: null, besides: clauses };
  return { resolution: clauseCandidate('resolution', item.label, tidy.start, tidy.end, isProcedural(text.slice(tidy.start, tidy.end))), besides: [] };
}

/**
 * "THAT the Board:\n 1. award the contract ...; and\n 2. authorize the Chair ...": a numbered resolution
 * whose operative text is a lead-in over numbered or lettered clauses is a resolution per clause
 * (GUIDELINES), each labelled with its own marker. Empty when the text is not written that way: a lead-in
 * ending with ":" over two or more list items of one style, inside the resolution's span.
 */
function listedClauses(text: string, blocks: readonly Block[], start: number, end: number): Candidate[] {
  const items = blocks.filter((b) => b.kind === 'list_item' && b.marker !== null && b.start > start && b.start < end);
  if (items.length < 2 || !/:\s*$/.test(text.slice(start, items[0]!.start))) return [];
  const style = markerStyle(items[0]!.marker!);
  // Bullets list what one clause covers; numbers and letters make clauses (GUIDELINES).
  if (style === 'bullet' || items.some((b) => markerStyle(b.marker!) !== style)) return [];
  return items.flatMap((b, i) => {
    const tidy = tidyClause(text, { label: b.marker, start: b.contentStart, end: Math.min(end, items[i + 1]?.start ?? end) });
    return tidy ? [clauseCandidate('resolution', b.marker, tidy.start, tidy.end, isProcedural(text.slice(tidy.start, tidy.end)))] : [];
  });
}

/**
 * An item titled and then moved ("99-524 From Council Member X regarding ... Moved by Flagg to receive,
 * file and refer to ... Motion Carried 7-0."). A motion that only adopts the item leaves the title as
 * what was resolved; one that says more (refers, conditions, amends) is part of it, so the record runs
 * from the title to the motion's end.
 */
function movedItem(text: string, item: Item): Found | null {
  const motion = item.motions[item.motions.length - 1]!;
  const words = text.slice(motion.wordsStart, motion.outcomeStart).replace(/\s+/g, ' ').trim();
  if (NOT_DISPOSED.test(words)) return /^(?:to\s+)?defer\b/i.test(words) ? { resolution: null, besides: referralsOf(text, item, motion) } : null;
  if (NOT_CARRIED.test(text.slice(motion.outcomeStart, motion.outcomeLineEnd))) return null;
  const title = tidyClause(text, { label: item.label, start: titleStart(text, item), end: Math.max(titleStart(text, item), item.titleEnd) });
  if (!title) return null;
  let end = title.end;
  if (!BARE_MOTION.test(words)) end = trimEnd(text, title.start, motion.outcomeStart);
  // "Reappointment of the following ...: Moved ... Carried. / Connie Cook, William Dikis, ...": the list
  // the title announces, printed after the outcome, belongs to it.
  if (/\b(?:as\s+follows|the\s+following)\b|:\s*$/i.test(text.slice(title.start, title.end))) end = Math.max(end, listAfter(text, motion.outcomeLineEnd, item.end) ?? end);
  const resolution = clauseCandidate('resolution', item.label, title.start, end, isProcedural(text.slice(title.start, end)));
  return { resolution, besides: [...referralsOf(text, item, motion), ...recommendationsOf(text, motion)] };
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;]/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * The lines after an outcome that list what the title announced, up to a heading in capitals, a
 * "*Council considered ...*" note, or the item's end. Null when no such lines follow.
 */
function listAfter(text: string, from: number, to: number): number | null {
  let end: number | null = null;
  let pos = from;
  for (const line of text.slice(from, to).split('\n')) {
    const lineStart = pos;
    pos += line.length + 1;
    const t = line.trim();
    if (lineStart === from) continue; // the rest of the outcome's own line ("Nays: ...")
    if (t === '') {
      if (end !== null) break;
      continue;
    }
    if (/^\*/.test(t) || (/^[A-Z][A-Z\s&/,'’-]{3,}:?$/.test(t) && !/[a-z]/.test(t))) break;
    end = lineStart + line.trimEnd().length;
  }
  return end;
}

/**
 * "Moved by X to receive, file and refer to Legal Department for ...; and refer to ...": each referral
 * tasks someone, whether or not the item itself was disposed of ("to defer. Refer to City Manager for
 * review of funding alternatives").
 */
function referralsOf(text: string, item: Item, motion: Motion): Candidate[] {
  const words = text.slice(motion.wordsStart, motion.outcomeStart);
  const out: Candidate[] = [];
  // The sentence's full stop closes the referral; a semicolon joins it to the next one.
  for (const referral of words.matchAll(/\b[Rr]efer\s+to\s+[^.;]{3,300}\.?/g)) {
    const start = motion.wordsStart + referral.index;
    const action = tidyClause(text, { label: null, start, end: start + referral[0].length });
    if (!action) continue;
    const to = /^[Rr]efer\s+to\s+((?:the\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})/.exec(referral[0]);
    out.push({ ...clauseCandidate('action', null, action.start, action.end), actor: to ? to[1]! : null, parent: item.label });
  }
  return out;
}

/**
 * "Moved by Jones to adopt, and recommend the neighbourhood group work with ...": what the body
 * recommends to another in the motion it carried is a recommendation too (GUIDELINES: what one body
 * recommends to another in its minutes), from "recommend" to the motion's end.
 */
function recommendationsOf(text: string, motion: Motion): Candidate[] {
  const words = text.slice(motion.wordsStart, motion.outcomeStart);
  const m = /\brecommend\s+(?:that\s+)?(?:the\s+)?[A-Z]/.exec(words);
  if (!m) return [];
  const start = motion.wordsStart + m.index;
  const end = trimEnd(text, start, motion.outcomeStart);
  return end - start > 10 ? [clauseCandidate('recommendation', null, start, end)] : [];
}
