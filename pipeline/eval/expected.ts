/**
 * Expected records of a fixture: fixtures/expected/<name>.json holds a JSON array of
 * {kind, label, text, actor, due, parent, procedural} (schemas/expected.ts), in document order,
 * with `text` whitespace-normalised. Every rendering of fixture <name> found under fixtures/
 * (<name>.txt, .md, .docx, .pdf, .html) must give exactly those records: the fields kept are the
 * ones that do not depend on the rendering (offsets, pages and quotes do, and are checked against
 * each file's own text instead, see provenanceProblems).
 *
 * `npm run fixtures:expected` (write-expected.ts) writes these files from the .txt rendering's
 * current output; they are then reviewed like code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ExpectedRecords, type ExpectedRecord } from '../../schemas/expected.ts';
import type { ExtractedRecord } from '../../schemas/record.ts';
import { describeSource, processBytes, type ProcessResult } from '../process.ts';
import { formatOf } from '../readers/index.ts';
import { normaliseWhitespace } from './tokens.ts';

/** The renderings a fixture may have; the .txt one is the source of fixtures:expected. */
export const FIXTURE_EXTENSIONS = ['.txt', '.md', '.html', '.docx', '.pdf'] as const;

export function expectedOf(records: readonly ExtractedRecord[]): ExpectedRecord[] {
  return records.map((r) => ({
    kind: r.kind,
    label: r.label,
    text: normaliseWhitespace(r.text),
    actor: r.actor,
    due: r.due,
    parent: r.parent,
    procedural: r.procedural,
  }));
}

/** Reads and validates an expected file; a bad one is an error naming the file and the reason. */
export function readExpectedFile(filePath: string): ExpectedRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch (error) {
    throw new Error(`${filePath}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = ExpectedRecords.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${filePath}: not an array of expected records (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`);
  }
  return parsed.data;
}

/**
 * Fixture renderings under `fixturesDir` (fixtures/expected excluded), grouped by base name:
 * name -> files, sorted. Two fixtures sharing a base name in different folders share the name.
 */
export function fixtureRenderings(fixturesDir: string): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path.relative(fixturesDir, full) !== 'expected') walk(full);
        continue;
      }
      const ext = path.extname(entry.name).toLowerCase();
      if (!(FIXTURE_EXTENSIONS as readonly string[]).includes(ext)) continue;
      const name = path.basename(entry.name, path.extname(entry.name));
      byName.set(name, [...(byName.get(name) ?? []), full].sort());
    }
  };
  walk(fixturesDir);
  return byName;
}

/** One fixture file through the pipeline, as an import would process it. */
export async function processFixture(filePath: string): Promise<ProcessResult> {
  const format = formatOf(filePath);
  if (format === null) throw new Error(`${filePath}: not a format decision-trail reads`);
  const bytes = new Uint8Array(readFileSync(filePath));
  return processBytes(describeSource(filePath, bytes, format), bytes);
}

/** Records that break the provenance invariant: quote must be the text at the span, and the page must contain start. */
export function provenanceProblems(result: Extract<ProcessResult, { ok: true }>): string[] {
  const problems: string[] = [];
  for (const r of result.records) {
    const where = `${r.kind} ${r.label ?? '-'} at ${r.start}-${r.end}`;
    if (result.document.text.slice(r.start, r.end) !== r.quote) problems.push(`${where}: quote is not text.slice(start, end)`);
    const page = result.document.pages.find((p) => p.number === r.page);
    if (!page) problems.push(`${where}: page ${r.page} does not exist`);
    else if (!(page.start <= r.start && r.start < page.end)) {
      problems.push(`${where}: page ${r.page} (${page.start}-${page.end}) does not contain start`);
    }
  }
  return problems;
}
