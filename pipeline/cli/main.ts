import { Command, CommanderError } from 'commander';

type CommandModule = { register: CommandRegistrar };

/**
 * Each command's module. Only the one a user runs is loaded: the others pull in readers, pools and
 * the store. Written as literal imports so that the CLI bundle (bundle.mjs) splits one chunk per command.
 */
const COMMAND_MODULES: Record<string, () => Promise<CommandModule>> = {
  demo: () => import('./demo.ts'),
  import: () => import('./import.ts'),
  export: () => import('./export.ts'),
  search: () => import('./search.ts'),
  show: () => import('./show.ts'),
  verify: () => import('./verify.ts'),
  trail: () => import('./trail.ts'),
  eval: () => import('./eval.ts'),
  bench: () => import('./bench.ts'),
};

/**
 * A reader that stops early (`decision-trail export --help | head`) closes the pipe: what is left to
 * print is dropped quietly, as Unix tools do, instead of Node stopping on an unhandled EPIPE with a
 * stack trace. Any other output error is still raised.
 */
function dropOutputToClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** Each command file exports one of these. `setExit` records the command's exit code. */
export type CommandRegistrar = (program: Command, setExit: (code: number) => void) => void;

/**
 * The `decision-trail` command. Each subcommand lives in its own file and sets the exit code
 * through `setExit`.
 */
export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', dropOutputToClosedPipe);
  const program = new Command();
  program
    .name('decision-trail')
    .description('Turn council committee documents into a queryable, auditable record of what was decided.')
    .showHelpAfterError()
    // Usage errors exit 2 for every command (commander's own default, 1, means "something failed" here).
    .exitOverride();
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const requested = argv[2];
  const names = requested !== undefined && requested in COMMAND_MODULES ? [requested] : Object.keys(COMMAND_MODULES);
  for (const name of names) {
    const module = await COMMAND_MODULES[name]!();
    module.register(program, setExit);
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`decision-trail: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return exitCode;
}
