import { clauseCandidate, type Candidate, type FinderInput } from './candidate.ts';
import { parseUkDate } from './dates.ts';
import { dueOf } from './actions.ts';
import { isRegisterHeader } from './decision-register.ts';
import { columnNamed, tablesOf, type Cell } from './table-cells.ts';

/*
 * Minutes laid out as a table with an outcome column ("Item | Discussion | Decision / Action | Owner |
 * Due"), as governing bodies and boards often write them. The outcome cell's sentences are read one by
 * one: an outcome ("Approved, subject to ...", "Policy adopted.", "Governors agreed to earmark ...") is a
 * resolution of the body whose minutes they are (GUIDELINES: outcomes in table cells); a task ("HT to
 * add the milestone ...") is an action, its actor the owner cell (else its own subject), its due the due
 * cell. "Noted.", "No decision taken", "deferred" and "–" give nothing.
 */
const OUTCOME_HEADER = /^(?:decisions?|outcomes?|resolutions?|resolved|agreed|decisions?\s*(?:\/|and|&)\s*actions?|outcomes?\s*(?:\/|and|&)\s*actions?)$/i;
const OWNER_HEADER = /^(?:owner|by\s+whom|who|lead|responsible|action\s+by)$/i;
const DUE_HEADER = /^(?:due|by\s+when|deadline|when|date\s+due|target\s+date)$/i;
/** "Approved.", "Approved, subject to ...", "Charging Policy and Accessibility Plan adopted." */
const OUTCOME = /^(?:approved|adopted|agreed|accepted|ratified|endorsed|confirmed|carried)\b|\b(?:approved|adopted|agreed|accepted|ratified|endorsed)\.?$|\b(?:was|were)\s+(?:unanimously\s+)?(?:approved|adopted|agreed|accepted|ratified|endorsed)\b|\b(?:approved|adopted|agreed|accepted)\s+(?:as\s+(?:set\s+out|presented|recommended|amended|circulated)|subject\s+to|in\s+full|unanimously)\b/i;
/** "Governors agreed to earmark ...": the outcome is what follows "agreed to". */
const AGREED_TO = /^(?:[A-Z][\w ]{0,30}?\s+)?(?:[Aa]greed|[Rr]esolved|[Dd]ecided)\s+(?:to|that)\s+/;
/** "Motion adopted: That ...", "Resolved: ...": an outcome labelled; its words follow the label. */
const LABELLED_OUTCOME = /^(?:(?:Notice\s+of\s+)?Motion\s+(?:adopted|carried|agreed|passed)|(?:And\s+)?Resolved|Agreed|Decision)\s*[:–-]\s*(?:[“"‘](?=That\b))?/i;
/** "Recommended to Full Council: That ...": what the body recommends to another. */
const RECOMMENDED_TO = /^Recommended\s+to\s+(?:the\s+)?(?:Full\s+)?[A-Z][\w ]{0,40}?\s*:\s*(?:[“"‘](?=That\b))?/i;
/** "Proposed by Cllr A. Delaney / Seconded by Cllr E. Mulcahy (and Resolved:)" opening an outcome cell. */
const MOVERS = /^\s*Proposed\s+by\s+(?:Cllr\.?|Councillor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+[,;]?\s+Seconded\s+by\s+(?:Cllr\.?|Councillor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+(?:\s+and\s+(?=Resolved|Agreed))?[,;]?\s*/i;
const NOTHING = /\b(?:not\s+(?:approved|agreed)|no\s+decision|deferred|noted)\b/i;
/** "HT to add ...", "Clerk to book ...", "SBM to obtain ...": a task with its doer first. */
const TASK = /^([A-Z][\w/&’'. -]{0,40}?)\s+to\s+(?=[a-z])/;
const NO_CELL = /^(?:-+|–|—|n\/a|none)?$/i;

interface Part {
  start: number;
  end: number;
  text: string;
}

interface Columns {
  outcome: number;
  owner: number | null;
  due: number | null;
}

/**
 * A table introduced as decisions officers took ("the schedule of decisions taken by officers under
 * delegated powers (below)"): reported, not the body's own outcomes. (A committee's own decisions
 * "under delegated powers" are its own: they stay.)
 */
const OTHERS_DECISIONS = /\b(?:decisions\s+(?:taken|made)\s+by\s+(?:officers|the\s+(?:head|director|chief)\b)|(?:officers?['’]?|delegated\s+officer)\s+(?:delegated\s+)?decisions)/i;

function introducedAsOthersDecisions(text: string, header: readonly Cell[]): boolean {
  // (Up to the header row's own start: a markdown row opens with "| ".)
  const before = text.slice(Math.max(0, (header[0]?.start ?? 0) - 400), header[0]?.start ?? 0).replace(/[|\s]+$/, '');
  const lastParagraph = before.split(/\n[ \t]*\n/).pop() ?? '';
  return OTHERS_DECISIONS.test(lastParagraph);
}

function tables(input: FinderInput) {
  // A header names its columns: "RESOLUTION   Resolution No. 26/087" over a resolution is a caption, not a header.
  // (A register of delegated decisions, with a column naming who decided, is read by decision-register.ts.)
  const isHeader = (header: readonly Cell[]): boolean => columnNamed(header, OUTCOME_HEADER) !== null && header.length >= 2 && header.every((cell) => !/\d/.test(cell.text)) && !isRegisterHeader(header);
  return tablesOf(input.document.text, input.blocks, isHeader).filter((table) => !introducedAsOthersDecisions(input.document.text, table.header)).map((table) => ({
    table,
    columns: { outcome: columnNamed(table.header, OUTCOME_HEADER)!, owner: columnNamed(table.header, OWNER_HEADER), due: columnNamed(table.header, DUE_HEADER) } as Columns,
  }));
}

/** The outcomes recorded in the table's outcome cells: resolutions (a recommendation where the cell says so). */
export function findDecisionTableOutcomes(input: FinderInput): Candidate[] {
  const out: Candidate[] = [];
  for (const { table, columns } of tables(input)) {
    for (const row of table.rows) {
      for (const part of sentencesOf(input.document.text, row.cells[columns.outcome])) {
        if (NOTHING.test(part.text)) continue;
        const recommended = RECOMMENDED_TO.exec(part.text);
        const labelled = recommended ?? LABELLED_OUTCOME.exec(part.text);
        if (labelled && part.text.length > labelled[0].length + 10) {
          const closing = /[”"’]$/.test(part.text) ? 1 : 0;
          out.push(clauseCandidate(recommended ? 'recommendation' : 'resolution', null, part.start + labelled[0].length, part.end - closing));
          continue;
        }
        const agreed = AGREED_TO.exec(part.text);
        if (!agreed && TASK.test(part.text)) continue;
        if (agreed) out.push(clauseCandidate('resolution', null, part.start + agreed[0].length, part.end));
        else if (OUTCOME.test(part.text)) out.push(clauseCandidate('resolution', null, part.start, part.end));
      }
    }
  }
  return out;
}

/** The tasks in the table's outcome cells: actions, with the owner and due cells of their row. */
export function findDecisionTableTasks(input: FinderInput): Candidate[] {
  const out: Candidate[] = [];
  for (const { table, columns } of tables(input)) {
    for (const row of table.rows) {
      const owner = cellText(row.cells, columns.owner);
      const dueText = cellText(row.cells, columns.due);
      for (const part of sentencesOf(input.document.text, row.cells[columns.outcome])) {
        const task = TASK.exec(part.text);
        // "Governors agreed to earmark ..." is an outcome; "Policy deferred to the summer" is none.
        if (!task || AGREED_TO.test(part.text) || NOTHING.test(part.text)) continue;
        out.push({
          kind: 'action',
          label: null,
          start: part.start,
          end: part.end,
          procedural: false,
          actor: owner ?? task[1]!,
          // Without a due column, the date the task names ("... by 17th April 2026").
          due: dueText === null ? dueOf(part.text) : parseUkDate(dueText) ?? dueText,
          parent: null,
        });
      }
    }
  }
  return out;
}

function cellText(cells: readonly Cell[], column: number | null): string | null {
  const text = column === null ? '' : cells[column]?.text.trim() ?? '';
  return NO_CELL.test(text) ? null : text;
}

/** A cell's sentences (readers may have joined lines a <br> broke: "Year 2.HT to add ..."), with offsets. */
function sentencesOf(text: string, cell: Cell | undefined): Part[] {
  if (!cell || NO_CELL.test(cell.text)) return [];
  const parts: Part[] = [];
  // Who proposed and seconded is not the outcome (GUIDELINES); their initials ("Cllr A. Delaney") end no sentence.
  const movers = MOVERS.exec(text.slice(cell.start, cell.end));
  const start = cell.start + (movers ? movers[0].length : 0);
  let from = start;
  const body = text.slice(start, cell.end);
  // A sentence ends at a full stop before a capital, not after an initial or "Cllr." / "Mr.".
  for (const m of body.matchAll(/(?<!\b(?:[A-Z]|Cllr|Mr|Mrs|Ms|Dr|No|St))[.!?](?=\s*[A-Z])/g)) {
    const end = start + m.index + 1;
    parts.push(part(text, from, end));
    from = end;
  }
  parts.push(part(text, from, cell.end));
  return parts.filter((p) => p.text !== '');
}

function part(text: string, start: number, end: number): Part {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  return { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
}
