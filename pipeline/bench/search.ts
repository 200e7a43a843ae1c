import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordFilters } from '../query/filters.ts';
import { openForReading } from '../query/open.ts';
import { searchRecords } from '../query/search.ts';
import { migrate } from '../store/db.ts';
import { compactSearchIndex, searchIndexSegments } from '../store/search-index.ts';
import { leaderState, refreshSearchLeaders } from '../store/search-leaders.ts';

/**
 * The search and export benchmark: a database of (by default) one million corpus-like records in a
 * temp dir, then search latency over a fixed query set and a full CSV export in a child process
 * (its rows/s and peak RSS). Called by `npm run bench`; the figures are reported, never asserted.
 */
export interface SearchBenchOptions {
  /** How many records to generate. */
  records?: number;
  /** Where the eval texts and gold lines are (gold-*.jsonl, text/*.txt); default ../shared/eval beside the repo. */
  evalDir?: string;
  /** Where to build the database; default a new temp dir, removed afterwards unless keep. */
  dir?: string;
  keep?: boolean;
  /** Timed runs of each query (after one warm-up run). */
  repeats?: number;
  /** Time an existing bench database (from buildBenchDatabase) instead of building one; it is left in place. */
  dbPath?: string;
  /** Progress lines; default stderr. */
  log?: (line: string) => void;
  /** Deterministic generation. */
  seed?: number;
}

export interface QueryTiming {
  query: string;
  filters: RecordFilters;
  hits: number;
  medianMs: number;
}

export interface SearchBenchResult {
  records: number;
  documents: number;
  /** Segments of the full-text index: 1 as an import leaves it; more in a database built otherwise (slower to search). */
  indexSegments: number;
  /** Words with search leaders (one-word searches answered from them): 0 in a database built before them. */
  leaderTerms: number;
  dbBytes: number;
  buildSeconds: number;
  /** Wall-clock figures are the targets' measure; CPU figures show what the busy machine's waiting hides. */
  search: { queries: number; samples: number; medianMs: number; p95Ms: number; cpuMedianMs: number; cpuP95Ms: number; maxMs: number; slowest: QueryTiming[]; perQuery: QueryTiming[] };
  export: { rows: number; seconds: number; rowsPerSecond: number; cpuSeconds: number; rowsPerCpuSecond: number; peakRssMb: number; outBytes: number };
  /** The machine's 1-minute load average when the timings ended: figures on a shared, busy machine are slower. */
  loadAverage: number;
  cpus: number;
  targets: { searchMedianMs: number; searchP95Ms: number; exportRowsPerSecond: number; exportPeakRssMb: number };
  met: { searchMedian: boolean; searchP95: boolean; exportRate: boolean; exportRss: boolean };
}

export const SEARCH_BENCH_TARGETS = { searchMedianMs: 10, searchP95Ms: 50, exportRowsPerSecond: 200_000, exportPeakRssMb: 200 };

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RECORDS_PER_DOCUMENT = 20;
const INSERT_BATCH = 50_000;

const BODIES = [
  'Cabinet', 'Council', 'County Council', 'Planning Committee', 'Planning Sub-Committee', 'Licensing Committee',
  'Licensing Sub-Committee', 'Audit and Governance Committee', "Children's Services Scrutiny Committee",
  'Adult Social Care Scrutiny Committee', 'Health and Well-being Board', 'Corporate Parenting Panel',
  'Cabinet Member for Finance', 'Cabinet Member for Highways and Transport', 'Cabinet Member for Integrated Children’s Services',
  'Overview and Scrutiny Management Board', 'Pensions Committee', 'Standards Committee', 'Employment Committee',
  'Selection and Member Services Committee', 'Amenities, Leisure and Community Services Committee', 'Des Moines City Council',
  'Stoke Ferry Parish Council', 'Wereham Parish Council', 'Township of Nipissing Council', 'Portland City Council',
  'Limerick City and County Council', 'Royal Sutton Coldfield Town Council', 'Boughton Parish Council', 'Burton-cum-Walden Parish Council',
];
const KINDS = ['decision', 'resolution', 'recommendation', 'action'] as const;
const STATUSES = [null, 'Recommendations Approved', 'Approved', 'Deferred', 'For Determination', 'Noted'];

