import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Format } from '../../schemas/document.ts';
import { formatOf } from '../readers/formats.ts';

/** A file decision-trail will read. `path` is absolute, so that a file has one name whatever the cwd. */
export interface Candidate {
  path: string;
  format: Format;
}

export interface PathAndReason {
  path: string;
  reason: string;
}

export interface WalkResult {
  files: Candidate[];
  skipped: PathAndReason[];
  failed: PathAndReason[];
}

/**
 * Files, folders (recursively) and glob patterns to the files to import, in a stable order, each once.
 * Files in other formats are listed as skipped with the reason; arguments that name nothing fail.
 */
export async function collectFiles(args: readonly string[], cwd: string = process.cwd()): Promise<WalkResult> {
  const walk = new Walk();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (!(info instanceof Error)) {
      await walk.visit(absolute, info.isDirectory(), true);
    } else if (info.code === 'ENOENT' && isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: true });
      if (matches.length === 0) walk.failed.push({ path: arg, reason: 'no files match this pattern' });
      for (const match of matches.sort()) await walk.visit(path.normalize(match), false, true);
    } else {
      walk.failed.push({ path: absolute, reason: describeFsError(info) });
    }
  }
  return { files: walk.files, skipped: walk.skipped, failed: walk.failed };
}

class Walk {
  readonly files: Candidate[] = [];
  readonly skipped: PathAndReason[] = [];
  readonly failed: PathAndReason[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();

  /** `named`: the user named this path (not found inside a folder), so hidden names are taken too. */
  async visit(absolute: string, isDirectory: boolean, named: boolean): Promise<void> {
    const base = path.basename(absolute);
    if (!named && base.startsWith('.')) {
      this.skipped.push({ path: absolute, reason: isDirectory ? 'hidden folder (not searched)' : 'hidden file' });
      return;
    }
    if (isDirectory) await this.visitFolder(absolute);
    else this.visitFile(absolute);
  }

  private visitFile(absolute: string): void {
    if (this.seenFiles.has(absolute)) return;
    this.seenFiles.add(absolute);
    const format = formatOf(absolute);
    if (format) this.files.push({ path: absolute, format });
    else this.skipped.push({ path: absolute, reason: notReadReason(absolute) });
  }

  private async visitFolder(absolute: string): Promise<void> {
    // A folder reached twice (a symlink loop, or named twice) is walked once.
    const real = await realpath(absolute).catch(() => absolute);
    if (this.seenFolders.has(real)) return;
    this.seenFolders.add(real);
    let dir;
    try {
      dir = await opendir(absolute);
    } catch (error) {
      this.failed.push({ path: absolute, reason: describeFsError(error as NodeJS.ErrnoException, 'folder') });
      return;
    }
    const entries: { name: string; isDirectory: boolean }[] = [];
    for await (const entry of dir) {
      const full = path.join(absolute, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await stat(full).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) {
          this.failed.push({ path: full, reason: describeFsError(target) });
          continue;
        }
        entries.push({ name: entry.name, isDirectory: target.isDirectory() });
      } else if (entry.isDirectory() || entry.isFile()) {
        entries.push({ name: entry.name, isDirectory: entry.isDirectory() });
      } else {
        this.skipped.push({ path: full, reason: 'not a regular file (device, socket or pipe)' });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) await this.visit(path.join(absolute, entry.name), entry.isDirectory, false);
  }
}

function notReadReason(file: string): string {
  const ext = path.extname(file);
  return ext ? `not a format decision-trail reads (${ext.toLowerCase()})` : 'not a format decision-trail reads (no file extension)';
}

/** A file-system error as a person would say it. */
export function describeFsError(error: NodeJS.ErrnoException, what: 'file' | 'folder' = 'file'): string {
  switch (error.code) {
    case 'ENOENT':
      return `cannot read ${what}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `cannot read ${what}: permission denied`;
    case 'EISDIR':
      return `cannot read ${what}: it is a folder`;
    case 'ELOOP':
      return `cannot read ${what}: too many symbolic links (a link loop)`;
    case 'EMFILE':
    case 'ENFILE':
      return `cannot read ${what}: too many open files`;
    case 'EIO':
      return `cannot read ${what}: input/output error (disk or network problem)`;
    default:
      return `cannot read ${what}: ${error.message}`;
  }
}
