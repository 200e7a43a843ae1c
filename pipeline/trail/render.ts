import { describeCallIn } from './callin.ts';
import type { Trail, TrailStep } from './view.ts';

/** A trail as a person reads it in a terminal: one block per step, in date order. */
export function renderTrail(trail: Trail): string {
  const out: string[] = [];
  const heading = trail.reference ? `Decision ${trail.reference}` : `Record ${trail.query}`;
  out.push(trail.matter?.title ? `${heading}: ${trail.matter.title}` : heading);
  if (trail.matter) out.push(`  ${trail.matter.documents.length} document${trail.matter.documents.length === 1 ? '' : 's'} name it: ${trail.matter.documents.map((d) => d.path).join(', ')}`);
  if (trail.steps.length === 0) {
    out.push('', 'No records to show: none found in the documents about this decision alone, and none linked to it.');
    return `${out.join('\n')}\n`;
  }
  const shortIds = new Map(trail.steps.map((s, i) => [s.record.id, `#${i + 1}`]));
  trail.steps.forEach((step, i) => {
    out.push('', ...renderStep(step, i + 1, shortIds));
  });
  return `${out.join('\n')}\n`;
}

const STAGE_WORD: Record<TrailStep['stage'], string> = {
  recommended: 'RECOMMENDED',
  proposed: 'PROPOSED',
  decided: 'DECIDED',
  resolved: 'RESOLVED',
  action: 'ACTION',
};

function renderStep(step: TrailStep, n: number, shortIds: ReadonlyMap<string, string>): string[] {
  const r = step.record;
  const who = step.stage === 'action' ? (r.actor ? `by ${r.actor}` : null) : r.body ? (step.stage === 'recommended' ? `to ${r.body}` : `by ${r.body}`) : null;
  const lines = [`#${n} ${step.date ?? 'date unknown'}  ${STAGE_WORD[step.stage]}${r.label ? ` ${r.label}` : ''}${who ? ` ${who}` : ''}`];
  lines.push(`   "${clip(r.text, 400)}"`);
  if (step.stage === 'action' && r.due) lines.push(`   due: ${r.due}`);
  if (step.stage === 'decided') {
    const facts = [
      step.status ? `status: ${step.status}` : null,
      step.key_decision === null ? null : `key decision: ${step.key_decision ? 'yes' : 'no'}`,
      step.call_in ? describeCallIn(step.call_in) : null,
    ].filter(Boolean);
    if (facts.length) lines.push(`   ${facts.join('; ')}`);
  }
  lines.push(`   source: ${step.document.path}, page ${r.page}, chars ${r.start}-${r.end} (record ${r.id})`);
  for (const link of step.links) {
    const other = shortIds.get(link.record) ?? link.record;
    const how = `${link.relation.replace('_', ' ')}, confidence ${link.confidence.toFixed(2)}, similarity ${link.similarity.toFixed(2)}`;
    if (link.relation === 'action_of') {
      // An action names its clause; the clause need not list its actions (they follow as steps).
      if (link.direction === 'out') lines.push(`   belongs to ${other} (${how})`);
      continue;
    }
    if (link.direction !== 'in') continue;
    lines.push(`   from ${other}: ${how}`);
    if (link.diff) {
      if (link.diff.removed.length) lines.push(`     removed: ${link.diff.removed.map((w) => `"${clip(w, 120)}"`).join(', ')}`);
      if (link.diff.added.length) lines.push(`     added:   ${link.diff.added.map((w) => `"${clip(w, 120)}"`).join(', ')}`);
    }
  }
  return lines;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
