import type { Block, BlockKind } from '../../schemas/document.ts';
import { numberOfReference, restatesInFigures } from './blocks.ts';
import { matchMarker, markerStyle, type MarkerMatch } from './markers.ts';

/**
 * A block as a structured reader (Markdown, HTML, DOCX) sees it, before it has offsets.
 * `text` may hold line breaks (hard-wrapped Markdown, <br> in HTML); `marker` is a list marker the
 * source gives outside the text (an <ol> number, a Markdown "1."), rendered in front of the text.
 */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  marker: string | null;
  level: number;
}

/** Blocks to the normalised text and offset blocks: blocks separated by a blank line. */
export interface BuiltText {
  text: string;
  blocks: Block[];
}

/**
 * Renders raw blocks one after another. Parts are collected in an array and joined once, so that
 * building a large document stays linear.
 *
 * Within a paragraph or list item, a line that starts with a typed marker ("(a)", "1.", "•")
 * becomes a list item of its own: council text pasted from PDFs types its clause labels.
 */
export function buildText(raws: readonly RawBlock[]): BuiltText {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let length = 0;
  for (const raw of mergeBareMarkers(raws)) {
    const body = tidyLines(raw.text);
    if (body === '' && raw.marker === null) continue;
    if (parts.length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    const prefix = raw.marker !== null && body !== '' ? `${raw.marker} ` : (raw.marker ?? '');
    const rendered = prefix + body;
    parts.push(rendered);
    for (const block of splitTypedMarkers(rendered, raw, prefix.length)) {
      blocks.push({ ...block, start: block.start + length, end: block.end + length, contentStart: block.contentStart + length });
    }
    length += rendered.length;
  }
  return { text: parts.join(''), blocks };
}

/** Trim every line, drop empty lines: HTML and Markdown whitespace carries no meaning here. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A block that is only a marker ("(a)" on its own, as PDF-to-Markdown conversions leave them)
 * joins the block after it, so that the clause and its label are one list item.
 */
function mergeBareMarkers(raws: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const next = raws[i + 1];
    const bare = bareMarker(raw);
    if (bare !== null && next && next.marker === null && next.kind !== 'table_row' && tidyLines(next.text) !== '' && matchMarker(tidyLines(next.text)) === null) {
      out.push({ kind: 'list_item', text: next.text, marker: bare, level: raw.level });
      i++;
      continue;
    }
    out.push(raw);
  }
  return out;
}

/** The marker a block consists of and nothing else, if so. */
function bareMarker(raw: RawBlock): string | null {
  if (raw.kind === 'table_row' || raw.kind === 'heading') return null;
  const body = tidyLines(raw.text);
  if (raw.marker !== null) return body === '' ? raw.marker : null;
  return isBareMarker(body) ? body : null;
}

/**
 * True for text that is a list marker and nothing else: "(a)", "1.", "iv)", "•". A bare number
 * ("2") is not one: on its own line it is usually a page number.
 */
export function isBareMarker(text: string): boolean {
  const body = text.trim();
  if (body.includes('\n') || body.length > 8 || !/[.)]$|^[•·▪■◦●○\-–—*]$/.test(body)) return false;
  const m = matchMarker(`${body} x`);
  return m !== null && m.marker === body;
}

/** "• (a) the clerk ...": a bulleted item that types its own label is listed by that label. */
function labelAfterBullet(line: string, marker: string): MarkerMatch | null {
  if (markerStyle(marker) !== 'bullet') return null;
  const typed = matchMarker(line);
  return typed !== null && markerStyle(typed.marker) !== 'bullet' ? typed : null;
}

/** Offsets relative to the rendered block; a line starting with a typed marker opens a list item. */
function splitTypedMarkers(rendered: string, raw: RawBlock, prefixLength: number): Block[] {
  if (raw.kind === 'heading' || raw.kind === 'table_row') {
    return [{ kind: raw.kind, start: 0, end: rendered.length, contentStart: prefixLength, marker: raw.marker, level: raw.level }];
  }
  const blocks: Block[] = [];
  let lineStart = 0;
  let current: Block | null = null;
  let previousLine = '';
  while (lineStart <= rendered.length) {
    let lineEnd = rendered.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = rendered.length;
    const line = rendered.slice(lineStart, lineEnd);
    const found: MarkerMatch | null = current === null && raw.marker !== null ? labelAfterBullet(line, raw.marker) : matchMarker(line);
    // "one with a\n4.5 percent increase", "Procedure Rule\n16.4": a number carrying the sentence on, as in plain text.
    const typed: MarkerMatch | null = found && current !== null && (restatesInFigures(previousLine, found.marker) || numberOfReference(previousLine, found.marker)) ? null : found;
    if (current === null) {
      current = typed
        ? { kind: 'list_item', start: 0, end: lineEnd, contentStart: typed.contentOffset, marker: typed.marker, level: raw.level }
        : { kind: raw.kind, start: 0, end: lineEnd, contentStart: prefixLength, marker: raw.marker, level: raw.level };
    } else if (typed) {
      blocks.push(current);
      const level = raw.kind === 'list_item' ? raw.level + 1 : raw.level;
      current = { kind: 'list_item', start: lineStart, end: lineEnd, contentStart: lineStart + typed.contentOffset, marker: typed.marker, level };
    } else {
      current.end = lineEnd;
    }
    if (line.trim() !== '') previousLine = line;
    lineStart = lineEnd + 1;
  }
  if (current) blocks.push(current);
  return blocks;
}
