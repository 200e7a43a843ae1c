import { stringify } from 'csv-stringify/sync';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { csvLine, csvLineSql } from '../../pipeline/query/csv.ts';

/** csv-stringify with the options an RFC 4180 file for Excel needs: the oracle the fast writer must equal. */
const oracle = (rows: (string | number | null)[][]): string => stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true });

describe('csvLine', () => {
  const rows: (string | number | null)[][] = [
    ['plain', 'with,comma', 'with "quotes"', 'line\nbreak', 'cr\rreturn', 'crlf\r\nboth', '"', '""', ',', ''],
    [null, 0, 12.5, -3, ' lead', 'trail ', '£2m — Café Ysgol', 'tab\there', '=SUM(A1)', "Children's"],
    ['end"', '"start', 'a""b', '\n', '\r\n', 'emoji 🏛️', 'Ω', 'semi;colon', '\'single\'', 'back\\slash'],
  ];

  it('writes exactly what csv-stringify writes, for every awkward cell', () => {
    expect(rows.map(csvLine).join('')).toBe(oracle(rows));
  });

  it('matches csv-stringify on generated cells', () => {
    const alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', '£', 'é', '—', '0', ';', '\t'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const generated = Array.from({ length: 300 }, () =>
      Array.from({ length: 6 }, () => Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('')),
    );
    expect(generated.map(csvLine).join('')).toBe(oracle(generated));
  });
});

describe('csvLineSql: lines SQLite builds', () => {
  // Column kinds as the export uses them: free text, plain (ids, dates), a flag, a number.
  const columns = [
    { sql: 'a', kind: 'text' }, { sql: 'b', kind: 'plain' }, { sql: 'c', kind: 'flag' }, { sql: 'd', kind: 'number' }, { sql: 'e', kind: 'text' },
  ] as const;
  const awkward = ['plain', 'with,comma', 'with "quotes"', 'line\nbreak', 'cr\rreturn', 'crlf\r\nboth', '"', '""', ',', '', ' lead',
    'trail ', '£2m — Café Ysgol', 'tab\there', '=SUM(A1)', "Children's", 'end"', '"start', 'emoji 🏛️', 'back\\slash', null];

  /** csv-stringify, asked to quote the free-text columns (csv-stringify's own per-field option). */
  const quotedOracle = (rows: (string | number | boolean | null)[][]): string =>
    stringify(rows, {
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      cast: {
        string: (value, context) => (context.index === 0 || context.index === 4 ? { value, quoted: true } : value),
        boolean: (value) => String(value),
      },
    });

  it('writes what csv-stringify writes with the free-text columns quoted', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a TEXT, b TEXT, c INTEGER, d INTEGER, e TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?)');
    const rows: (string | number | boolean | null)[][] = [];
    awkward.forEach((text, i) => {
      const flag = i % 3 === 0 ? 1 : i % 3 === 1 ? 0 : null;
      const plain = i % 4 === 0 ? null : `2024-01-${String(10 + (i % 20)).padStart(2, '0')}`;
      insert.run(text, plain, flag, i * 7, awkward[awkward.length - 1 - i]);
      rows.push([text, plain, flag === null ? null : flag === 1, i * 7, awkward[awkward.length - 1 - i]!]);
    });
    const lines = db.prepare(`SELECT ${csvLineSql(columns)} FROM t ORDER BY rowid`).pluck().all() as string[];
    db.close();
    expect(lines.map((l) => `${l}\r\n`).join('')).toBe(quotedOracle(rows));
  });
});
