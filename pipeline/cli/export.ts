import type { Command } from 'commander';

/** `decision-trail export`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('export').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail export: not yet available\n');
    setExit(2);
  });
}
