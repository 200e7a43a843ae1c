import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { DEFAULT_DB_PATH, openDatabase, type DB } from '../store/db.ts';
import { todayIso } from '../trail/dates.ts';
import { renderTrail } from '../trail/render.ts';
import { readTrail, rebuildTrail, TrailNotFound, trailIsStale } from '../trail/store.ts';

interface TrailOptionValues {
  db: string;
  json?: boolean;
  today?: string;
}

const HELP = `
Examples:
  decision-trail trail 24/00096              everything about decision 24/00096, in date order
  decision-trail trail 3f9a0c1d2e4b5a67      one record's life: recommended, decided, resolved, actions
  decision-trail trail 24/00096 --today 2025-02-03 --json

Links are rebuilt first when records were imported since the last build.`;

/** `decision-trail trail`: a clause from recommendation to decision, resolution and actions. */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('trail')
    .description('show a decision trail: recommended -> decided -> resolved -> actions, each with its source and link confidence')
    .argument('<record-id|reference>', 'a record id (as search and export print it) or a decision reference like 24/00096')
    .option('--db <path>', 'database file', DEFAULT_DB_PATH)
    .option('--json', 'print the trail as JSON')
    .option('--today <date>', 'judge call-in periods as of this date (YYYY-MM-DD) instead of today')
    .addHelpText('after', HELP)
    .action((query: string, options: TrailOptionValues) => {
      const fail = (message: string): void => {
        process.stderr.write(`decision-trail trail: ${message}\n`);
        setExit(2);
      };
      const today = options.today ?? todayIso();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) return fail(`--today takes a date as YYYY-MM-DD, not "${today}"`);
      if (!existsSync(options.db)) return fail(`no database at ${options.db}: run \`decision-trail import <folder>\` first, or pass --db PATH`);
      let db: DB;
      try {
        // Writable: the trail tables are derived data, brought up to date here when stale.
        db = openDatabase(options.db);
      } catch (error) {
        return fail(`cannot open ${options.db}: ${error instanceof Error ? error.message : String(error)}`);
      }
      try {
        if (trailIsStale(db)) rebuildTrail(db);
        const trail = readTrail(db, query, today);
        process.stdout.write(options.json ? `${JSON.stringify(trail, null, 2)}\n` : renderTrail(trail));
        if (trail.steps.length === 0) setExit(1);
      } catch (error) {
        if (!(error instanceof TrailNotFound)) throw error;
        fail(error.message);
      } finally {
        db.close();
      }
    });
}
