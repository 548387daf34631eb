/** Where a command's main output goes: stdout, or a file written atomically. */
import type { CliContext } from './context.js';
import { writeAtomic } from './files.js';

/**
 * Writes the output to `file` (atomically) or to stdout.
 *
 * @example
 * ```ts
 * emit(ctx, renderMarkdown(result), options.output);
 * ```
 */
export function emit(ctx: CliContext, content: string, file: string | undefined): void {
  if (file === undefined) ctx.out(content);
  else writeAtomic(file, content);
}
