// Entry of a parse worker thread. Workers do not inherit the main thread's TypeScript loader,
// so each registers tsx (as pipeline/cli/bin.mjs does) before loading the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { parseFile } = await import('./parse-file.ts');

export default parseFile;
