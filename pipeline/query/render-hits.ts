import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchHit, type SearchResult } from './search.ts';

export interface RenderStyle {
  /** ANSI colour and bold (a terminal) or plain text with «» around matched words (a pipe or file). */
  color: boolean;
}

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  match: '\u001b[1;33m',
  kind: '\u001b[36m',
  reset: '\u001b[0m',
};

const MARKS = new RegExp(`${HIGHLIGHT_START}|${HIGHLIGHT_END}`, 'gu');

/** The snippet with its match marks as ANSI bold yellow, or as «» when there is no colour. */
export function highlight(snippet: string, style: RenderStyle): string {
  const flat = snippet.replace(/\s+/gu, ' ').trim();
  return flat.replace(MARKS, (mark) => {
    if (style.color) return mark === HIGHLIGHT_START ? ANSI.match : ANSI.reset;
    return mark === HIGHLIGHT_START ? '«' : '»';
  });
}

function paint(text: string, code: string, style: RenderStyle): string {
  return style.color ? `${code}${text}${ANSI.reset}` : text;
}

/** One hit as two lines: what it is and where it is from, then the snippet. */
export function renderHit(hit: SearchHit, index: number, style: RenderStyle): string {
  const what = [paint(hit.kind, ANSI.kind, style), hit.label === null ? null : paint(hit.label, ANSI.bold, style)].filter((s) => s !== null).join(' ');
  const facts = [hit.body, hit.date, hit.status].filter((s): s is string => s !== null && s !== '');
  const where = `${hit.doc} p.${hit.page}`;
  const head = `${String(index + 1).padStart(3)}. ${what}${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''} · ${where} ${paint(`[${hit.id}]`, ANSI.dim, style)}`;
  return `${head}\n     ${highlight(hit.snippet, style)}`;
}

/** The whole result for a person: the hits, or a line saying there are none and why. */
export function renderResult(result: SearchResult, input: string, style: RenderStyle): string {
  const lines: string[] = [];
  if (result.query.dropped.length > 0) {
    lines.push(`(ignored ${result.query.dropped.map((d) => JSON.stringify(d)).join(', ')}: no letters or digits to search for)`);
  }
  if (result.order === 'date') {
    if (result.query.exclude !== null) lines.push('(only exclusions: newest records without them first)');
    else lines.push(input.trim() === '' ? '(no search words: newest records first)' : `(no words to match in ${JSON.stringify(input)}: newest records first)`);
  }
  if (result.hits.length === 0) {
    lines.push('No matching records.');
    return `${lines.join('\n')}\n`;
  }
  result.hits.forEach((hit, i) => lines.push(renderHit(hit, i, style)));
  return `${lines.join('\n')}\n`;
}

/** The hits for a program: the snippet's match marks become «», everything else as it is. */
export function hitsAsJson(result: SearchResult): string {
  return `${JSON.stringify(result.hits.map((hit) => ({ ...hit, snippet: highlight(hit.snippet, { color: false }) })), null, 2)}\n`;
}
