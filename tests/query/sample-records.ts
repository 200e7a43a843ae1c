import type { FixtureDocument } from './fixture-db.ts';

/** Small documents written for the query tests: each record exists to be found (or not) by one test. */
export const SAMPLE_DOCUMENTS: FixtureDocument[] = [
  {
    name: 'cabinet-2025-01-30',
    format: 'pdf',
    title: 'Cabinet decisions, 30 January 2025',
    body: 'Cabinet',
    date: '2025-01-30',
    records: [
      { kind: 'resolution', label: 'A)', text: 'Note the forecast revenue overspend of £23.3m (excluding Schools).', status: 'Recommendations Approved', key_decision: true, call_in: true, page: 2 },
      { kind: 'resolution', label: 'b)', text: 'Approve the report on library closures and the consultation responses.', status: 'Recommendations Approved', key_decision: true, call_in: false, page: 2 },
      { kind: 'resolution', label: null, text: 'The minutes of the meeting on 9 January 2025 were a correct record.', procedural: true, page: 1 },
      { kind: 'action', label: null, text: 'The Director of Finance to report back on savings by 31 March 2025.', actor: 'The Director of Finance', due: '2025-03-31', parent: 'A)', page: 3 },
    ],
  },
  {
    // The earlier version of the same file: superseded, so hidden unless all versions are asked for.
    name: 'cabinet-2025-01-30',
    format: 'pdf',
    body: 'Cabinet',
    date: '2025-01-30',
    supersededBy: 'cabinet-2025-01-30',
    records: [{ kind: 'resolution', label: 'b)', text: 'Superseded wording: approve the library closures outright.', page: 2 }],
  },
  {
    name: 'planning-2024-06-12',
    format: 'docx',
    body: 'Planning Committee',
    date: '2024-06-12',
    records: [
      { kind: 'decision', label: '1.', text: 'Application R2023-123 for 14 dwellings at Mill Lane was refused under s.75 of the Act.', key_decision: false },
      { kind: 'decision', label: '2.', text: "The committee decided to defer the application for the Children's Centre extension.", key_decision: false, status: 'Deferred' },
      { kind: 'recommendation', label: '3.', text: 'Officers recommend that parking charges be increased by 10 per cent.', key_decision: true, page: 4 },
    ],
  },
  {
    name: 'scrutiny-2023-11-02',
    format: 'html',
    body: "Children's Services Scrutiny Committee",
    date: '2023-11-02',
    records: [
      { kind: 'recommendation', label: '(a)', text: 'That the Cabinet Member reports on the £2m transport budget, with a NEAR( comparison to last year.' },
      { kind: 'resolution', label: '(b)', text: 'RESOLVED that the budget for school transport is agreed, including "home to school" routes, commas, and quotes.' },
      { kind: 'decision', label: '(c)', text: 'Café provision at Ysgol Gymraeg Llandaf: decided to retain,\nwith a "review" in 2026 — £5,000 allocated.', call_in: false },
    ],
  },
  {
    name: 'undated-note',
    format: 'md',
    body: null,
    date: null,
    records: [{ kind: 'decision', label: null, text: 'Councillors decided the highways programme (100% of 50_50 schemes).' }],
  },
];

/** Every current record's text, for "which records came back" assertions. */
export const TEXT = {
  overspend: 'Note the forecast revenue overspend of £23.3m (excluding Schools).',
  library: 'Approve the report on library closures and the consultation responses.',
  minutes: 'The minutes of the meeting on 9 January 2025 were a correct record.',
  action: 'The Director of Finance to report back on savings by 31 March 2025.',
  superseded: 'Superseded wording: approve the library closures outright.',
  refused: 'Application R2023-123 for 14 dwellings at Mill Lane was refused under s.75 of the Act.',
  deferred: "The committee decided to defer the application for the Children's Centre extension.",
  parking: 'Officers recommend that parking charges be increased by 10 per cent.',
  transport: 'That the Cabinet Member reports on the £2m transport budget, with a NEAR( comparison to last year.',
  school: 'RESOLVED that the budget for school transport is agreed, including "home to school" routes, commas, and quotes.',
  cafe: 'Café provision at Ysgol Gymraeg Llandaf: decided to retain,\nwith a "review" in 2026 — £5,000 allocated.',
  highways: 'Councillors decided the highways programme (100% of 50_50 schemes).',
} as const;

export const CURRENT_RECORD_COUNT = 11;
