import { describe, expect, it } from 'vitest';
import { processBytes } from '../../pipeline/process.ts';
import { describeSource } from '../../pipeline/source.ts';

async function records(markdown: string) {
  const bytes = new TextEncoder().encode(markdown);
  const result = await processBytes(describeSource('/minutes/log.md', bytes, 'md'), bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.records;
}

const HEAD = '# Minutes of the Hollins Green Parish Council meeting held on 4 May 2026\n\n';

describe('an action log printed as a table', () => {
  it('gives an action per row: the action cell, its owner, its due date or phrase, its reference', async () => {
    const actions = (await records(`${HEAD}## Actions\n\n| No. | Action required | Responsible | Deadline |\n|---|---|---|---|\n| 1 | Obtain three quotes for the bus shelter repair | Clerk | 29/05/2026 |\n| 2 | Walk the footpath with the ranger | Cllr Amos | Next meeting |\n| 3 | Renew the insurance policy | Clerk | - |\n`)).filter((r) => r.kind === 'action');
    expect(actions.map((a) => ({ label: a.label, text: a.text, actor: a.actor, due: a.due }))).toEqual([
      { label: '1', text: 'Obtain three quotes for the bus shelter repair', actor: 'Clerk', due: '2026-05-29' },
      { label: '2', text: 'Walk the footpath with the ranger', actor: 'Cllr Amos', due: 'Next meeting' },
      { label: '3', text: 'Renew the insurance policy', actor: 'Clerk', due: null },
    ]);
  });

  it('reads no other table as one: a payments schedule has no action and owner columns', async () => {
    const out = await records(`${HEAD}## Payments\n\n| Payee | Purpose | Amount |\n|---|---|---|\n| Greenway Play Ltd | Swing seats | £212.00 |\n`);
    expect(out.filter((r) => r.kind === 'action')).toEqual([]);
  });
});

describe('an action log laid out in columns in plain text', () => {
  const LOG = [
    'MINUTES of the Hollins Green Parish Council meeting held on 4 May 2026',
    '',
    'ACTION LOG',
    '',
    'Ref      Action                                   Owner          Due',
    'HG/01    Obtain three quotes for the shelter      Clerk          29/05/2026',
    'HG/02    Walk the footpath with the ranger        Cllr Amos',
    'HG/03    Renew the insurance policy               Clerk          Next meeting',
    '',
  ].join('\n');

  async function txtRecords(text: string) {
    const bytes = new TextEncoder().encode(text);
    const result = await processBytes(describeSource('/minutes/log.txt', bytes, 'txt'), bytes);
    if (!result.ok) throw new Error(result.reason);
    return result.records;
  }

  it('gives an action per row, each piece of text read under the header word it stands below', async () => {
    const actions = (await txtRecords(LOG)).filter((r) => r.kind === 'action');
    expect(actions.map((a) => ({ label: a.label, text: a.text, actor: a.actor, due: a.due }))).toEqual([
      { label: 'HG/01', text: 'Obtain three quotes for the shelter', actor: 'Clerk', due: '2026-05-29' },
      // No due cell: the owner is not shifted into the due column, nor the reverse.
      { label: 'HG/02', text: 'Walk the footpath with the ranger', actor: 'Cllr Amos', due: null },
      { label: 'HG/03', text: 'Renew the insurance policy', actor: 'Clerk', due: 'Next meeting' },
    ]);
  });

  it('reads no other column layout as an action log', async () => {
    const out = await txtRecords(LOG.replace('Action    ', 'Payee     ').replace('Owner', 'Amount'));
    expect(out.filter((r) => r.kind === 'action')).toEqual([]);
  });
});
