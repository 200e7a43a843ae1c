import { existsSync, readFileSync } from 'node:fs';

/** What the seed documents are credited to: they are all Herefordshire Council's. */
export const SEED_PUBLISHER = 'Herefordshire Council (seeds)';
export const UNKNOWN_PUBLISHER = '(unknown publisher)';

/** Document id to publisher, from corpus/SOURCES.tsv (tab-separated, with a header naming `id` and `publisher`). */
export function parseSources(tsv: string): Map<string, string> {
  const [header, ...rows] = tsv.split('\n').filter((l) => l.trim() !== '');
  const columns = (header ?? '').split('\t');
  const idColumn = columns.indexOf('id');
  const publisherColumn = columns.indexOf('publisher');
  const publishers = new Map<string, string>();
  if (idColumn === -1 || publisherColumn === -1) return publishers;
  for (const row of rows) {
    const cells = row.split('\t');
    const id = cells[idColumn]?.trim();
    const publisher = cells[publisherColumn]?.trim();
    if (id && publisher) publishers.set(id, publisher);
  }
  return publishers;
}

/** A function from document id to publisher: SOURCES.tsv for the corpus, the seed publisher for the seeds. */
export function publisherLookup(sourcesTsvPath: string, seedDocs: ReadonlySet<string>): (doc: string) => string {
  const publishers = existsSync(sourcesTsvPath) ? parseSources(readFileSync(sourcesTsvPath, 'utf8')) : new Map<string, string>();
  return (doc) => publishers.get(doc) ?? (seedDocs.has(doc) ? SEED_PUBLISHER : UNKNOWN_PUBLISHER);
}
