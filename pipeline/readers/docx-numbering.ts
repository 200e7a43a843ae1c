/**
 * Word's automatic numbering ("(a)", "1.", "i)") lives in word/numbering.xml, not in the text, and
 * mammoth's HTML drops it. This file reads the numbering definitions and the numbered paragraphs of
 * word/document.xml, and works out the marker Word shows for each numbered paragraph, in order.
 */

import { roman } from './roman.ts';

interface LevelDefinition {
  start: number;
  format: string;
  text: string;
  paragraphStyle: string | null;
}

interface NumberingDefinitions {
  /** abstractNumId -> level index -> definition */
  abstract: Map<string, Map<number, LevelDefinition>>;
  /** numId -> its abstractNumId and restart values by level */
  nums: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
  /** paragraph style id -> the numbering it carries (lvl/pStyle in numbering.xml) */
  byStyle: Map<string, { numId: string; level: number }>;
}

/** What a paragraph of document.xml says about its numbering. */
export interface ParagraphProperties {
  numId: string | null;
  level: number;
  style: string | null;
}

/** Markers for numbered paragraphs; `guessed` when they come from nesting, not numbering.xml. */
export interface ParagraphMarkers {
  /** One entry per paragraph of document.xml, in document order: its marker, or null. */
  markers: Array<string | null>;
  guessed: boolean;
}

/** Councils' usual scheme by nesting depth, for numbered paragraphs whose definitions are missing. */
const NESTED = ['decimal', 'lowerLetter', 'lowerRoman'];
const NESTED_TEXT = ['%1.', '(%1)', '(%1)'];

/**
 * The marker Word shows for each paragraph of word/document.xml. Without numbering.xml, paragraphs
 * that ask for numbering get "1.", "(a)", "(i)" by depth.
 */
export function paragraphMarkers(documentXml: string, numberingXml: string | null): ParagraphMarkers {
  const paragraphs = documentParagraphs(documentXml);
  if (numberingXml === null) return nestedMarkers(paragraphs);
  const definitions = readNumbering(numberingXml);
  const counters = new Map<string, Map<number, number>>();
  const seenNums = new Set<string>();
  const markers = paragraphs.map((para): string | null => {
    const ref = para.numId !== null ? (para.numId === '0' ? null : { numId: para.numId, level: para.level }) : para.style !== null ? (definitions.byStyle.get(para.style) ?? null) : null;
    if (ref === null) return null;
    const num = definitions.nums.get(ref.numId);
    const levels = num ? definitions.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ref.level);
    if (!num || !levels || !level) return null;
    // Lists that share an abstract definition share counters, unless a list restarts a level.
    let counter = counters.get(num.abstractId);
    if (!counter) counters.set(num.abstractId, (counter = new Map()));
    if (!seenNums.has(ref.numId)) {
      seenNums.add(ref.numId);
      for (const [lvl, start] of num.startOverrides) counter.set(lvl, start - 1);
    }
    counter.set(ref.level, (counter.get(ref.level) ?? level.start - 1) + 1);
    for (const lvl of [...counter.keys()]) if (lvl > ref.level) counter.delete(lvl);
    return renderLevelText(level, levels, counter);
  });
  return { markers, guessed: false };
}

function nestedMarkers(paragraphs: readonly ParagraphProperties[]): ParagraphMarkers {
  const counters = new Map<string, number[]>();
  let guessed = false;
  const markers = paragraphs.map((para): string | null => {
    if (para.numId === null || para.numId === '0') return null;
    guessed = true;
    const depth = Math.min(para.level, NESTED.length - 1);
    const counter = counters.get(para.numId) ?? [];
    counter[depth] = (counter[depth] ?? 0) + 1;
    counter.length = depth + 1;
    counters.set(para.numId, counter);
    const level: LevelDefinition = { start: 1, format: NESTED[depth]!, text: NESTED_TEXT[depth]!.replace('%1', `%${depth + 1}`), paragraphStyle: null };
    const levels = new Map<number, LevelDefinition>([[depth, level]]);
    return renderLevelText(level, levels, new Map([[depth, counter[depth]!]]));
  });
  return { markers, guessed };
}

