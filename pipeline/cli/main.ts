import { Command } from 'commander';
import { register as registerBench } from './bench.ts';
import { register as registerDemo } from './demo.ts';
import { register as registerEval } from './eval.ts';
import { register as registerExport } from './export.ts';
import { register as registerImport } from './import.ts';
import { register as registerSearch } from './search.ts';
import { register as registerShow } from './show.ts';
import { register as registerTrail } from './trail.ts';
import { register as registerVerify } from './verify.ts';

/**
 * The `decision-trail` command. Each subcommand lives in its own file and sets
 * process.exitCode through the value its action returns (see CommandRegistrar).
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('decision-trail')
    .description('Turn council committee documents into a queryable, auditable record of what was decided.')
    .showHelpAfterError();
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  for (const register of [registerDemo, registerImport, registerExport, registerSearch, registerShow, registerVerify, registerTrail, registerEval, registerBench]) {
    register(program, setExit);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.stderr.write(`decision-trail: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return exitCode;
}

/** Each command file exports one of these. `setExit` records the command's exit code. */
export type CommandRegistrar = (program: Command, setExit: (code: number) => void) => void;
