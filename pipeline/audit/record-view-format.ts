import type { RecordView, RelatedRecord } from './record-view.ts';

/** How the quoted span is marked in its context: colour on a terminal, visible brackets elsewhere. */
export type SpanMarks = 'ansi' | 'plain';

const MARKS: Record<SpanMarks, { open: string; close: string; dim: string; reset: string }> = {
  // Bold black on yellow for the span; context in normal weight.
  ansi: { open: '\u001b[1;30;43m', close: '\u001b[0m', dim: '\u001b[2m', reset: '\u001b[0m' },
  plain: { open: '⟦', close: '⟧', dim: '', reset: '' },
};

/** The text `show` prints: the record's fields, its document, its words in context, its parent and actions. */
export function formatRecordView(view: RecordView, marks: SpanMarks): string {
  const r = view.record;
  const lines: string[] = [];
  lines.push(`record ${r.id}: ${r.kind}${r.label ? ` ${r.label}` : ''}`);
  lines.push(...fieldLines([
    ['text', r.text],
    ['body', r.body],
    ['date', r.date],
    ['status', r.status],
    ['key decision', yesNo(r.key_decision)],
    ['call-in', yesNo(r.call_in)],
    ['procedural', yesNo(r.procedural)],
    ...(r.kind === 'action' || r.actor || r.due || r.parent
      ? ([['actor', r.actor], ['due', r.due], ['parent', r.parent]] as [string, string | null][])
      : []),
    ['page', String(r.page)],
    ['span', `characters ${r.start}-${r.end} of the normalised text`],
    ['run', view.run ? `${view.run.id} (${view.run.status}${view.run.sealed_seq !== null ? `, seal ${view.run.sealed_seq}` : ', not sealed'})` : r.run_id === null ? '(none)' : `${r.run_id} (not in the database)`],
    ['content hash', `${r.content_hash} ${r.content_hash_ok ? '(matches its fields)' : '(DOES NOT match its fields: run `decision-trail verify`)'}`],
  ]));
  const d = view.document;
  lines.push('', `document #${d.id}: ${d.name} (${d.format}, ${d.pages} ${d.pages === 1 ? 'page' : 'pages'})`);
  lines.push(...fieldLines([
    [d.paths.length > 1 ? 'paths' : 'path', d.paths.join('\n')],
    ['SHA-256', d.sha256],
    ['version', d.superseded_by === null ? 'current' : `old, replaced by document #${d.superseded_by}`],
  ]));
  lines.push('', ...sourceLines(view, marks));
  if (view.parent) lines.push('', 'parent clause:', relatedLine(view.parent));
  else if (r.kind === 'action') lines.push('', `parent clause: ${r.parent ? `none found for label ${r.parent}` : 'none recorded'}`);
  if (view.actions.length > 0) lines.push('', `actions under this clause (${view.actions.length}):`, ...view.actions.map(relatedLine));
  return `${lines.join('\n')}\n`;
}

function sourceLines(view: RecordView, marks: SpanMarks): string[] {
  const { source } = view;
  const m = MARKS[marks];
  const out: string[] = [];
  if (source.context) {
    out.push(`in context (re-read from ${source.path}, intact):`);
    if (source.detail) out.push(`  note: ${source.detail}`);
    const c = source.context;
    const body = `${c.cut_before ? '…' : ''}${m.dim}${c.before}${m.reset}${m.open}${c.quote}${m.close}${m.dim}${c.after}${m.reset}${c.cut_after ? '…' : ''}`;
    out.push(...indent(body));
  } else {
    out.push(`in context: not available: ${source.detail}`);
    out.push('stored quote:', ...indent(`${m.open}${view.record.quote}${m.close}`));
  }
  return out;
}

function fieldLines(fields: [string, string | null][]): string[] {
  const width = Math.max(...fields.map(([name]) => name.length)) + 2;
  return fields.map(([name, value]) => {
    const [first, ...rest] = (value ?? '—').split('\n');
    return [`  ${`${name}:`.padEnd(width)} ${first}`, ...rest.map((line) => `  ${' '.repeat(width)} ${line}`)].join('\n');
  });
}

function relatedLine(r: RelatedRecord): string {
  const who = r.actor ? ` [${r.actor}${r.due ? `, by ${r.due}` : ''}]` : '';
  return `  ${r.id}  ${r.kind}${r.label ? ` ${r.label}` : ''}${who}: ${r.text}`;
}

function indent(text: string): string[] {
  return text.split('\n').map((line) => `  ${line}`);
}

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'yes' : 'no';
}