/** The fixed query set: words, phrases, prefixes, OR, exclusions, punctuation, with and without filters. */
export const BENCH_QUERIES: { query: string; filters: RecordFilters }[] = [
  { query: 'library', filters: {} },
  { query: 'budget', filters: {} },
  { query: 'parking charges', filters: {} },
  { query: '"capital programme"', filters: {} },
  { query: '"minutes of the meeting"', filters: {} },
  { query: 'consult*', filters: {} },
  { query: 'decid*', filters: {} },
  { query: 'playground OR allotment', filters: {} },
  { query: 'school OR academy OR nursery', filters: {} },
  { query: 'highways -maintenance', filters: {} },
  { query: 'planning application refused', filters: {} },
  { query: 'R2023-123', filters: {} },
  { query: '£2m', filters: {} },
  { query: "Children's services", filters: {} },
  { query: 'overspend revenue', filters: {} },
  { query: 'reports', filters: {} },
  { query: 'councillor resign*', filters: {} },
  { query: 'grant funding', filters: { body: 'cabinet' } },
  { query: 'budget', filters: { from: '2024-01-01', to: '2024-12-31' } },
  { query: 'approve', filters: { kinds: ['decision'] } },
  { query: 'approve', filters: { keyDecision: true, callIn: true } },
  { query: 'housing', filters: { body: 'council', from: '2020-01-01' } },
  { query: 'contract award*', filters: { kinds: ['decision', 'resolution'], to: '2019-12-31' } },
  { query: '"local plan"', filters: { body: 'planning' } },
  { query: 'tree OR hedge', filters: { procedural: false } },
  { query: 'policy', filters: { allVersions: true } },
  { query: 'minutes', filters: { docs: ['doc-001234'] } },
  { query: 'audit', filters: { status: 'approved' } },
  { query: 'recommend*', filters: { kinds: ['recommendation'], from: '2023-01-01', to: '2023-06-30' } },
  { query: '', filters: { body: 'licensing', kinds: ['action'] } },
];

/** A small deterministic PRNG (mulberry32): the same seed builds the same database. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Clause-like texts from the eval material: every gold span located in its reference text (from its
 * start string to its end string), plus the sentences of all reference texts.
 */
