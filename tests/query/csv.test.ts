import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../pipeline/query/csv.ts';

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
