/**
 * Spools: temporary files that keep pieces of a report (each result's JSON text) on disk rather
 * than in memory, read back in any order by which spool holds a piece, where it starts and its
 * length. Each thread that evaluates writes its own spool (a worker thread writes to a file the
 * main thread opened, so that the main thread alone opens, reads, closes and removes them all).
 * A spool is created exclusively, readable by its owner only, in the system's temporary folder,
 * and removed when it is closed, when the process exits or when it is interrupted. A process
 * killed outright (SIGKILL, a crash) cannot remove its spools: the next spool created removes
 * those of processes that no longer run.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letGoOfTemporary, removeOnExit } from './write.js';

/** Where a piece is: in which spool (its place among the batch's spools), from where, how long. */
export interface SpoolSlice {
  readonly spool: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * Adds pieces at the end of one spool, given as the file descriptor its creator opened: the one
 * thread that writes the spool holds its writer, and the text is encoded as it is written (no
 * bytes are made to be handed between threads).
 *
 * @example
 * ```ts
 * const writer = new SpoolWriter(spool.fd, 0);
 * const slice = writer.append('{"a": 1}'); // { spool: 0, offset: 0, length: 8 }
 * ```
 */
export class SpoolWriter {
  private size = 0;

  constructor(
    private readonly fd: number,
    /** The spool's place among the batch's spools, named in every slice. */
    readonly spool: number,
  ) {}

  /**
   * Adds a piece of text, as UTF-8, at the end; returns where it is.
   *
   * @example
   * ```ts
   * const slice = writer.append(text);
   * ```
   */
  append(text: string): SpoolSlice {
    const offset = this.size;
    const length = Buffer.byteLength(text);
    let written = writeSync(this.fd, text, offset, 'utf8');
    if (written < length) {
      // A write cut short (the disk filling up, a signal): the rest from the text's bytes.
      const bytes = Buffer.from(text);
      while (written < length) written += writeSync(this.fd, bytes, written, length - written, offset + written);
    }
    this.size += length;
    return { spool: this.spool, offset, length };
  }
}

/**
 * Reads pieces back from a batch's spools (the spool a slice names), each into the same bytes,
 * grown when a piece is longer: the bytes returned are good until the next piece is read. For a
 * report written piece by piece (each written or decoded before the next is taken), 100 000
 * pieces in new bytes each would wait for a collection.
 *
 * @example
 * ```ts
 * const read = spoolReader(spools);
 * for (const slice of slices) await out.write(read(slice));
 * ```
 */
export function spoolReader(spools: readonly Spool[]): (slice: SpoolSlice) => Uint8Array {
  let scratch = new Uint8Array(0);
  return (slice) => {
    const spool = spools[slice.spool];
    if (spool === undefined) throw new Error(`no spool ${slice.spool} among ${spools.length}`);
    if (scratch.byteLength < slice.length) scratch = new Uint8Array(Math.max(slice.length, 2 * scratch.byteLength));
    return spool.read(slice, scratch);
  };
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
 * A temporary file of pieces (see the module comment), written through a {@link SpoolWriter} on
 * its descriptor and read back here.
 *
 * @example
 * ```ts
 * const spool = Spool.create();
 * const slice = new SpoolWriter(spool.fd, 0).append('{}');
 * spool.read(slice); // the bytes of '{}'
 * spool.close();
 * ```
 */
export class Spool {
  private closed = false;

  private constructor(
    /** The spool's file. */
    readonly file: string,
    /** The spool's descriptor, open for reading and writing, until the spool is closed. */
    readonly fd: number,
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
    return Spool.createMany(1)[0] as Spool;
  }

  /**
   * Creates `count` spools (one per thread that writes), after removing the spools of processes
   * that no longer run once. If one cannot be created, those already made are closed.
   *
   * @example
   * ```ts
   * const spools = Spool.createMany(2); // one for each of two workers
   * ```
   */
  static createMany(count: number): Spool[] {
    removeStaleSpools(tmpdir());
    const spools: Spool[] = [];
    try {
      while (spools.length < count) spools.push(Spool.createOne());
      return spools;
    } catch (error) {
      for (const spool of spools) spool.close();
      throw error;
    }
  }

  /** A spool under a new random name, created exclusively. */
  private static createOne(): Spool {
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
   * Reads a piece back: into new bytes, or into the start of `scratch` when it is long enough (the
   * bytes returned are then a view of it, good until `scratch` is used again).
   *
   * @example
   * ```ts
   * const bytes = spool.read(slice);
   * const view = spool.read(slice, scratch);
   * ```
   */
  read(slice: SpoolSlice, scratch?: Uint8Array): Uint8Array {
    const bytes =
      scratch !== undefined && scratch.byteLength >= slice.length
        ? scratch.subarray(0, slice.length)
        : new Uint8Array(slice.length);
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
