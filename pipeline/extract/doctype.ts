import type { NormalisedDocument } from '../../schemas/document.ts';
import type { DocumentMeta } from '../../schemas/meta.ts';

type DocType = DocumentMeta['doc_type'];

/** The title of a published record of one decision ("Record of Decision", "Officer decision record", "Decision Notice", "Notice of Determination", a meeting page's "Decision details"). */
const ONE_DECISION_TITLE = /\bdecision details\b|\bdecision letter\b|\bwrite to (?:confirm|notify you of|inform you of|set out) the decision of\b|\brecord of (?:an?\s+)?(?:(?:executive|officer|cabinet|key|delegated|urgent|individual|portfolio\s+holder)\s+)*decision\b|\bdecision notice\b|\b(?:(?:executive|officer|cabinet|key|delegated|urgent|individual|portfolio\s+holder|member)\s+)+decision\s+record\b|\bnotice of (?:determination|decision)\b|\b(?:executive|cabinet)\s+decision\s+(?:list|sheet|schedule)\b/i;

/** A title line "Decision of the Hearings Panel on ...", "Decision of the Independent Commissioners": the panel's written decision. */
const PANEL_DECISION_TITLE = /(?:^|\n)[ \t]*decision\s+of\s+(?:the\s+)?(?:hearings?\s+|independent\s+)?(?:panel|commissioners?)\b/i;

/**
 * The title of a record of several decisions ("Record of Executive Decisions", "Cabinet decision sheet", a
 * planning panel's "Record of Determinations"):
 * every DECISION / RESOLVED / RECOMMENDED TO COUNCIL section in it is a decision taken (extract/decisions.ts).
 */
export const SEVERAL_DECISIONS_TITLE = /\bnotice\s+of\s+(?:(?:executive|officer|cabinet|key|delegated|committee)\s+)?decisions\b|\brecord\s+of\s+determinations\b|\b(?:sets\s+out|lists)\s+the\s+decisions\s+(?:taken|made)\b|\brecord of (?:(?:executive|officer|cabinet|key|delegated)\s+)?decisions\b|\bdecision sheet\b|\b(?:executive|cabinet)\s+decisions\s+(?:list|sheet|schedule)\b/i;

/** An attendance list near the top: "Present", "Present:", "Members present:". */
const PRESENT_LIST = /(?:^|\n)[ \t]*(?:Members\s+)?Present\b[ \t]*:?[ \t]*(?:\n|\S)/;
/** A section or line that records what the body decided. */
const OUTCOME_SECTION = /(?:^|\n)[ \t]*(?:Decisions?[ \t]*:?[ \t]*\n|(?:The\s+)?(?:Committee|Council|Board|Sub-Committee|Panel)\s+agreed\b|RESOLVED\b|Resolved\s*:)/;

/**
 * What a document reads as, from its opening and its cues. The kind of document decides which record
 * kinds it can give: a report or a proposed decision only recommends; an agenda or a motion as
 * submitted decides nothing.
 */
