/** Where a command's main output goes: stdout, or a file written atomically. */
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
  if (file === undefined) ctx.out(content);
  else await writeAtomic(file, content);
}
