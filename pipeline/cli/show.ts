import type { Command } from 'commander';

/** `decision-trail show`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('show').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail show: not yet available\n');
    setExit(2);
  });
}