function renderLevelText(level: LevelDefinition, levels: Map<number, LevelDefinition>, counter: Map<number, number>): string {
  if (level.format === 'none') return '';
  if (level.format === 'bullet') return /^[-–*•o]$/.test(level.text) ? level.text : '•';
  return level.text.replace(/%(\d)/g, (_, digit: string) => {
    const index = Number(digit) - 1;
    const def = levels.get(index);
    return formatNumber(counter.get(index) ?? def?.start ?? 1, def?.format ?? 'decimal');
  }).trim();
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** Word's letters repeat rather than carry: 27 is "aa". */
function letters(n: number): string {
  const v = Math.max(1, n);
  return String.fromCharCode(65 + ((v - 1) % 26)).repeat(Math.floor((v - 1) / 26) + 1);
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m?.[1] ?? null;
}

function firstTag(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}\\b[^>]*>`).exec(xml);
  return m?.[0] ?? null;
}

function readNumbering(xml: string): NumberingDefinitions {
  const abstract = new Map<string, Map<number, LevelDefinition>>();
  const byStyle = new Map<string, { numId: string; level: number }>();
  const styleByAbstract: Array<{ abstractId: string; style: string; level: number }> = [];
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, 'w:abstractNumId');
    if (id === null) continue;
    const levels = new Map<number, LevelDefinition>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const index = Number(attr(l[1]!, 'w:ilvl') ?? '0');
      const body = l[2]!;
      const startTag = firstTag(body, 'w:start');
      const formatTag = firstTag(body, 'w:numFmt');
      const textTag = firstTag(body, 'w:lvlText');
      const styleTag = firstTag(body, 'w:pStyle');
      const def: LevelDefinition = {
        start: Number(startTag ? attr(startTag, 'w:val') : '1') || 1,
        format: (formatTag && attr(formatTag, 'w:val')) || 'decimal',
        text: decodeXmlAttribute((textTag && attr(textTag, 'w:val')) ?? `%${index + 1}.`),
        paragraphStyle: styleTag ? attr(styleTag, 'w:val') : null,
      };
      levels.set(index, def);
      if (def.paragraphStyle) styleByAbstract.push({ abstractId: id, style: def.paragraphStyle, level: index });
    }
    abstract.set(id, levels);
  }
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1]!, 'w:numId');
    const abstractTag = firstTag(m[2]!, 'w:abstractNumId');
    const abstractId = abstractTag ? attr(abstractTag, 'w:val') : null;
    if (id === null || abstractId === null) continue;
    const startOverrides = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const startTag = firstTag(o[2]!, 'w:startOverride');
      const start = startTag ? Number(attr(startTag, 'w:val')) : NaN;
      if (Number.isInteger(start)) startOverrides.set(Number(attr(o[1]!, 'w:ilvl') ?? '0'), start);
    }
    nums.set(id, { abstractId, startOverrides });
  }
  for (const { abstractId, style, level } of styleByAbstract) {
    const numId = [...nums].find(([, n]) => n.abstractId === abstractId)?.[0];
    if (numId !== undefined && !byStyle.has(style)) byStyle.set(style, { numId, level });
  }
  return { abstract, nums, byStyle };
}

function decodeXmlAttribute(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '');
}

/**
 * Every paragraph of document.xml in document order (a paragraph before the paragraphs nested in
 * it, as in text boxes), with its numbering reference and style.
 */
export function documentParagraphs(documentXml: string): ParagraphProperties[] {
  // Tracked changes keep the old paragraph properties (and old numbering) in w:pPrChange.
  const xml = documentXml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '');
  const out: ParagraphProperties[] = [];
  const open: number[] = [];
  for (const m of xml.matchAll(/<w:p(?=[\s>\/])[^>]*?(\/?)>|<\/w:p>|<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/g)) {
    const tag = m[0];
    if (tag.startsWith('<w:pPr')) {
      const index = open[open.length - 1];
      if (index === undefined) continue;
      const pPr = m[2] ?? '';
      const numIdTag = firstTag(pPr, 'w:numId');
      const ilvlTag = firstTag(pPr, 'w:ilvl');
      const styleTag = firstTag(pPr, 'w:pStyle');
      out[index] = {
        numId: numIdTag ? attr(numIdTag, 'w:val') : null,
        level: Number((ilvlTag && attr(ilvlTag, 'w:val')) ?? '0') || 0,
        style: styleTag ? attr(styleTag, 'w:val') : null,
      };
    } else if (tag === '</w:p>') {
      open.pop();
    } else {
      out.push({ numId: null, level: 0, style: null });
      if (m[1] !== '/') open.push(out.length - 1);
    }
  }
  return out;
}
