import { InvalidArgumentError, type Command } from 'commander';
import { GOLD_SETS, type GoldSet } from '../eval/gold.ts';
import { formatReport } from '../eval/format.ts';
import { runEval } from '../eval/run-eval.ts';

interface EvalFlags {
  gold: GoldSet;
  doc: string[];
  predictions?: string;
  json?: boolean;
  verbose?: boolean;
}

function goldSet(value: string): GoldSet {
  if (!(GOLD_SETS as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${GOLD_SETS.join(', ')}`);
  return value as GoldSet;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `decision-trail eval`: scores the pipeline (or an export file) against the shared gold. */
export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('eval')
    .description('Score extraction against the gold in the shared evaluation directory (../shared, or $DECISION_TRAIL_SHARED).')
    .option('--gold <set>', `which gold: ${GOLD_SETS.join(' | ')}`, goldSet, 'all' as GoldSet)
    .option('--doc <id>', 'only this document (repeatable)', collect, [] as string[])
    .option('--predictions <file.jsonl>', 'score a `decision-trail export --format jsonl` file instead of running the pipeline')
    .option('--json', 'print the full report as JSON')
    .option('--verbose', 'list missed gold records, extra predictions and wrong body/date on matched pairs')
    .action(async (flags: EvalFlags) => {
      try {
        const result = await runEval({ gold: flags.gold, docs: flags.doc, predictionsFile: flags.predictions });
        process.stdout.write(flags.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, flags.verbose === true));
        setExit(0);
      } catch (error) {
        process.stderr.write(`decision-trail eval: ${error instanceof Error ? error.message : String(error)}\n`);
        setExit(2);
      }
    });
}
