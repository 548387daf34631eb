/**
 * Writing reports atomically and safely: a temporary file created exclusively under a random name
 * (a planted file or symbolic link is never followed), given the usual file mode, then renamed
 * into place; a temporary file is removed when the process exits or is interrupted.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, EXIT } from './context.js';
import { reasonOf } from './files.js';
import { cliMessages } from './messages.js';

/** Temporary files created and not yet renamed or removed. */
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone: nothing left behind.
    }
  }
  pending.clear();
}

/**
 * From the first write on, an interrupted process removes its temporary files before it ends as
 * the signal would have ended it (the signal is raised again once the handler is gone).
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePending();
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Removes `file` when the process exits or is interrupted (SIGINT, SIGTERM, SIGHUP), unless it
 * was let go of first ({@link letGoOfTemporary}).
 *
 * @example
 * ```ts
 * removeOnExit(spoolFile);
 * ```
 */
export function removeOnExit(file: string): void {
  installCleanup();
  pending.add(file);
}

/**
 * Stops watching a file given to {@link removeOnExit} (it was removed or renamed).
 *
 * @example
 * ```ts
 * unlinkSync(spoolFile);
 * letGoOfTemporary(spoolFile);
 * ```
 */
export function letGoOfTemporary(file: string): void {
  pending.delete(file);
}

/** Text and bytes written one after the other: a report too big to be made in one piece. */
export type Chunks = Iterable<string | Uint8Array>;

/**
 * Pieces of text gathered until this many characters before they are written: enough to make few
 * system calls, little enough that the gathered text is written before it outlives a
 * young-generation collection (text that does is moved to the old generation, where it stays as
 * garbage until a full collection).
 */
const GATHER = 1 << 14;

/**
 * Chunks gathered into fewer, larger ones (small pieces of text joined), so that writing them
 * takes few system calls; bytes are passed on as they are.
 *
 * @example
 * ```ts
 * for (const chunk of gathered(pieces)) process.stdout.write(chunk);
 * ```
 */
export function* gathered(chunks: Chunks): Generator<string | Uint8Array> {
  let text: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (length > 0) yield text.join('');
      text = [];
      length = 0;
      yield chunk;
      continue;
    }
    text.push(chunk);
    length += chunk.length;
    if (length >= GATHER) {
      yield text.join('');
      text = [];
      length = 0;
    }
  }
  if (length > 0) yield text.join('');
}

/** Waits, for the interruption tests only (`CLEAN_STATION_TEST_PAUSE_AFTER_TEMP_MS`). */
export async function testPause(temp: string): Promise<void> {
  const ms = Number(process.env.CLEAN_STATION_TEST_PAUSE_AFTER_TEMP_MS);
  if (!(ms > 0)) return;
  process.stderr.write(`temporary file created: ${basename(temp)}\n`);
  await new Promise((resume) => setTimeout(resume, ms));
}

/** Creates a new file that did not exist (O_CREAT | O_EXCL), readable by its owner only. */
async function createTemp(file: string): Promise<{ temp: string; handle: FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const temp = join(dirname(file), `.${basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o600);
      pending.add(temp);
      return { temp, handle };
    } catch (error) {
      if (reasonOf(error) !== 'EEXIST' || attempt >= 4) throw error;
    }
  }
}

/**
 * Writes a file atomically: a temporary file in the same directory, created exclusively under a
 * random name with mode 0600, written and flushed, given the mode a new file gets (0666 less the
 * umask), then renamed into place. A reader never sees half a report, a planted symbolic link is
 * never followed, and an interrupted write (SIGINT, SIGTERM, SIGHUP) leaves no temporary file.
 * Text is written as UTF-8; bytes (a workbook) as they are; chunks one after the other.
 *
 * @example
 * ```ts
 * await writeAtomic('report.html', renderHtml(result));
 * ```
 */
export async function writeAtomic(file: string, content: string | Uint8Array | Chunks): Promise<void> {
  installCleanup();
  let temp: string | undefined;
  let handle: FileHandle | undefined;
  try {
    ({ temp, handle } = await createTemp(file));
    await testPause(temp);
    if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
    else for (const chunk of gathered(content)) await handle.writeFile(chunk);
    await handle.sync();
    await handle.chmod(0o666 & ~process.umask());
    await handle.close();
    handle = undefined;
    await rename(temp, file);
    pending.delete(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (temp !== undefined) {
      pending.delete(temp);
      await unlink(temp).catch(() => undefined);
    }
    throw new CliError(EXIT.invalid, [{ where: file, message: cliMessages.unwritable({ reason: reasonOf(error) }) }]);
  }
}
