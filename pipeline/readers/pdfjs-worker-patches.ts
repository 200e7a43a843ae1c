/**
 * Two edits to the source of pdf.js's worker module (pdfjs-dist/legacy/build/pdf.worker.mjs), made
 * as it loads (pipeline/readers/pdfjs.ts). Neither changes a byte of what pdf.js extracts (checked:
 * the text, pages, blocks and failure reasons of every PDF in the corpus, seeds and fixtures are
 * identical). Measured on those PDFs, both workers in one thread taking turns file by file: a
 * fifth less CPU time once pdf.js is warm, a tenth less on a thread's first pass over them.
 * The edited module runs as a script (see `workerScript`), so two more edits turn its two pieces of
 * module syntax into a script's.
 *
 * 1. Text positions. Every glyph's position goes through `Util.transform` twice (in the closure
 *    `getCurrentTextTransform` of `getTextContent`). `Util.transform` is shared by all of pdf.js and
 *    sees plain arrays, number arrays and Float32Arrays, so V8 compiles it for any kind of array (a
 *    megamorphic load for each of its 24 element reads): profiled, 12 % of the time spent reading
 *    PDFs went in that one function. The text layer now calls its own copy, the same expression
 *    term for term (so the same rounding, the same numbers), which sees only the text layer's arrays.
 *
 * 2. Flate streams (content streams, fonts, object streams) are decoded by pdf.js in JavaScript, a
 *    block at a time, as they are read: 7 % of the time, profiled. A FlateStream over bytes in
 *    memory (pdf.js's `Stream`) now first tries Node's zlib on the whole stream. When zlib decodes
 *    it without complaint, the bytes are those pdf.js's decoder would produce: both implement
 *    RFC 1951, and zlib is the stricter of the two (it refuses over-subscribed and incomplete codes,
 *    distances too far back, bad stored lengths and a stream cut short, all of which pdf.js would
 *    decode its own way). The buffer is grown by pdf.js's own `ensureBuffer`, so even its capacity
 *    is what pdf.js's decoder leaves. When zlib refuses (a damaged PDF), the stream is left exactly
 *    as it was and pdf.js decodes it as before, recovering whatever it recovers. Neither looks at
 *    what follows the deflate data (the zlib trailer's checksum is checked by neither). A stream
 *    over another decoder (an encrypted PDF's, a chain of filters) is left to pdf.js: reading that
 *    decoder whole could raise its error earlier than pdf.js would.
 *
 * A pdf.js upgrade must fail loudly rather than quietly lose an edit or apply it to code that now
 * means something else: each edit's anchor, and each piece of pdf.js the edits rely on, must appear
 * exactly once, and the worker must be the version the edits were written against. Any miss throws,
 * so every PDF fails to read (and the reader tests fail) until someone looks at the new pdf.js.
 */

/** The pdf.js version these edits were written and checked against (byte-identical text on the corpus). */
export const PATCHED_PDFJS_VERSION = '5.4.296';

interface SourceEdit {
  name: string;
  /** Text that must occur exactly once in the worker's source. */
  anchor: string;
  /** What the anchor becomes; absent for a piece of pdf.js that is only required to be unchanged. */
  replacement?: string;
}

/** Names this file adds to the worker module's top level; pdf.js must not use them already. */
const ADDED_NAMES = ['__dtTextTransform', '__dtInflateRawSync', '__dtScriptUrl', '__dtInflateTried', '__dtInflateWhole'];

/** `Util.transform`'s body in pdf.js, and so its copy's: a 2-D affine matrix product, six terms. */
const TRANSFORM_BODY =
  'return [m1[0] * m2[0] + m1[2] * m2[1], m1[1] * m2[0] + m1[3] * m2[1], m1[0] * m2[2] + m1[2] * m2[3], m1[1] * m2[2] + m1[3] * m2[3], m1[0] * m2[4] + m1[2] * m2[5] + m1[4], m1[1] * m2[4] + m1[3] * m2[5] + m1[5]];';

/**
 * The worker as a script: a function of zlib's `inflateRawSync` and the worker file's URL, returning
 * what the module exported. Its head is all on the module's first line, so that every line of pdf.js
 * keeps its number (a stack trace points at the installed file's line). "use strict" keeps module
 * semantics. `__dtTextTransform` is `Util.transform`'s body, term for term. `__dtInflateWhole`
 * refers to pdf.js's own `Stream` class, declared later in the same function; it is only called once
 * the worker has run.
 */
const SCRIPT_HEAD = [
  '(function (__dtInflateRawSync, __dtScriptUrl) {',
  '"use strict";',
  'function __dtTextTransform(m1, m2) {',
  `  ${TRANSFORM_BODY}`,
  '}',
  'const __dtInflateTried = new WeakSet();',
  // Once per FlateStream, before it has decoded anything: zlib over the rest of the stream's bytes.
  'function __dtInflateWhole(flate) {',
  '  if (__dtInflateTried.has(flate)) { return false; }',
  '  __dtInflateTried.add(flate);',
  '  const str = flate.str;',
  '  if (!(str instanceof Stream) || flate.bufferLength !== 0 || flate.codeSize !== 0) { return false; }',
  '  const start = str.pos;',
  '  let data;',
  '  try { data = __dtInflateRawSync(str.getBytes()); } catch { data = null; }',
  '  str.pos = start;',
  '  if (data === null) { return false; }',
  '  flate.ensureBuffer(data.length).set(data);',
  '  flate.bufferLength = data.length;',
  '  flate.eof = true;',
  '  return true;',
  '}',
].join(' ');

