import type { Command } from 'commander';

/** `decision-trail trail`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('trail').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail trail: not yet available\n');
    setExit(2);
  });
}
