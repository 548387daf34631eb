/** Refusing to write a command's output onto one of its own inputs. */
import { type Stats, statSync } from 'node:fs';
import { CliError, EXIT } from './context.js';
import { cliMessages } from './messages.js';

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Fails with exit code 2 (`output-is-input`) when `output` is one of the `inputs`: the same file
 * by device and inode, so `a.json`, `./a.json`, a symbolic link and a hard link to it are all
 * caught. Nothing to check without an output, or when the output does not exist yet.
 *
 * @example
 * ```ts
 * refuseOutputOntoInputs(options.output, [factsFile, ...options.ruleset]);
 * ```
 */
export function refuseOutputOntoInputs(output: string | undefined, inputs: ReadonlyArray<string | undefined>): void {
  if (output === undefined) return;
  const target = statOrNull(output);
  if (target === null) return;
  for (const input of inputs) {
    if (input === undefined) continue;
    const source = statOrNull(input);
    if (source !== null && source.dev === target.dev && source.ino === target.ino) {
      throw new CliError(EXIT.invalid, [
        { where: output, message: cliMessages.outputIsInput({ input }), code: 'output-is-input' },
      ]);
    }
  }
}
