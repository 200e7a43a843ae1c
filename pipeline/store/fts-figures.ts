import type Database from 'better-sqlite3';

/**
 * Figures FTS5 keeps about records_fts, read directly: the index's row count and total length, a row's
 * length, and the tokens a piece of text becomes. bm25 is made of these (store/bm25.ts).
 */

/** Rows in the full-text index and their average length in tokens (bm25's N and avgdl). */
export interface IndexTotals {
  rows: number;
  averageTokens: number;
}

/**
 * FTS5's "averages" record (rowid 1 of its %_data table): the row count, then each column's total
 * tokens, as SQLite varints. Reading it costs one lookup, where counting would read the whole index.
 */
export function indexTotals(db: Database.Database): IndexTotals {
  const block = db.prepare<[], Buffer>('SELECT block FROM records_fts_data WHERE id = 1').pluck().get();
  if (block === undefined) return { rows: 0, averageTokens: 0 };
  const values = readVarints(block);
  const rows = values[0] ?? 0;
  const tokens = values.slice(1).reduce((sum, n) => sum + n, 0);
  return { rows, averageTokens: rows === 0 ? 0 : tokens / rows };
}

/** A row's length in tokens over all columns (its %_docsize entry: one varint a column). */
export function rowTokens(db: Database.Database): (rowid: number) => number | null {
  const stmt = db.prepare<[number], Buffer>('SELECT sz FROM records_fts_docsize WHERE id = ?').pluck();
  return (rowid) => {
    const sizes = stmt.get(rowid);
    return sizes === undefined ? null : readVarints(sizes).reduce((sum, n) => sum + n, 0);
  };
}

/**
 * SQLite's varints (as FTS5 writes them): big-endian groups of seven bits, the high bit saying more
 * follow; a ninth byte gives all eight bits. Numbers here stay far below 2^53.
 */
export function readVarints(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    let value = 0;
    let n = 0;
    for (;;) {
      const byte = bytes[i++]!;
      if (n === 8) {
        value = value * 256 + byte;
        break;
      }
      value = value * 128 + (byte & 0x7f);
      n++;
      if ((byte & 0x80) === 0 || i >= bytes.length) break;
    }
    out.push(value);
  }
  return out;
}

/**
 * The tokens records_fts would make of `text` (its tokenizer: porter over unicode61), found by FTS5
 * itself in a temporary table of the same set-up on this connection, so that they are exactly the
 * index's. The temporary tables live in the connection's temp schema, so a read-only connection can
 * use them too.
 */
export function indexTokenizer(db: Database.Database): (text: string) => string[] {
  const made = tokenizers.get(db);
  if (made !== undefined) return made;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.decision_trail_tokens USING fts5(text, tokenize = 'porter');
           CREATE VIRTUAL TABLE IF NOT EXISTS temp.decision_trail_tokens_out USING fts5vocab(temp, decision_trail_tokens, instance);`);
  const clear = db.prepare('DELETE FROM temp.decision_trail_tokens');
  const add = db.prepare<[string]>('INSERT INTO temp.decision_trail_tokens (text) VALUES (?)');
  const read = db.prepare<[], string>('SELECT term FROM temp.decision_trail_tokens_out ORDER BY "offset"').pluck();
  const tokenize = (text: string): string[] => {
    clear.run();
    add.run(text);
    const tokens = read.all();
    clear.run();
    return tokens;
  };
  tokenizers.set(db, tokenize);
  return tokenize;
}

/** One tokenizer a connection (its statements are prepared once). */
const tokenizers = new WeakMap<Database.Database, (text: string) => string[]>();
