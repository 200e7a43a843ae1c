#!/usr/bin/env -S node --max-semi-space-size=4
// The main thread's young generation is capped at 3 × 4 MB (Node's default lets it reach 3 × 16 MB):
// an import's main thread only stores what the workers read, and measured on 666 files with 2 jobs
// (two interleaved rounds) the cap took about 20 MB off peak RSS, run times within the noise. Heap flags must be given before
// V8 starts, hence the shebang (`npx decision-trail`, the npm scripts' bench spawns run this file).
// Entry point for `decision-trail` and the npm scripts. There is no build step between a checkout
// and a working command: the CLI runs from a bundle that bundle.mjs builds from the TypeScript
// sources when they change (about a second, once), or through tsx if the bundle cannot be built.
import { cliBundle } from './bundle.mjs';

const bundle = process.env.DECISION_TRAIL_TSX === '1' ? null : await cliBundle();
let main;
if (bundle !== null) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('./main.ts'));
}
process.exitCode = await main(process.argv);
