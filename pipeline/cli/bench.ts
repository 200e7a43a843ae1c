import { type Command, Option } from 'commander';
import { usageErrorsExitWith2 } from './import.ts';
import { positiveInteger } from './options.ts';

const SECTIONS = ['import', 'search', 'verify'] as const;
type Section = (typeof SECTIONS)[number];

interface BenchCliOptions {
  only?: Section[];
  files?: number;
  records?: number;
  jobs?: number;
  searchDb?: string;
  json?: boolean;
}

/** What each section's bench module is called with; each takes the options it knows. */
interface SectionOptions {
  files?: number;
  records?: number;
  jobs?: number;
  dbPath?: string;
  log: (line: string) => void;
}

/**
 * Each section's bench lives in pipeline/bench/<section>.ts and is loaded only when run, so that one
 * section missing or broken does not stop the others.
 */
const RUNNERS: Record<Section, (options: SectionOptions) => Promise<unknown>> = {
  import: async (options) => (await import('../bench/import.ts')).runImportBench(options),
  search: async (options) => (await import('../bench/search.ts')).runSearchBench(options),
  verify: async (options) => (await import('../bench/verify.ts')).runVerifyBench(options),
};

/** `decision-trail bench` (npm run bench): measures import, search and verify against the targets. */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('bench')
    .description('Measure import, search and verify speed and memory against the targets (slow: minutes).')
    .addOption(new Option('--only <sections...>', 'run only these sections').choices(SECTIONS))
    .option('--files <n>', 'import: how many files to generate (default 2000)', positiveInteger)
    .option('--records <n>', 'search: how many records to generate', positiveInteger)
    .option('--jobs <n>', 'import: the parallel run\'s --jobs (default: the number of cores)', positiveInteger)
    .option('--search-db <path>', 'search: time this database (one the search bench built and kept) instead of building one')
    .option('--json', 'print the results as JSON on stdout')
    .exitOverride(usageErrorsExitWith2)
    .action(async (opts: BenchCliOptions) => {
      const sections = opts.only ?? [...SECTIONS];
      const log = (line: string): void => void process.stderr.write(`${line}\n`);
      const results: Record<string, unknown> = {};
      for (const section of sections) {
        log(`\n== ${section} ==`);
        try {
          results[section] = await RUNNERS[section]({ files: opts.files, records: opts.records, jobs: opts.jobs, dbPath: opts.searchDb, log });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`${section} bench could not run: ${message}`);
          results[section] = { error: message };
          setExit(1);
        }
      }
      if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    });
}

