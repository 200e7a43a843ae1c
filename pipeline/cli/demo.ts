import type { Command } from 'commander';

/** `decision-trail demo`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('demo').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail demo: not yet available\n');
    setExit(2);
  });
}
