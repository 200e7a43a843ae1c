import type { Command } from 'commander';

/** `decision-trail search`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('search').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail search: not yet available\n');
    setExit(2);
  });
}
