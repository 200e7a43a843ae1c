import type { Command } from 'commander';

/** `decision-trail import`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('import').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail import: not yet available\n');
    setExit(2);
  });
}
