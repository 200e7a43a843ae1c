import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describeSource } from '../../pipeline/process.ts';
import { readDocument } from '../../pipeline/readers/index.ts';
import { openDatabase, type DB } from '../../pipeline/store/db.ts';
import { startRun } from '../../pipeline/store/runs.ts';
import { DocumentWriter } from '../../pipeline/store/writer.ts';
import { labelKey } from '../../pipeline/trail/link.ts';
import { DocumentMeta } from '../../schemas/meta.ts';
import { ExtractedRecord } from '../../schemas/record.ts';

export const REPO = path.resolve(import.meta.dirname, '../..');

export function freshDb(): { db: DB; dbPath: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'trail-test-'));
  const dbPath = path.join(dir, 'trail.sqlite');
  return { db: openDatabase(dbPath), dbPath, dir };
}

interface AnnotatedRecord {
  kind: ExtractedRecord['kind'];
  label: string | null;
  start: string;
  end: string;
  procedural?: boolean;
  actor?: string;
  parent?: string;
}

interface AnnotatedDocument {
  file: string;
  meta: DocumentMeta;
  records: AnnotatedRecord[];
}

/**
 * Stores the hand-annotated documents of fixtures/trail/records.json through the real reader and
 * the real writer: each record's span is found in the reader's text, so quotes are true slices.
 */
export async function storeAnnotated(db: DB, only?: (file: string) => boolean): Promise<void> {
  const annotations = JSON.parse(readFileSync(path.join(REPO, 'fixtures/trail/records.json'), 'utf8')) as { documents: AnnotatedDocument[] };
  const writer = new DocumentWriter(db);
  const { runId } = startRun(db, ['trail-test']);
  for (const doc of annotations.documents) {
    if (only && !only(doc.file)) continue;
    const file = path.join(REPO, doc.file);
    const bytes = readFileSync(file);
    const source = describeSource(file, bytes, 'txt');
    const read = await readDocument(bytes, 'txt');
    if (!read.ok) throw new Error(`${doc.file}: ${read.reason}`);
    const text = read.document.text;
    const meta = DocumentMeta.parse(doc.meta);
    let cursor = 0;
    const records = doc.records.map((r) => {
      const start = text.indexOf(r.start, cursor);
      if (start < 0) throw new Error(`${doc.file}: "${r.start}" not found after offset ${cursor}`);
      const endAt = text.indexOf(r.end, start);
      if (endAt < 0) throw new Error(`${doc.file}: "${r.end}" not found after "${r.start}"`);
      const end = endAt + r.end.length;
      cursor = start;
      const quote = text.slice(start, end);
      return ExtractedRecord.parse({
        kind: r.kind,
        label: r.label,
        text: quote,
        body: meta.body,
        date: meta.date,
        status: null,
        key_decision: null,
        call_in: null,
        procedural: r.procedural ?? false,
        actor: r.actor ?? null,
        due: null,
        parent: r.parent ?? null,
        page: 1,
        start,
        end,
        quote,
      });
    });
    writer.store(
      { path: file, size: bytes.length, mtimeMs: null },
      { source, pages: read.document.pages.length, chars: text.length, meta, records, rejected: [], warnings: [] },
      runId,
    );
  }
}

export interface RecordKey {
  file: string;
  kind: string;
  label: string | null;
  words: string;
}

export interface LinkKey {
  relation: string;
  from: RecordKey;
  to: RecordKey;
}

/** Stored cross-document links, each end named by file, kind, label and text (for comparing with expectations). */
export function storedLinkEnds(db: DB): { relation: string; from: RecordKey; to: RecordKey }[] {
  const rows = db
    .prepare(
      `SELECT l.relation,
        df.name AS from_file, f.kind AS from_kind, f.label AS from_label, f.text AS from_text,
        dt.name AS to_file, t.kind AS to_kind, t.label AS to_label, t.text AS to_text
      FROM record_links l
      JOIN records f ON f.id = l.from_record JOIN documents df ON df.id = f.document_id
      JOIN records t ON t.id = l.to_record JOIN documents dt ON dt.id = t.document_id
      WHERE l.relation <> 'action_of'`,
    )
    .all() as Record<string, string | null>[];
  return rows.map((r) => ({
    relation: r.relation!,
    from: { file: r.from_file!, kind: r.from_kind!, label: r.from_label ?? null, words: r.from_text! },
    to: { file: r.to_file!, kind: r.to_kind!, label: r.to_label ?? null, words: r.to_text! },
  }));
}

/** Words compared loosely: lower case, single spaces, a leading list marker such as "(a)" dropped. */
function loose(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\(?[a-z0-9]{1,3}[.)]\s+/, '');
}

/** Whether a stored record end is the one an expectation names (its text begins with the expected words). */
export function sameEnd(found: RecordKey, expected: RecordKey): boolean {
  if (found.file !== expected.file || found.kind !== expected.kind) return false;
  if (found.label && expected.label && labelKey(found.label) !== labelKey(expected.label)) return false;
  return loose(found.words).startsWith(loose(expected.words));
}

export function describeEnd(k: RecordKey): string {
  return `${k.file} ${k.kind} ${k.label ?? '-'} "${k.words.slice(0, 50)}"`;
}

export function expectedLinks(): LinkKey[] {
  return (JSON.parse(readFileSync(path.join(REPO, 'fixtures/expected/trail-links.json'), 'utf8')) as { links: LinkKey[] }).links;
}

/** Found and expected links as sorted lines, so a failing comparison shows exactly which link differs. */
export function compareLinks(found: LinkKey[], expected: LinkKey[]): { missing: string[]; unexpected: string[] } {
  const line = (l: LinkKey): string => `${l.relation}: ${describeEnd(l.from)} -> ${describeEnd(l.to)}`;
  const matched = new Set<number>();
  const missing: string[] = [];
  for (const e of expected) {
    const i = found.findIndex((f, idx) => !matched.has(idx) && f.relation === e.relation && sameEnd(f.from, e.from) && sameEnd(f.to, e.to));
    if (i < 0) missing.push(line(e));
    else matched.add(i);
  }
  const unexpected = found.filter((_, idx) => !matched.has(idx)).map(line);
  return { missing: missing.sort(), unexpected: unexpected.sort() };
}
