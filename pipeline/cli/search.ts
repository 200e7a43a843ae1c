import type { Command } from 'commander';
import { DEFAULT_DB_PATH } from '../store/db.ts';
import { addFilterOptions, filtersFromOptions, type FilterOptionValues } from '../query/filter-options.ts';
import { openForCommand } from './open-db.ts';
import { hitsAsJson, renderResult } from '../query/render-hits.ts';
import { DEFAULT_LIMIT, searchRecords } from '../query/search.ts';

interface SearchOptionValues extends FilterOptionValues {
  db: string;
  limit: string;
  json?: boolean;
}

const HELP = `
Query syntax:
  budget savings          both words (inflections match: report finds reports, decide finds decided)
  "exact phrase"          the words together, in order
  librar*                 words starting with librar
  parking OR transport    either word (OR binds tighter than the space between words)
  budget -schools         budget but not schools (also: budget NOT schools)
Punctuation such as R2023-123, s.75 or £2m is searched as the words and numbers it contains.

Examples:
  decision-trail search "library closure" --body cabinet --from 2024
  decision-trail search "fees OR charges" --kind decision --key-decision yes --json`;

/** Whether to colour: a terminal, unless NO_COLOR is set (https://no-color.org). */
function useColor(): boolean {
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** `decision-trail search`: full-text search over the stored records, best match first. */
export function register(program: Command, setExit: (code: number) => void): void {
  const command = program
    .command('search')
    .description('search the records (FTS5, best match first) with optional filters')
    .argument('[query]', 'words, "phrases", prefix*, OR, -excluded (empty: newest records matching the filters)', '')
    .option('--db <path>', 'database file', DEFAULT_DB_PATH)
    .option('--limit <n>', 'at most this many hits', String(DEFAULT_LIMIT))
    .option('--json', 'print the hits as a JSON array');
  addFilterOptions(command).addHelpText('after', HELP);
  command.action((query: string, options: SearchOptionValues) => {
    let filters;
    let limit: number;
    try {
      filters = filtersFromOptions(options);
      limit = parseLimit(options.limit);
    } catch (error) {
      process.stderr.write(`decision-trail search: ${(error as Error).message}\n`);
      setExit(2);
      return;
    }
    const db = openForCommand('search', options.db, setExit);
    if (db === null) return;
    try {
      const result = searchRecords(db, query, { filters, limit });
      process.stdout.write(options.json ? hitsAsJson(result) : renderResult(result, query, { color: useColor() }));
    } finally {
      db.close();
    }
  });
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--limit takes a whole number of at least 1, not "${value}"`);
  return n;
}
