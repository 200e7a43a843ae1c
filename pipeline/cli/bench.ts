import type { Command } from 'commander';

/** `decision-trail bench`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('bench').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail bench: not yet available\n');
    setExit(2);
  });
}
