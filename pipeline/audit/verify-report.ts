import type { Discrepancy } from './discrepancy.ts';
import type { DocumentReport, VerifyReport } from './verify-store.ts';

/** The one-line verdict `verify` ends with. */
export function verdictOf(report: VerifyReport): string {
  const { documents, records, runs, discrepancies } = report.counts;
  const counted = `${documents} ${plural(documents, 'document')}, ${records} ${plural(records, 'record')}, ${runs} ${plural(runs, 'run')}`;
  return report.ok ? `verified: ${counted}: no discrepancies` : `FAILED: ${discrepancies} ${plural(discrepancies, 'discrepancy', 'discrepancies')} (${counted})`;
}

/** The text report: a line per document, the discrepancies, notes, and the verdict last. */
export function formatVerifyReport(report: VerifyReport): string {
  const lines = [`database: ${report.database}`, ''];
  for (const doc of report.documents) lines.push(documentLine(doc));
  if (report.discrepancies.length > 0) {
    lines.push('', 'Discrepancies:');
    lines.push(...discrepancyLines(report.discrepancies));
  }
  if (report.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const n of report.notes) lines.push(`  - ${n.message}`);
  }
  if (report.chain_head) lines.push('', `chain head: ${report.chain_head}`);
  lines.push('', verdictOf(report));
  return `${lines.join('\n')}\n`;
}

/** Past this many of one kind in one file, the text report says how many more (--json lists them all). */
const SHOWN_PER_FILE_AND_KIND = 5;

function discrepancyLines(discrepancies: readonly Discrepancy[]): string[] {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const d of discrepancies) {
    const key = `${d.kind}\u0000${d.file ?? d.document_id ?? ''}`;
    const count = (shown.get(key) ?? 0) + 1;
    shown.set(key, count);
    if (count <= SHOWN_PER_FILE_AND_KIND) lines.push(`  - ${d.message}`);
    else hidden.set(key, (hidden.get(key) ?? 0) + 1);
  }
  for (const [key, count] of hidden) {
    const [kind, file] = key.split('\u0000');
    lines.push(`  - … and ${count} more ${kind} in ${file} (--json lists every one)`);
  }
  return lines;
}

const STATUS_WORD: Record<DocumentReport['status'], string> = {
  intact: 'intact',
  moved: 'moved',
  missing: 'MISSING',
  changed: 'CHANGED',
  unreadable: 'UNREADABLE',
  superseded: 'superseded',
};

function documentLine(doc: DocumentReport): string {
  const where = doc.paths.map((p) => p.path).join(', ');
  const records = `${doc.records} ${plural(doc.records, 'record')}`;
  let detail = where;
  if (doc.status === 'moved') detail = `${where}: moved: found at ${doc.found_at}`;
  if (doc.status === 'superseded') detail = `old version, replaced by document ${doc.superseded_by} (its file is expected to differ)`;
  return `  ${STATUS_WORD[doc.status].padEnd(10)} ${`#${doc.document_id}`.padEnd(5)} ${records.padEnd(11)} ${detail}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
