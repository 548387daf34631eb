/**
 * Where a command's main output goes: stdout, or a file written atomically. A document (JSON,
 * Markdown, HTML, CSV) goes to a pipe or a file byte for byte; printed to a terminal, it is shown
 * safe for the terminal (control characters as visible escapes, its line breaks kept).
 */
import { terminalBlock } from '../report/terminal.js';
import type { CliContext } from './context.js';
import { writeAtomic } from './write.js';

/**
 * Writes the output to `file` (atomically) or to stdout.
 *
 * @example
 * ```ts
 * await emit(ctx, renderMarkdown(result), options.output);
 * ```
 */
export async function emit(ctx: CliContext, content: string, file: string | undefined): Promise<void> {
  if (file === undefined) ctx.out(ctx.stdoutIsTerminal ? terminalBlock(content) : content);
  else await writeAtomic(file, content);
}