export function corpusTexts(evalDir: string): string[] {
  const textDir = path.join(evalDir, 'text');
  if (!existsSync(textDir)) throw new Error(`search bench: no eval texts at ${textDir} (pass evalDir)`);
  const texts = new Map<string, string>();
  for (const file of readdirSync(textDir)) if (file.endsWith('.txt')) texts.set(file.slice(0, -4), readFileSync(path.join(textDir, file), 'utf8'));
  const out: string[] = [];
  for (const file of readdirSync(evalDir)) {
    if (!/^gold-.*\.jsonl$/u.test(file)) continue;
    for (const line of readFileSync(path.join(evalDir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const gold = JSON.parse(line) as { doc: string; start?: unknown; end?: unknown };
      if (typeof gold.start !== 'string' || typeof gold.end !== 'string' || gold.start === '') continue;
      const text = texts.get(gold.doc);
      const from = text?.indexOf(gold.start) ?? -1;
      const to = from < 0 ? -1 : text!.indexOf(gold.end, from);
      if (from >= 0 && to >= 0 && to + gold.end.length - from < 4000) out.push(text!.slice(from, to + (gold.end as string).length));
      else out.push(gold.start === gold.end ? gold.start : `${gold.start} … ${gold.end}`);
    }
  }
  for (const text of texts.values()) {
    for (const sentence of text.replace(/\s+/gu, ' ').split(/(?<=[.;:])\s+(?=[A-Z(])/u)) {
      const s = sentence.trim();
      if (s.length >= 30 && s.length <= 600 && /[a-z]{3}/u.test(s)) out.push(s);
    }
  }
  if (out.length === 0) throw new Error(`search bench: found no texts in ${evalDir}`);
  return out;
}

function isoDate(rand: () => number): string {
  const start = Date.UTC(2015, 0, 1);
  const end = Date.UTC(2025, 11, 31);
  return new Date(start + Math.floor(rand() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;
const flag = (rand: () => number): number | null => (rand() < 0.3 ? null : rand() < 0.4 ? 1 : 0);

/** Builds the benchmark database: documents of ~20 records, texts from the corpus with varied references. */
export function buildBenchDatabase(dbPath: string, count: number, texts: readonly string[], seed: number, log: (line: string) => void): void {
  const rand = prng(seed);
  const db = new Database(dbPath);
  // A throwaway database: no journal, no fsync; the schema comes from the real migrations.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  migrate(db);
  const insertDoc = db.prepare(
    `INSERT INTO documents (id, sha256, path, name, format, bytes, pages, chars, title, body, date, doc_type, meta_json, imported_at, superseded_by)
     VALUES (?, ?, ?, ?, 'pdf', 100000, 12, 40000, ?, ?, ?, 'minutes', '{}', '2026-01-01T00:00:00Z', NULL)`,
  );
  const supersede = db.prepare("UPDATE documents SET superseded_by = ?, superseded_at = '2026-01-02T00:00:00Z' WHERE id = ?");
  const insertRecord = db.prepare(
    `INSERT INTO records (id, document_id, kind, label, text, body, date, status, key_decision, call_in, procedural,
                          actor, due, parent, page, start, "end", quote, content_hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const started = Date.now();
  let written = 0;
  let docId = 0;
  while (written < count) {
    db.transaction(() => {
      const batchEnd = Math.min(count, written + INSERT_BATCH);
      while (written < batchEnd) {
        docId++;
        const body = pick(BODIES, rand);
        const date = isoDate(rand);
        const name = `doc-${String(docId).padStart(6, '0')}`;
        insertDoc.run(docId, docId.toString(16).padStart(64, '0'), `/papers/${body.replace(/\W+/gu, '-')}/${name}.pdf`, name, `${body} ${date}`, body, date);
        // 1% of documents replace the one before: that one becomes a superseded version.
        if (docId > 1 && rand() < 0.01) supersede.run(docId, docId - 1);
        let offset = 0;
        for (let i = 0; i < RECORDS_PER_DOCUMENT && written < batchEnd; i++, written++) {
          let text = pick(texts, rand);
          if (rand() < 0.25) text = `${text} (ref R${2015 + Math.floor(rand() * 11)}-${Math.floor(rand() * 1000)}, £${Math.floor(rand() * 50)}m)`;
          const kind = pick(KINDS, rand);
          const start = offset;
          offset += text.length + 2;
          insertRecord.run(
            written.toString(16).padStart(16, '0'), docId, kind, rand() < 0.7 ? `${i + 1}.` : null, text, body, date,
            pick(STATUSES, rand), flag(rand), flag(rand), rand() < 0.1 ? 1 : 0,
            kind === 'action' ? 'The Director' : null, kind === 'action' ? isoDate(rand) : null, kind === 'action' ? '1.' : null,
            1 + Math.floor(i / 4), start, start + text.length, text, written.toString(16).padStart(64, '0'),
          );
        }
      }
    })();
    log(`  search bench: ${written.toLocaleString('en-GB')} records written (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  // As an import run leaves it (pipeline/import/run-import.ts): the full-text index in one segment,
  // and the search leaders built.
  compactSearchIndex(db);
  const leadersStarted = Date.now();
  const leaders = refreshSearchLeaders(db);
  if (leaders !== null) log(`  search bench: leaders for ${leaders.terms} frequent words (${((Date.now() - leadersStarted) / 1000).toFixed(0)} s)`);
  db.exec('ANALYZE');
  db.close();
}

/** Words with search leaders in a current state (none in a database made before migration 040). */
function leaderTermCount(db: Database.Database): number {
  if (leaderState(db) === null) return 0;
  return db.prepare<[], number>('SELECT count(*) FROM search_leader_terms').pluck().get() ?? 0;
}

function countRows(dbPath: string): { records: number; documents: number; indexSegments: number; leaderTerms: number } {
  const db = openForReading(dbPath);
  try {
    return {
      records: db.prepare<[], number>('SELECT count(*) FROM records').pluck().get()!,
      documents: db.prepare<[], number>('SELECT count(*) FROM documents').pluck().get()!,
      indexSegments: searchIndexSegments(db),
      leaderTerms: leaderTermCount(db),
    };
  } finally {
    db.close();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Times every bench query through the same function `decision-trail search` calls. */
function timeSearches(dbPath: string, repeats: number): SearchBenchResult['search'] {
  const db = openForReading(dbPath, { mapped: true }); // as `decision-trail search` opens it
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const perQuery: QueryTiming[] = [];
  try {
    for (const { query, filters } of BENCH_QUERIES) {
      const hits = searchRecords(db, query, { filters, limit: 20 }).hits.length; // warm-up
      const times: number[] = [];
      for (let i = 0; i < repeats; i++) {
        const t0 = process.hrtime.bigint();
        const c0 = process.cpuUsage();
        searchRecords(db, query, { filters, limit: 20 });
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        const cpu = process.cpuUsage(c0);
        cpuSamples.push((cpu.user + cpu.system) / 1000);
      }
      samples.push(...times);
      times.sort((a, b) => a - b);
      perQuery.push({ query, filters, hits, medianMs: round(percentile(times, 50)) });
    }
  } finally {
    db.close();
  }
  samples.sort((a, b) => a - b);
  cpuSamples.sort((a, b) => a - b);
  return {
    cpuMedianMs: round(percentile(cpuSamples, 50)),
    cpuP95Ms: round(percentile(cpuSamples, 95)),
    queries: BENCH_QUERIES.length,
    samples: samples.length,
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(samples.at(-1) ?? 0),
    slowest: [...perQuery].sort((a, b) => b.medianMs - a.medianMs).slice(0, 5),
    perQuery,
  };
}

/**
 * Runs the real `decision-trail export --format csv --out FILE` (bin.mjs, as a user would) in a child
 * process, timed from outside, with its peak RSS (VmHWM, worker threads included) and CPU time
 * sampled from /proc while it runs. A `--help` run first builds the CLI bundle, so the timing does not.
 */
async function timeExport(dbPath: string, outPath: string): Promise<{ rows: number; seconds: number; cpuSeconds: number; peakRssMb: number }> {
  const bin = path.join(REPO_ROOT, 'pipeline', 'cli', 'bin.mjs');
  await new Promise<void>((resolve, reject) => {
    const warm = spawn(process.execPath, [bin, 'export', '--help'], { stdio: 'ignore' });
    warm.on('error', reject);
    warm.on('close', () => resolve());
  });
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'export', '--db', dbPath, '--format', 'csv', '--out', outPath], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakKb = 0;
    let cpuTicks = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const sampler = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
        // utime and stime are fields 14 and 15 of /proc/PID/stat, after the parenthesised command name.
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        cpuTicks = Math.max(cpuTicks, Number(fields[11] ?? 0) + Number(fields[12] ?? 0));
      } catch {
        // the process has just ended
      }
    }, 25);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (status !== 0) {
        reject(new Error(`export exited ${status}: ${stderr.trim()}`));
        return;
      }
      const rows = Number(/(\d+) records? written/u.exec(stderr)?.[1] ?? 0);
      // Clock ticks are 1/100 s on Linux (getconf CLK_TCK); the last sample misses at most 25 ms of CPU.
      resolve({ rows, seconds, cpuSeconds: cpuTicks / 100, peakRssMb: peakKb / 1024 });
    });
  });
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const count = options.records ?? 1_000_000;
  // Kept only when the caller chose the folder or asked to keep it; a given dbPath is never removed.
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const evalDir = options.evalDir ?? path.resolve(REPO_ROOT, '../shared/eval');
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'dt-search-bench-'));
  const dbPath = options.dbPath ?? path.join(dir, 'bench.sqlite');
  const outPath = path.join(dir, 'export.csv');
  try {
    let buildSeconds = 0;
    if (options.dbPath === undefined) {
      rmSync(dbPath, { force: true });
      const texts = corpusTexts(evalDir);
      log(`search bench: building ${count.toLocaleString('en-GB')} records from ${texts.length} corpus texts in ${dir}`);
      const t0 = Date.now();
      buildBenchDatabase(dbPath, count, texts, options.seed ?? 20260127, log);
      buildSeconds = (Date.now() - t0) / 1000;
      log(`search bench: built in ${buildSeconds.toFixed(1)} s`);
    }
    const { records, documents, indexSegments, leaderTerms } = countRows(dbPath);
    log(`search bench: timing ${BENCH_QUERIES.length} queries on ${records.toLocaleString('en-GB')} records`);
    const search = timeSearches(dbPath, options.repeats ?? 5);
    log('search bench: exporting every current record as CSV in a child process');
    const exported = await timeExport(dbPath, outPath);
    const exportResult = {
      rows: exported.rows,
      seconds: round(exported.seconds),
      rowsPerSecond: Math.round(exported.rows / exported.seconds),
      cpuSeconds: round(exported.cpuSeconds),
      rowsPerCpuSecond: Math.round(exported.rows / exported.cpuSeconds),
      peakRssMb: round(exported.peakRssMb, 1),
      outBytes: statSync(outPath).size,
    };
    const targets = SEARCH_BENCH_TARGETS;
    const result: SearchBenchResult = {
      loadAverage: round(os.loadavg()[0] ?? 0, 1),
      cpus: os.cpus().length,
      records,
      documents,
      indexSegments,
      leaderTerms,
      dbBytes: statSync(dbPath).size,
      buildSeconds: round(buildSeconds, 1),
      search,
      export: exportResult,
      targets,
      met: {
        searchMedian: search.medianMs < targets.searchMedianMs,
        searchP95: search.p95Ms < targets.searchP95Ms,
        exportRate: exportResult.rowsPerSecond > targets.exportRowsPerSecond,
        exportRss: exportResult.peakRssMb < targets.exportPeakRssMb,
      },
    };
    log(formatSearchBench(result));
    return result;
  } finally {
    if (!options.keep && options.dir === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/** The result as a few lines for the bench report. */
export function formatSearchBench(r: SearchBenchResult): string {
  const ok = (met: boolean) => (met ? 'ok' : 'MISSED');
  return [
    `search/export bench: ${r.records.toLocaleString('en-GB')} records in ${r.documents.toLocaleString('en-GB')} documents, ${(r.dbBytes / 1e6).toFixed(0)} MB, full-text index in ${r.indexSegments} segment${r.indexSegments === 1 ? '' : 's'}, leaders for ${r.leaderTerms} words, ${r.buildSeconds > 0 ? `built in ${r.buildSeconds} s` : 'an existing database'}`,
    `  search: median ${r.search.medianMs} ms (target < ${r.targets.searchMedianMs}: ${ok(r.met.searchMedian)}), p95 ${r.search.p95Ms} ms (target < ${r.targets.searchP95Ms}: ${ok(r.met.searchP95)}), max ${r.search.maxMs} ms over ${r.search.samples} runs of ${r.search.queries} queries; CPU time median ${r.search.cpuMedianMs} ms, p95 ${r.search.cpuP95Ms} ms`,
    `  slowest: ${r.search.slowest.map((q) => `${JSON.stringify(q.query)}${Object.keys(q.filters).length > 0 ? ` ${JSON.stringify(q.filters)}` : ''} ${q.medianMs} ms`).join('; ')}`,
    `  export csv: ${r.export.rows.toLocaleString('en-GB')} rows in ${r.export.seconds} s = ${r.export.rowsPerSecond.toLocaleString('en-GB')} rows/s (target > ${r.targets.exportRowsPerSecond.toLocaleString('en-GB')}: ${ok(r.met.exportRate)}; ${r.export.rowsPerCpuSecond.toLocaleString('en-GB')} rows per CPU second), peak RSS ${r.export.peakRssMb} MB (target < ${r.targets.exportPeakRssMb}: ${ok(r.met.exportRss)}), ${(r.export.outBytes / 1e6).toFixed(0)} MB written`,
    `  machine: ${r.cpus} CPUs, load average ${r.loadAverage} at the end`,
  ].join('\n');
}