const EDITS: readonly SourceEdit[] = [
  { name: 'pdf.js version', anchor: `const workerVersion = "${PATCHED_PDFJS_VERSION}";` },
  {
    name: 'Util.transform, copied as __dtTextTransform',
    anchor: `  static transform(m1, m2) {
    ${TRANSFORM_BODY}
  }`,
  },
  {
    name: 'getCurrentTextTransform uses __dtTextTransform',
    anchor: `      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));
    }
    function ensureTextContentItem() {`,
    replacement: `      return __dtTextTransform(textState.ctm, __dtTextTransform(textState.textMatrix, tsm));
    }
    function ensureTextContentItem() {`,
  },
  // What __dtInflateWhole relies on: the class it tests for, how a Stream reads, and the state a
  // DecodeStream and a FlateStream keep (buffer growth, fill level, end, bit buffer).
  { name: 'Stream class', anchor: '\nclass Stream extends BaseStream {\n' },
  {
    name: 'Stream.getBytes',
    anchor: `  getBytes(length) {
    const bytes = this.bytes;
    const pos = this.pos;
    const strEnd = this.end;
    if (!length) {
      return bytes.subarray(pos, strEnd);
    }`,
  },
  {
    name: 'DecodeStream.ensureBuffer',
    anchor: `  ensureBuffer(requested) {
    const buffer = this.buffer;
    if (requested <= buffer.byteLength) {
      return buffer;
    }
    let size = this.minBufferLength;
    while (size < requested) {
      size *= 2;
    }
    const buffer2 = new Uint8Array(size);
    buffer2.set(buffer);
    return this.buffer = buffer2;
  }`,
  },
  {
    name: 'FlateStream constructor',
    anchor: `class FlateStream extends DecodeStream {
  constructor(str, maybeLength) {
    super(maybeLength);
    this.str = str;
    this.dict = str.dict;
    const cmf = str.getByte();
    const flg = str.getByte();`,
  },
  {
    name: "OpenJPEG's script URL (a script has no import.meta)",
    // Spelled in two pieces: the CLI's bundler (pipeline/cli/bundle.mjs) rewrites every
    // `import.meta.url` in our sources into the source file's URL, this string's text included.
    anchor: `  var _scriptName = ${['import', 'meta', 'url'].join('.')};\n`,
    replacement: '  var _scriptName = __dtScriptUrl;\n',
  },
  {
    name: 'the export becomes the return value',
    anchor: '\nexport { WorkerMessageHandler };\n',
    replacement: '\nreturn { WorkerMessageHandler };\n',
  },
  {
    name: 'FlateStream.readBlock tries zlib first',
    anchor: `  readBlock() {
    let buffer, hdr, len;
    const str = this.str;
    try {
      hdr = this.getBits(3);`,
    replacement: `  readBlock() {
    if (__dtInflateWhole(this)) { return; } let buffer, hdr, len;
    const str = this.str;
    try {
      hdr = this.getBits(3);`,
  },
];

/**
 * The worker module's source, edited, as the source of a function expression
 * `(inflateRawSync, workerFileUrl) => ({ WorkerMessageHandler })`; throws if any edit does not apply
 * exactly.
 */
export function workerScript(source: string): string {
  for (const name of ADDED_NAMES) {
    if (source.includes(name)) throw new Error(`pdf.js worker already uses the name ${name}: pipeline/readers/pdfjs-worker-patches.ts needs new names`);
  }
  let patched = source;
  for (const edit of EDITS) {
    const at = patched.indexOf(edit.anchor);
    if (at === -1 || patched.indexOf(edit.anchor, at + 1) !== -1) {
      throw new Error(
        `pdf.js worker edit "${edit.name}" no longer applies (its anchor occurs ${at === -1 ? 'nowhere' : 'more than once'}): ` +
          `pdfjs-dist is not the ${PATCHED_PDFJS_VERSION} that pipeline/readers/pdfjs-worker-patches.ts was checked against`,
      );
    }
    if (edit.replacement === undefined) continue;
    // An edit keeps its anchor's line count, so that pdf.js's lines keep their numbers.
    if (edit.replacement.split('\n').length !== edit.anchor.split('\n').length) throw new Error(`pdf.js worker edit "${edit.name}" changes the number of lines`);
    // Spliced rather than String.replace, whose replacement string would give "$" a meaning.
    patched = patched.slice(0, at) + edit.replacement + patched.slice(at + edit.anchor.length);
  }
  return `${SCRIPT_HEAD}${patched}\n})`;
}
