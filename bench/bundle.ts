/**
 * Bundles benchmark entries with the library as tsup builds the package (ESM, Node 20,
 * json-rules-engine external, no source transform at run time), into a cache folder of their own.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

/** The repository root. */
export const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Bundles `entries` (name → source path from the root) into `node_modules/.cache/<folder>` and
 * returns that folder; `splitting` shares the code of several entries in chunks.
 *
 * @example
 * ```ts
 * const dir = await bundleEntries('clean-station-bench', { tasks: 'bench/tasks.ts' });
 * ```
 */
export async function bundleEntries(
  folder: string,
  entries: Readonly<Record<string, string>>,
  splitting = false,
): Promise<string> {
  const outDir = `${root}node_modules/.cache/${folder}`;
  await build({
    entry: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, `${root}${path}`])),
    format: ['esm'],
    outDir,
    platform: 'node',
    target: 'node20',
    config: false,
    silent: true,
    clean: true,
    dts: false,
    sourcemap: false,
    splitting,
    external: ['json-rules-engine'],
  });
  return outDir;
}
