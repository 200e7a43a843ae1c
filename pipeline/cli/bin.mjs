#!/usr/bin/env node
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
