import type { ImportReport } from './run-import.ts';
import type { PathAndReason } from './walk.ts';
import { displayPath } from './progress.ts';

const LIST_LIMIT = 20;

/** The run report as a person reads it at the end of an import. */
export function formatSummary(report: ImportReport, cwd: string = process.cwd()): string {
  const show = (p: string): string => displayPath(p, cwd);
  const c = report.counts;
  const lines: string[] = [];
  const verdict = report.status === 'failed' ? `stopped: ${report.error ?? 'an error'}` : c.failed > 0 ? `${c.failed} failed` : 'all good';
  lines.push(`Import run ${report.run_id} into ${show(report.db)}: ${verdict} (${report.seconds.toFixed(1)} s, ${report.jobs} job${report.jobs === 1 ? '' : 's'})`);
  const rows: [string, number, string][] = [
    ['new', c.new, c.records > 0 ? `${c.records} record${c.records === 1 ? '' : 's'} stored` : ''],
    ['updated', c.updated, c.updated > 0 ? 'new versions; the old ones are kept' : ''],
    ['unchanged', c.unchanged, ''],
    ['duplicate', c.duplicate, c.duplicate > 0 ? 'content already stored from another path' : ''],
    ['skipped', c.skipped, ''],
    ['failed', c.failed, ''],
  ];
  for (const [label, n, note] of rows) lines.push(`  ${label.padEnd(10)}${String(n).padStart(6)}${note ? `   ${note}` : ''}`);
  if (report.interrupted_runs_sealed.length > 0) {
    lines.push(`  (sealed interrupted run${report.interrupted_runs_sealed.length === 1 ? '' : 's'} ${report.interrupted_runs_sealed.join(', ')} first)`);
  }
  section(lines, 'Failed', report.failed, show);
  section(lines, 'Skipped', report.skipped, show);
  section(
    lines,
    'Duplicates',
    report.files.filter((f) => f.status === 'duplicate' || (f.status === 'updated' && f.sameAs)).map((f) => ({ path: f.path, reason: f.sameAs ? `same content as ${show(f.sameAs)}` : 'content stored already' })),
    show,
  );
  section(lines, 'Records rejected (not stored)', report.rejected, show);
  section(
    lines,
    'Stored with warnings',
    report.files.filter((f) => (f.warnings?.length ?? 0) > 0).map((f) => ({ path: f.path, reason: warningText(f.warnings!) })),
    show,
  );
  if (report.report_file) lines.push('', `Report: ${show(report.report_file)}`);
  return `${lines.join('\n')}\n`;
}

function warningText(warnings: readonly { message: string }[]): string {
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more warning${warnings.length === 2 ? '' : 's'})` : '';
  return `${warnings[0]!.message}${more}`;
}

/** Only the failures, for --quiet. */
export function formatFailures(report: ImportReport, cwd: string = process.cwd()): string {
  const lines = report.failed.map((f) => `failed: ${displayPath(f.path, cwd)}: ${f.reason}`);
  if (report.error) lines.push(`import stopped: ${report.error}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function section(lines: string[], title: string, items: readonly PathAndReason[], show: (p: string) => string): void {
  if (items.length === 0) return;
  lines.push('', `${title} (${items.length}):`);
  for (const item of items.slice(0, LIST_LIMIT)) lines.push(`  ${show(item.path)}: ${item.reason}`);
  if (items.length > LIST_LIMIT) lines.push(`  … and ${items.length - LIST_LIMIT} more (see the report file)`);
}
