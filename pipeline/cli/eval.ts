import type { Command } from 'commander';

/** `decision-trail eval`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('eval').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail eval: not yet available\n');
    setExit(2);
  });
}
