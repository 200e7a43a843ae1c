import type { Command } from 'commander';

/** `decision-trail verify`: being written (this session). */
export function register(program: Command, setExit: (code: number) => void): void {
  program.command('verify').description('(not yet available)').action(() => {
    process.stderr.write('decision-trail verify: not yet available\n');
    setExit(2);
  });
}
