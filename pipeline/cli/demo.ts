import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayPath, progressFor } from '../import/progress.ts';
import type { ImportReport } from '../import/run-import.ts';
import { DEFAULT_DB_PATH, openDatabase } from '../store/db.ts';
import { documentSummaries, sampleRecords, type DocumentSummary, type RecordWithSource } from '../store/overview.ts';
import { usageErrorsExitWith2 } from './import.ts';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));
/** Expected outputs and deliberately broken inputs are for the tests, not the demo. */
const NOT_DEMO = new Set(['expected', 'bad']);
const SAMPLE_RECORDS = 5;
const QUOTE_CHARS = 220;

/** `decision-trail demo` (what `npm start` runs): imports the bundled sample documents and shows what came out. */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('Import the bundled sample documents and show the decisions found in them, with their sources.')
    .option('--db <path>', 'the SQLite database to import into', DEFAULT_DB_PATH)
    .exitOverride(usageErrorsExitWith2)
    .action(async (opts: { db: string }) => {
      const inputs = demoInputs();
      if (inputs.length === 0) {
        process.stderr.write(`decision-trail demo: no sample documents found in ${FIXTURES_DIR}\n`);
        setExit(1);
        return;
      }
      const out = process.stdout;
      out.write(`decision-trail demo: importing the sample documents in ${displayPath(FIXTURES_DIR)} into ${opts.db}\n\n`);
      const { runImport } = await import('../import/run-import.ts');
      const report = await runImport({ inputs, dbPath: opts.db, progress: progressFor(process.stderr), args: ['demo', '--db', opts.db] });
      out.write(renderDemo(report, opts.db));
      setExit(report.status === 'failed' ? 1 : 0);
    });
}

/** Every top-level entry of fixtures/ except the test-only folders. */
function demoInputs(): string[] {
  try {
    return readdirSync(FIXTURES_DIR)
      .filter((name) => !NOT_DEMO.has(name) && !name.startsWith('.'))
      .sort()
      .map((name) => path.join(FIXTURES_DIR, name));
  } catch {
    return [];
  }
}

function renderDemo(report: ImportReport, dbPath: string): string {
  const ids = [...new Set(report.files.flatMap((f) => (f.documentId === undefined ? [] : [f.documentId])))];
  const db = openDatabase(dbPath, { readonly: true });
  let docs: DocumentSummary[];
  let samples: RecordWithSource[];
  try {
    docs = documentSummaries(db, ids);
    samples = sampleRecords(db, ids, SAMPLE_RECORDS);
  } finally {
    db.close();
  }
  const lines: string[] = [];
  lines.push(...documentTable(docs));
  const c = report.counts;
  const totals = totalKinds(docs);
  const recordTotal = Object.values(totals).reduce((a, b) => a + b, 0);
  lines.push('', `${docs.length} document${docs.length === 1 ? '' : 's'}, ${recordTotal} record${recordTotal === 1 ? '' : 's'}${recordTotal ? ` (${kindList(totals)})` : ''}` +
    ` · this run: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.duplicate} duplicate, ${c.skipped} skipped, ${c.failed} failed`);
  if (report.failed.length > 0) {
    lines.push('', 'Could not be read:');
    for (const f of report.failed) lines.push(`  ${displayPath(f.path, FIXTURES_DIR)}: ${f.reason}`);
  }
  if (samples.length > 0) {
    lines.push('', 'A few records, each with its source (file, page, characters) and the exact words quoted:', '');
    for (const r of samples) lines.push(...recordBlock(r));
  } else {
    lines.push('', 'No records were found in these documents.');
  }
  const next: [string, string][] = [
    [`decision-trail import <your files or folders> --db ${dbPath}`, 'add your own documents'],
    ['decision-trail --help', 'every command'],
  ];
  const width = Math.max(...next.map(([command]) => command.length));
  lines.push('', 'Next:', ...next.map(([command, what]) => `  ${command.padEnd(width)}   ${what}`), '');
  return lines.join('\n');
}

function documentTable(docs: readonly DocumentSummary[]): string[] {
  const rows = docs.map((d) => [displayPath(d.path, FIXTURES_DIR), d.format, String(d.pages), kindList(d.kinds) || '—']);
  const header = ['Document', 'Format', 'Pages', 'Records'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fit = (cell: string, i: number): string => {
    const w = widths[i]!;
    const text = cell.length > w ? `…${cell.slice(cell.length - w + 1)}` : cell;
    return i === 2 ? text.padStart(w) : text.padEnd(w);
  };
  const line = (cells: readonly string[]): string => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : fit(c, i))).join('  ')}`;
  return [line(header), line(widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? header[i]!.length : w))), ...rows.map(line)];
}

const KIND_ORDER = ['decision', 'resolution', 'recommendation', 'action'];

function kindList(kinds: Record<string, number>): string {
  return KIND_ORDER.filter((k) => (kinds[k] ?? 0) > 0)
    .map((k) => `${kinds[k]} ${k}${kinds[k] === 1 ? '' : 's'}`)
    .join(', ');
}

function totalKinds(docs: readonly DocumentSummary[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const d of docs) for (const [k, n] of Object.entries(d.kinds)) totals[k] = (totals[k] ?? 0) + n;
  return totals;
}

function recordBlock(r: RecordWithSource): string[] {
  const label = r.label ? ` ${r.label}` : '';
  const quote = r.quote.replace(/\s+/g, ' ').trim();
  const trimmed = quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : quote;
  return [
    `  ${r.kind.toUpperCase()}${label}   ${displayPath(r.path, FIXTURES_DIR)}, page ${r.page}, characters ${r.start}–${r.end}   [${r.id}]`,
    ...wrap(`“${trimmed}”`, 88).map((l) => `      ${l}`),
    '',
  ];
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
