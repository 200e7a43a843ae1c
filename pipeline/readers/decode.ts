import type { StageWarning } from '../../schemas/document.ts';

/**
 * Windows-1252's 0x80-0x9F differ from Latin-1; Node 20's TextDecoder('windows-1252')
 * gets them wrong, so they are mapped here by hand (undefined bytes stay as U+FFFD).
 */
const CP1252_HIGH: readonly string[] = [
  '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
  '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
  '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
  '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return out;
}

export interface DecodedText {
  text: string;
  warnings: StageWarning[];
}

/** Strict UTF-8 with the BOM removed; on invalid UTF-8, Windows-1252 with a warning. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      warnings: [{ code: 'not-utf8', message: 'text is not valid UTF-8; decoded as Windows-1252' }],
    };
  }
}

/** True when bytes look like a binary file rather than text (NUL bytes, many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
