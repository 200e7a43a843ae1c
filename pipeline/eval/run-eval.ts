import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadGold, type GoldSet } from './gold.ts';
import { sharedDir } from './paths.ts';
import { docIdOf, predictFiles, readableFiles, readPredictionsJsonl, type Predictions } from './predict.ts';
import { publisherLookup } from './publishers.ts';
import { score, type EvalReport } from './score.ts';

export interface EvalOptions {
  gold: GoldSet;
  /** Restrict to these documents (ids as in the gold); empty for all. */
  docs?: readonly string[];
  /** Score this `export --format jsonl` file instead of running the pipeline. */
  predictionsFile?: string;
  /** The shared directory (seeds/, corpus/, eval/); defaults to sharedDir(). */
  shared?: string;
}

export interface EvalResult extends EvalReport {
  gold: GoldSet;
  shared: string;
  predictionsFrom: string;
  documentCount: number;
  tokenisation: string;
  /** Documents the pipeline could not read, with the reason. */
  failures: Predictions['failures'];
  /** Gold documents with no input file found (in-process runs only). */
  missingInputs: string[];
}

export const TOKENISATION =
  'word tokens: runs of letters/digits, lower-cased (punctuation and whitespace only separate words, so pdftotext and pdf.js renderings compare fairly)';

/** The input files for a gold set: seeds/*.txt for the seeds, every readable corpus/* file for dev. */
function inputFiles(shared: string, gold: GoldSet, docs: readonly string[]): string[] {
  const dirs = gold === 'seeds' ? ['seeds'] : gold === 'dev' ? ['corpus'] : ['seeds', 'corpus'];
  const files = dirs.flatMap((dir) => {
    const full = path.join(shared, dir);
    if (!existsSync(full)) throw new Error(`${full}: no such directory (set DECISION_TRAIL_SHARED to the shared evaluation directory)`);
    return dir === 'seeds' ? readableFiles(full).filter((f) => f.endsWith('.txt')) : readableFiles(full);
  });
  const wanted = new Set(docs);
  return wanted.size === 0 ? files : files.filter((f) => wanted.has(docIdOf(f)));
}

/** Loads the gold, gets the predictions (pipeline in-process, or an export file) and scores them. */
export async function runEval(options: EvalOptions): Promise<EvalResult> {
  const shared = options.shared ?? sharedDir();
  const evalDir = path.join(shared, 'eval');
  if (!existsSync(evalDir)) throw new Error(`${evalDir}: no such directory (set DECISION_TRAIL_SHARED to the shared evaluation directory)`);
  const docs = options.docs ?? [];
  const gold = loadGold(evalDir, options.gold, docs);
  let predictions: Predictions;
  let predictionsFrom: string;
  if (options.predictionsFile !== undefined) {
    predictions = readPredictionsJsonl(options.predictionsFile);
    predictionsFrom = options.predictionsFile;
  } else {
    predictions = await predictFiles(inputFiles(shared, options.gold, docs));
    predictionsFrom = 'pipeline (in-process)';
  }
  const seedDocs = new Set(existsSync(path.join(shared, 'seeds')) ? readableFiles(path.join(shared, 'seeds')).map(docIdOf) : []);
  const report = score(gold, predictions.records, publisherLookup(path.join(shared, 'corpus', 'SOURCES.tsv'), seedDocs));
  const missingInputs = predictions.docs === null ? [] : gold.docs.filter((d) => !predictions.docs!.has(d));
  return {
    gold: options.gold,
    shared,
    predictionsFrom,
    documentCount: gold.docs.length,
    tokenisation: TOKENISATION,
    failures: predictions.failures,
    missingInputs,
    ...report,
  };
}
