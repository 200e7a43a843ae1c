import { readFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import zlib, { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/readers/pdf.ts';
import { PATCHED_PDFJS_VERSION, workerScript } from '../../pipeline/readers/pdfjs-worker-patches.ts';

const WORKER_FILE = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const WORKER_SOURCE = readFileSync(WORKER_FILE, 'utf8');

/** A one-page PDF whose content stream is `stream`, declared FlateDecode; cross-reference offsets exact. */
function pdfWithFlateContent(stream: Uint8Array): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? new TextEncoder().encode(part) : part;
    parts.push(bytes);
    length += bytes.length;
  };
  add('%PDF-1.4\n');
  objects.forEach((body, i) => {
    offsets.push(length);
    if (body === null) {
      add(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
      add(stream);
      add('\nendstream\nendobj\n');
    } else {
      add(`${i + 1} 0 obj\n${body}\nendobj\n`);
    }
  });
  const xref = length;
  add(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CONTENT = new TextEncoder().encode('BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj 0 -16 Td (RESOLVED that the Clerk write to the Society.) Tj ET');
const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);
const TEXT = 'Minutes of the meeting\nRESOLVED that the Clerk write to the Society.';

async function textOf(pdf: Uint8Array): Promise<string> {
  const result = await readPdf(pdf);
  if (!result.ok) throw new Error(`${result.code}: ${result.reason}`);
  return result.document.text;
}

describe('pdf.js worker edits', () => {
  it('apply to the installed pdf.js and keep every line of it where it was', () => {
    const before = WORKER_SOURCE.split('\n');
    const after = workerScript(WORKER_SOURCE).split('\n');
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toBe('})');
    // The edited lines; every other line is pdf.js's as installed, at its own number.
    const changed = before.flatMap((line, i) => (after[i] === line ? [] : [i + 1]));
    expect(changed.map((n) => after[n - 1]!.trim().slice(0, 60))).toEqual([
      '(function (__dtInflateRawSync, __dtScriptUrl) { "use strict"',
      'var _scriptName = __dtScriptUrl;',
      'if (__dtInflateWhole(this)) { return; } let buffer, hdr, len',
      'return __dtTextTransform(textState.ctm, __dtTextTransform(te',
      'return { WorkerMessageHandler };',
    ]);
  });

  it('refuse another pdf.js version, or a pdf.js where an edit would not land exactly once', () => {
    const otherVersion = WORKER_SOURCE.replace(`const workerVersion = "${PATCHED_PDFJS_VERSION}";`, 'const workerVersion = "5.4.999";');
    expect(() => workerScript(otherVersion)).toThrow(/"pdf.js version" no longer applies \(its anchor occurs nowhere\)/);
    const anchor = '      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));';
    const moved = WORKER_SOURCE.replace(anchor, anchor.replace('return ', 'return  '));
    expect(() => workerScript(moved)).toThrow(/"getCurrentTextTransform uses __dtTextTransform" no longer applies/);
    const twice = `${WORKER_SOURCE}\nclass Stream extends BaseStream {\n`;
    expect(() => workerScript(twice)).toThrow(/"Stream class" no longer applies \(its anchor occurs more than once\)/);
  });

  it('read a Flate content stream through zlib', async () => {
    const stream = new Uint8Array([...ZLIB_HEADER, ...deflateRawSync(CONTENT), 0, 0, 0, 0]);
    // Counted through Node's builtin: the worker's `import { inflateRawSync } from "node:zlib"` follows it.
    const real = zlib.inflateRawSync;
    const inflated: number[] = [];
    zlib.inflateRawSync = ((buffer: Uint8Array) => {
      const out = real(buffer);
      inflated.push(out.length);
      return out;
    }) as typeof real;
    syncBuiltinESMExports();
    try {
      expect(await textOf(pdfWithFlateContent(stream))).toBe(TEXT);
    } finally {
      zlib.inflateRawSync = real;
      syncBuiltinESMExports();
    }
    expect(inflated).toEqual([CONTENT.length]);
  });

  it("fall back to pdf.js's own decoder, from the stream's start, on data zlib refuses", async () => {
    // An empty stored block with LEN = NLEN = 0: pdf.js reads past it, zlib calls it invalid.
    const lenient = new Uint8Array([...ZLIB_HEADER, 0x00, 0x00, 0x00, 0x00, 0x00, ...deflateRawSync(CONTENT), 0, 0, 0, 0]);
    expect(() => inflateRawSync(lenient.subarray(2))).toThrow(/invalid stored block lengths/);
    expect(await textOf(pdfWithFlateContent(lenient))).toBe(TEXT);
  });
});
