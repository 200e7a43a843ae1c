import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readFile, readOk } from './helpers.ts';

const BAD = path.join(FIXTURES, 'bad');

/** Every file in fixtures/bad/ and the reason code it must give (cp1252.txt reads, with a warning). */
const EXPECTED_CODES: Record<string, string> = {
  'empty.txt': 'empty',
  'binary.txt': 'binary',
  'not-a-zip.docx': 'not-docx',
  'zip-bomb.docx': 'zip-bomb',
  'no-text.html': 'no-text',
  'truncated.pdf': 'damaged',
  'encrypted.pdf': 'encrypted',
  'scanned.pdf': 'no-text-layer',
};

describe('bad inputs', () => {
  it('has an expectation for every fixture in fixtures/bad', () => {
    expect(readdirSync(BAD).sort()).toEqual([...Object.keys(EXPECTED_CODES), 'cp1252.txt'].sort());
  });

  it.each(Object.entries(EXPECTED_CODES))('%s is refused with code %s and a reason', async (file, code) => {
    const result = await readFile(path.join(BAD, file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.reason.length).toBeGreaterThan(10);
  });

  it('decodes Windows-1252 text with a warning', async () => {
    const doc = await readOk(path.join(BAD, 'cp1252.txt'));
    expect(doc.text).toContain('The “Budget” – €400 agreed.');
    expect(doc.warnings.map((w) => w.code)).toEqual(['not-utf8']);
  });
});
