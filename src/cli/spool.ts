/**
 * A spool: a temporary file that keeps pieces of a report (each result's JSON text) on disk
 * rather than in memory, read back in any order by where each piece starts and its length. It is
 * created exclusively, readable by its owner only, in the system's temporary folder, and removed
 * when it is closed, when the process exits or when it is interrupted. A process killed outright
 * (SIGKILL, a crash) cannot remove its spool: the next spool created removes those of processes
 * that no longer run.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letGoOfTemporary, removeOnExit } from './write.js';

/** Where a piece is in the spool. */
export interface SpoolSlice {
  readonly offset: number;
  readonly length: number;
}

/** A spool's name: the process that made it, then a random part. */
const SPOOL_NAME = /^clean-station-(\d+)-[0-9a-f]{16}\.spool$/;

/** Whether a process of this id runs (one of another user counts: it cannot be signalled). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes the spools left in `dir` by processes that no longer run (killed before they could
 * remove them): only regular files named as spools are, that this user owns. Best effort: a file
 * that cannot be read or removed is left. Returns the names removed.
 *
 * @example
 * ```ts
 * removeStaleSpools(tmpdir()); // ['clean-station-4242-0123456789abcdef.spool']
 * ```
 */
export function removeStaleSpools(dir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = Number(SPOOL_NAME.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || running(pid)) continue;
    const file = join(dir, name);
    try {
      const stat = lstatSync(file);
      if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) continue;
      unlinkSync(file);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: left as it is.
    }
  }
  return removed;
}

/**
 * A temporary file of pieces (see the module comment).
 *
 * @example
 * ```ts
 * const spool = Spool.create();
 * const slice = spool.append(new TextEncoder().encode('{}'));
 * spool.read(slice); // the bytes again
 * spool.close();
 * ```
 */
export class Spool {
  private size = 0;
  private closed = false;

  private constructor(
    /** The spool's file. */
    readonly file: string,
    private readonly fd: number,
  ) {}

  /**
   * Creates a spool under a random name (a file of that name is never reused or followed), after
   * removing the spools of processes that no longer run ({@link removeStaleSpools}).
   *
   * @example
   * ```ts
   * const spool = Spool.create();
   * ```
   */
  static create(): Spool {
    removeStaleSpools(tmpdir());
    for (let attempt = 0; ; attempt++) {
      const file = join(tmpdir(), `clean-station-${process.pid}-${randomBytes(8).toString('hex')}.spool`);
      try {
        const fd = openSync(file, 'wx+', 0o600);
        removeOnExit(file);
        return new Spool(file, fd);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 4) throw error;
      }
    }
  }

  /**
   * Adds a piece at the end; returns where it is.
   *
   * @example
   * ```ts
   * const slice = spool.append(bytes);
   * ```
   */
  append(bytes: Uint8Array): SpoolSlice {
    const slice = { offset: this.size, length: bytes.byteLength };
    for (let written = 0; written < bytes.byteLength; ) {
      written += writeSync(this.fd, bytes, written, bytes.byteLength - written, this.size + written);
    }
    this.size += bytes.byteLength;
    return slice;
  }

  /**
   * Reads a piece back.
   *
   * @example
   * ```ts
   * const bytes = spool.read(slice);
   * ```
   */
  read(slice: SpoolSlice): Uint8Array {
    const bytes = new Uint8Array(slice.length);
    for (let read = 0; read < slice.length; ) {
      const got = readSync(this.fd, bytes, read, slice.length - read, slice.offset + read);
      if (got === 0) throw new Error(`${this.file}: ended before ${slice.offset + slice.length} bytes`);
      read += got;
    }
    return bytes;
  }

  /**
   * Closes and removes the spool (again: nothing).
   *
   * @example
   * ```ts
   * spool.close();
   * ```
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    try {
      unlinkSync(this.file);
    } catch {
      // Already gone: nothing left behind.
    }
    letGoOfTemporary(this.file);
  }
}