export function classifyDocument(document: NormalisedDocument): DocType {
  const text = document.text;
  const head = text.slice(0, 1500).replace(/\s+/g, ' ');
  // "Endorse the proposed decision by the Leader" in a report's text does not make it a proposed decision.
  if (/\bproposed record of decision\b/i.test(head) || /^\s*PROPOSED DECISION\b/m.test(text.slice(0, 1500))) return 'proposed_decision';
  // A forward plan ("Notice of Key Decisions") lists decisions to be taken: nothing decided, unless it
  // also reports decisions already taken under urgency, each under its "Decision:".
  const titleLines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 4).join('\n');
  if (/\bnotice of (?:key|forthcoming|executive) decisions\b|\bforward plan\b(?!\s*:)/i.test(titleLines)) {
    return /^[ \t]*Decisions?\s*:/m.test(text) ? 'decision_notice' : 'agenda';
  }
  // "Record of Decision", "Record of Executive Decisions", "Cabinet decision sheet": a published record of
  // decisions taken, one or several.
  // Not when the title says these are minutes and the phrase comes after it ("Minute of Meeting of the
  // Local Review Body ... (c) the decision notice dated 14 November 2025"): a mention, not the title.
  const minutesTitle = /\bminutes?\s+of\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}meeting\b/i.exec(head.slice(0, 400));
  const noticeTitle = ONE_DECISION_TITLE.exec(head) ?? SEVERAL_DECISIONS_TITLE.exec(head) ?? PANEL_DECISION_TITLE.exec(text.slice(0, 1500));
  if (noticeTitle && !(minutesTitle && noticeTitle.index > minutesTitle.index)) return 'decision_notice';
  // Who was present and what the body decided: a meeting held, its minute, whatever it calls itself
  // ("Glenmorran Council / Education Committee / 10.00am, Tuesday 10 March 2026 / Present ... / Decision").
  if (PRESENT_LIST.test(text.slice(0, 3000)) && OUTCOME_SECTION.test(text)) return 'minutes';
  // A notice that a meeting "will be held" is its agenda, though it lists "to approve the minutes".
  if (/\bpublic notice\b|\bnotice of meeting\b|\bsummons\b/i.test(head.slice(0, 400)) && /\bwill be held\b/i.test(head) && !/\bRESOLVED\b/.test(text)) return 'agenda';
  // An agenda by its title, though it carries a draft resolution ("BE IT RESOLVED ... PASSED AND ADOPTED
  // this ___ day") or the last meeting's minutes for approval: nothing in it was moved and carried.
  const agendaAt = head.slice(0, 300).search(/(?<!\b(?:approval|adoption)\s+of\s+(?:the\s+)?|\b(?:approve|adopt)\s+(?:the\s+)?)\bagenda\b(?!\s+(?:item|cent(?:er|re)))/i);
  // "Council Agenda with Dispositions": each item's outcome entered after it is a record of the meeting.
  if (agendaAt >= 0 && !/\bminutes\b/i.test(head.slice(0, agendaAt + 40)) && !/\bmotion\s+carried\b|\bcarried\b\s*[.\d]|\bresolved\s*:|\bdisposition\s*:|\(Y-\d+\)/i.test(text)) return 'agenda';
  // Scottish minutes are a "Minute of Meeting of ...", in the singular.
  if (/\bminutes\b|\bminute of (?:the\s+)?(?:\w+\s+)?meeting\b|\bsummary of .{0,60}meeting\b/i.test(head) && !/(?<!\b(?:approval|adoption)\s+of\s+(?:the\s+)?|\b(?:approve|adopt)\s+(?:the\s+)?)\bagenda\b(?!\s+(?:item|cent(?:er|re)))/i.test(head.slice(0, 200))) return 'minutes';
  if (/\b(?:motion|amendment)\b/i.test(head.slice(0, 300)) && /\b(?:proposer|seconder|proposed by|moved by)\b/i.test(text.slice(0, 3000)) && !/\bcarried\b|\bresolved\b/i.test(text)) return 'motion';
  if (/\bamendment\b/i.test(head.slice(0, 200)) && !/\bminutes\b/i.test(head)) return 'motion';
  if (/\bagenda\b|\bnotice of meeting\b|\bpublic notice\b|\bsummons\b/i.test(head) && !/\bRESOLVED\b|\bmotion carried\b|\bcarried\.|\bresolved\s*:|\bdisposition\s*:|\(Y-\d+\)/i.test(text)) return 'agenda';
  if (/\brecommendations?\b|\bis asked to\b|\bare asked to\b|\brecommended to\b/i.test(text)) {
    if (/\b(?:RESOLVED|Carried\.|Motion carried)/i.test(text) && /\bminutes\b/i.test(text.slice(0, 4000))) return 'minutes';
    return 'report';
  }
  if (/\bRESOLVED\b|\bMotion carried\b|\bCarried\b/i.test(text)) return 'minutes';
  return 'other';
}
