import type { Command } from 'commander';
import { RecordKind } from '../../schemas/record.ts';
import { RecordFilters } from './filters.ts';

/** The option values commander gives for the shared filters (see addFilterOptions). */
export interface FilterOptionValues {
  kind?: string[];
  body?: string;
  status?: string;
  from?: string;
  to?: string;
  keyDecision?: string;
  callIn?: string;
  procedural?: string;
  doc?: string[];
  allVersions?: boolean;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/** Adds the filter options `search` and `export` share to a command. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--kind <kind>', `record kind: ${RecordKind.options.join(', ')} (repeat or comma-separate for several)`, collect)
    .option('--body <text>', 'decision-making body contains this text, ignoring case (e.g. cabinet)')
    .option('--status <text>', 'status contains this text, ignoring case (e.g. approved)')
    .option('--from <date>', 'dated on or after (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'dated on or before (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--key-decision <yes|no>', 'only key decisions (yes) or only non-key ones (no)')
    .option('--call-in <yes|no>', 'only records subject to call-in (yes) or exempt (no)')
    .option('--procedural <yes|no>', 'only procedural items (yes), e.g. approving minutes, or only substantive ones (no)')
    .option('--doc <name>', 'document name, the file name without extension (repeat or comma-separate for several)', collect)
    .option('--all-versions', 'include records of superseded versions of changed files');
}

/** Turns the option strings into validated filters, or throws an Error naming the bad option. */
export function filtersFromOptions(values: FilterOptionValues): RecordFilters {
  const filters: RecordFilters = {
    kinds: parseKinds(values.kind),
    body: nonEmpty(values.body),
    status: nonEmpty(values.status),
    from: values.from === undefined ? undefined : parseDateOption('--from', values.from, 'from'),
    to: values.to === undefined ? undefined : parseDateOption('--to', values.to, 'to'),
    keyDecision: values.keyDecision === undefined ? undefined : parseYesNo('--key-decision', values.keyDecision),
    callIn: values.callIn === undefined ? undefined : parseYesNo('--call-in', values.callIn),
    procedural: values.procedural === undefined ? undefined : parseYesNo('--procedural', values.procedural),
    docs: splitList(values.doc),
    allVersions: values.allVersions === true ? true : undefined,
  };
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw new Error(`--from ${filters.from} is after --to ${filters.to}`);
  }
  return RecordFilters.parse(filters);
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/** Parses a yes/no option value (yes, no, true, false, y, n, 1, 0), or throws naming the option. */
export function parseYesNo(option: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  throw new Error(`${option} takes yes or no, not "${value}"`);
}

/**
 * Parses a date option: YYYY-MM-DD, or YYYY-MM / YYYY meaning the first (for --from) or last (for --to)
 * day of that month or year, so `--from 2024 --to 2024` is the whole of 2024.
 */
export function parseDateOption(option: string, value: string, end: 'from' | 'to'): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(v) && isRealDate(v)) return v;
  const month = /^(\d{4})-(\d{2})$/u.exec(v);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    if (end === 'from') return `${v}-01`;
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${v}-${String(last).padStart(2, '0')}`;
  }
  if (/^\d{4}$/u.test(v)) return end === 'from' ? `${v}-01-01` : `${v}-12-31`;
  throw new Error(`${option} takes a date as YYYY-MM-DD (or YYYY-MM, or YYYY), not "${value}"`);
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Parses a list option value given once or more, each possibly comma-separated. */
export function splitList(values: readonly string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
  return items.length > 0 ? items : undefined;
}

/** Parses --kind values against the record kinds, or throws listing the valid ones. */
export function parseKinds(values: readonly string[] | undefined): RecordKind[] | undefined {
  const items = splitList(values);
  if (!items) return undefined;
  return items.map((item) => {
    const parsed = RecordKind.safeParse(item.toLowerCase());
    if (!parsed.success) throw new Error(`--kind takes ${RecordKind.options.join(', ')}, not "${item}"`);
    return parsed.data;
  });
}
