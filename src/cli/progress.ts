/** A progress bar on stderr when stderr is a terminal; nothing otherwise. File names are shown safe for the terminal. */
import { terminalText } from '../report/terminal.js';
import type { CliContext } from './context.js';

/** A progress reporter. */
export interface Progress {
  readonly tick: (label: string) => void;
  readonly done: () => void;
}

const WIDTH = 24;

/**
 * A progress bar for `total` steps, drawn on stderr only when it is a terminal.
 *
 * @example
 * ```ts
 * const progress = createProgress(ctx, files.length);
 * for (const file of files) { progress.tick(file); … }
 * progress.done();
 * ```
 */
export function createProgress(ctx: CliContext, total: number): Progress {
  if (!ctx.stderrIsTerminal || total === 0) return { tick: () => {}, done: () => {} };
  let count = 0;
  return {
    tick(label) {
      count += 1;
      const filled = Math.round((count / total) * WIDTH);
      const safe = terminalText(label);
      const name = safe.length > 40 ? `…${safe.slice(-39)}` : safe;
      ctx.err(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} ${name}`);
    },
    done() {
      ctx.err('\r\x1b[2K');
    },
  };
}
