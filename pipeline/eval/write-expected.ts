/**
 * `npm run fixtures:expected [-- name ...] [--out DIR]`: (re)writes fixtures/expected/<name>.json
 * from the current output of the .txt rendering of each fixture, or of its only rendering when it has
 * one format (all readable fixtures, or the names given). The files are the expectations of tests/fixtures/formats.test.ts: review the diff
 * like code before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectedOf, fixtureRenderings, processFixture } from './expected.ts';
import { repoRoot } from './paths.ts';

interface Args {
  names: string[];
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const names: string[] = [];
  let out = path.join(repoRoot(), 'fixtures', 'expected');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      const value = argv[++i];
      if (value === undefined) throw new Error('--out needs a directory');
      out = path.resolve(value);
    } else names.push(arg);
  }
  return { names, out };
}

/** A path relative to the clone when it is inside it, else as it is. */
function shown(file: string): string {
  const relative = path.relative(repoRoot(), file);
  return relative.startsWith('..') ? file : relative;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const renderings = fixtureRenderings(path.join(repoRoot(), 'fixtures'));
  const txtOf = new Map<string, string>();
  for (const [name, files] of renderings) {
    const txt = files.filter((f) => f.toLowerCase().endsWith('.txt'));
    if (txt.length > 1) throw new Error(`fixture name "${name}" has more than one .txt: ${txt.join(', ')}`);
    // A fixture written in one format only (a Markdown or HTML family document) is read as it is.
    const source = txt[0] ?? (files.length === 1 ? files[0] : undefined);
    if (source !== undefined) txtOf.set(name, source);
  }
  const names = args.names.length > 0 ? args.names : [...txtOf.keys()].sort();
  mkdirSync(args.out, { recursive: true });
  let failed = 0;
  for (const name of names) {
    const txt = txtOf.get(name);
    if (txt === undefined) {
      process.stderr.write(`${name}: no fixtures/**/${name}.txt, nor a single rendering\n`);
      failed++;
      continue;
    }
    const result = await processFixture(txt);
    if (!result.ok) {
      // A deliberately unreadable fixture has no records to expect: skipped, unless it was asked for by name.
      process.stderr.write(`${shown(txt)}: skipped, not readable (${result.code}: ${result.reason})\n`);
      if (args.names.length > 0) failed++;
      continue;
    }
    const target = path.join(args.out, `${name}.json`);
    writeFileSync(target, `${JSON.stringify(expectedOf(result.records), null, 2)}\n`);
    process.stdout.write(`${shown(target)}: ${result.records.length} records from ${shown(txt)}\n`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
