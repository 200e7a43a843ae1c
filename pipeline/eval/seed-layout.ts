/**
 * The layout of a plain-text seed document, read line by line, so that the same document can be
 * rendered faithfully as Markdown and as HTML (the HTML is what LibreOffice turns into .docx and .pdf).
 * Only the seed fixtures go through here: it is a fixture-making tool, not a reader.
 */

export type SeedBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { depth: 0 | 1; text: string }[] }
  | { kind: 'table'; rows: string[][] };

/** A non-breaking space counts as a space: the seeds pad list markers with runs of them. */
const SPACE_RUN = /[ \u00a0]+/g;

function tidy(line: string): string {
  return line.replace(SPACE_RUN, ' ').trim();
}

const BULLET_LINE = /^([ \u00a0]*)(?:[-·•])[ \u00a0]+(?=\S)/;
/** A typed clause label: "(a)", "(iv)", "a)". */
const LETTERED = /^\(?[a-z]{1,4}\)[ \u00a0]/i;

type Line =
  | { kind: 'blank' }
  | { kind: 'item'; depth: 0 | 1; text: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'text'; text: string };

function classifyLine(raw: string): Line {
  if (tidy(raw.replace(/\t/g, ' ')) === '') return { kind: 'blank' };
  const bullet = BULLET_LINE.exec(raw);
  // "- (a) the strategic direction ...": the clause's own label is the letter; the dash is an
  // artefact of the seed's conversion, so the line is kept as a typed lettered paragraph.
  if (bullet && LETTERED.test(raw.slice(bullet[0].length))) return { kind: 'text', text: tidy(raw.slice(bullet[0].length)) };
  if (bullet) {
    return { kind: 'item', depth: (bullet[1] ?? '').length > 0 ? 1 : 0, text: tidy(raw.slice(bullet[0].length)) };
  }
  if (raw.includes('\t')) return { kind: 'row', cells: raw.split('\t').map(tidy) };
  return { kind: 'text', text: tidy(raw) };
}

/**
 * A short line that is not a sentence, a field ("Decision Maker: Cabinet") or a lead-in ("THAT:"):
 * a heading candidate. Whether it is a heading also depends on what follows (see layoutSeed).
 */
function headingCandidate(line: Line): line is { kind: 'text'; text: string } {
  if (line.kind !== 'text') return false;
  const t = line.text;
  if (t.length > 90 || !/^[\p{Lu}\d]/u.test(t) || /^\d+[.)]?\s/.test(t) || t.includes(":")) return false;
  if (/[.;,:]$/.test(t)) return false;
  return t.split(' ').length <= 12;
}

function wordCount(text: string): number {
  return text.split(' ').length;
}

/**
 * Lines to blocks. Each non-blank text line is its own paragraph (the seeds put one paragraph a
 * line); "-", "·" and "•" lines are list items (indented ones nested), except lettered clauses
 * ("- (a) ...") which stay typed paragraphs; runs of tab-separated lines
 * with three or more cells are a table, shorter tab lines ("Meeting:\tCabinet") are paragraphs.
 * A heading candidate is a heading when a sentence or list follows it, or when it has three or more
 * words (so label/value pairs such as "Classification" / "Open" stay paragraphs). A candidate on the
 * document's first line is its title (level 1); other headings are level 2.
 */
export function layoutSeed(text: string): SeedBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(classifyLine);
  const tableRun = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (lines[j]?.kind === 'row') j++;
    const widest = Math.max(0, ...lines.slice(i, j).map((l) => (l.kind === 'row' ? l.cells.length : 0)));
    if (j - i >= 2 && widest >= 3) for (let k = i; k < j; k++) tableRun.add(k);
    i = j === i ? i + 1 : j;
  }

  const blocks: SeedBlock[] = [];
  const firstLine = lines.findIndex((l) => l.kind !== 'blank');
  const nextNonBlank = (from: number): Line | undefined => lines.slice(from).find((l) => l.kind !== 'blank');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kind === 'blank') continue;
    if (line.kind === 'item') {
      const last = blocks.at(-1);
      const previous = lines[i - 1];
      if (last?.kind === 'list' && previous?.kind === 'item') last.items.push({ depth: line.depth, text: line.text });
      else blocks.push({ kind: 'list', items: [{ depth: 0, text: line.text }] });
      continue;
    }
    if (line.kind === 'row') {
      if (tableRun.has(i)) {
        const last = blocks.at(-1);
        if (last?.kind === 'table' && tableRun.has(i - 1)) last.rows.push(line.cells);
        else blocks.push({ kind: 'table', rows: [line.cells] });
      } else {
        blocks.push({ kind: 'paragraph', text: line.cells.filter((c) => c !== '').join(' ') });
      }
      continue;
    }
    if (headingCandidate(line)) {
      const next = nextNonBlank(i + 1);
      const followedByContent = next !== undefined && !headingCandidate(next);
      const isTitle = i === firstLine;
      if (isTitle || followedByContent || wordCount(line.text) >= 3) {
        blocks.push({ kind: 'heading', level: isTitle ? 1 : 2, text: line.text });
        continue;
      }
    }
    blocks.push({ kind: 'paragraph', text: line.text });
  }
  return blocks;
}
