import cliProgress from 'cli-progress';
import path from 'node:path';

/** Where an import tells how far it has got. The import calls it; what it shows is up to the sink. */
export interface ProgressSink {
  start(total: number): void;
  tick(done: number, currentFile: string): void;
  stop(): void;
}

export const silentProgress: ProgressSink = { start() {}, tick() {}, stop() {} };

/** A live bar on a terminal; periodic plain lines otherwise (logs, CI, pipes). */
export function progressFor(stream: NodeJS.WriteStream, cwd: string = process.cwd()): ProgressSink {
  return stream.isTTY ? new BarProgress(stream, cwd) : new LineProgress(stream, cwd);
}

class BarProgress implements ProgressSink {
  private readonly bar: cliProgress.SingleBar;
  private readonly cwd: string;
  private startedAt = 0;

  constructor(stream: NodeJS.WriteStream, cwd: string) {
    this.cwd = cwd;
    this.bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'importing {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {file}',
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
        fps: 8,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.startedAt = performance.now();
    this.bar.start(total, 0, { rate: '0.0', file: '' });
  }

  tick(done: number, currentFile: string): void {
    const seconds = (performance.now() - this.startedAt) / 1000;
    this.bar.update(done, { rate: (done / Math.max(seconds, 0.001)).toFixed(1), file: shorten(displayPath(currentFile, this.cwd), 40) });
  }

  stop(): void {
    this.bar.stop();
  }
}

/** Without a terminal: a line every 2 s or every 100 files, whichever comes first, and one at the end. */
class LineProgress implements ProgressSink {
  private readonly stream: NodeJS.WriteStream;
  private readonly cwd: string;
  private total = 0;
  private done = 0;
  private startedAt = 0;
  private lastLineAt = 0;
  private lastLineDone = 0;

  constructor(stream: NodeJS.WriteStream, cwd: string) {
    this.stream = stream;
    this.cwd = cwd;
  }

  start(total: number): void {
    this.total = total;
    this.startedAt = this.lastLineAt = performance.now();
  }

  tick(done: number, currentFile: string): void {
    this.done = done;
    const now = performance.now();
    if (now - this.lastLineAt >= 2000 || done - this.lastLineDone >= 100) this.line(now, displayPath(currentFile, this.cwd));
  }

  stop(): void {
    if (this.done > this.lastLineDone) this.line(performance.now(), null);
  }

  private line(now: number, file: string | null): void {
    this.lastLineAt = now;
    this.lastLineDone = this.done;
    const seconds = (now - this.startedAt) / 1000;
    const rate = this.done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? Math.round((this.total - this.done) / rate) : 0;
    this.stream.write(`importing: ${this.done}/${this.total} files, ${rate.toFixed(1)} files/s, ETA ${eta} s${file ? `, ${file}` : ''}\n`);
  }
}

/** A path as a person would type it: relative to the current folder when it is inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
