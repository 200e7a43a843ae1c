import { InvalidArgumentError } from 'commander';

/** Commander's parser for options such as --jobs and --limit: a whole number of at least 1, or a usage error. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
