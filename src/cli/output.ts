/**
 * Where a command's main output goes: stdout, or a file written atomically. A document (JSON,
 * Markdown, HTML, CSV) goes to a pipe or a file byte for byte; printed to a terminal, it is shown
 * safe for the terminal (control characters as visible escapes, its line breaks kept).
 */
import { terminalBlock } from '../report/terminal.js';
import type { CliContext } from './context.js';
import { type Chunks, gathered, writeAtomic } from './write.js';

const decoder = new TextDecoder();
const textOf = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : decoder.decode(chunk));

/**
 * Writes the output to `file` (atomically) or to stdout; given in chunks (text, or UTF-8 bytes of
 * whole characters), it is written chunk by chunk, never held whole (except to show it on a
 * terminal).
 *
 * @example
 * ```ts
 * await emit(ctx, renderMarkdown(result), options.output);
 * ```
 */
export async function emit(ctx: CliContext, content: string | Chunks, file: string | undefined): Promise<void> {
  if (file !== undefined) await writeAtomic(file, content);
  else if (typeof content === 'string') ctx.out(ctx.stdoutIsTerminal ? terminalBlock(content) : content);
  else if (ctx.stdoutIsTerminal) ctx.out(terminalBlock(Array.from(content, textOf).join('')));
  else for (const chunk of gathered(content)) ctx.out(textOf(chunk));
}
