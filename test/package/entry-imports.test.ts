/**
 * The main entry runs in browsers and edge runtimes: the built `dist/index.js` and `dist/index.cjs`,
 * with every chunk they load, import no Node built-in, and the command line is an entry of its
 * own that the library never loads.
 */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensurePackageBuilt, ROOT } from './support.js';

/** What an entry loads: the files of the package it reaches and the packages it imports. */
interface EntryGraph {
  readonly files: readonly string[];
  readonly packages: readonly string[];
}

/** Follows an entry's imports and requires through the package's own files, keeping other packages out. */
async function graphOf(entry: string): Promise<EntryGraph> {
  const { metafile } = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'neutral',
    format: entry.endsWith('.cjs') ? 'cjs' : 'esm',
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
  return {
    files: Object.keys(metafile.inputs).sort(),
    packages: [...new Set(imports.filter((i) => i.external).map((i) => i.path))].sort(),
  };
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!);

/**
 * The packages the library itself imports: no command-line parser, nothing of Node. A new one
 * belongs here once it is known to run in browsers (test/browser/) and its size is in
 * docs/performance.md.
 */
const LIBRARY_PACKAGES = [
  '@date-fns/tz',
  '@noble/hashes/sha2',
  '@noble/hashes/utils',
  'csv-stringify/sync',
  'json-rules-engine',
  'semver',
  'zod',
];

const graphs: Record<string, EntryGraph> = {};

beforeAll(async () => {
  await ensurePackageBuilt();
  for (const entry of [
    'dist/index.js',
    'dist/index.cjs',
    'dist/xlsx.js',
    'dist/xlsx.cjs',
    'dist/cli.js',
    'dist/batch-worker.js',
  ])
    graphs[entry] = await graphOf(entry);
}, 180_000);

describe('the built entries', () => {
  it.each(['dist/index.js', 'dist/index.cjs'])('%s and its chunks import no Node built-in', (entry) => {
    const graph = graphs[entry]!;
    expect(graph.packages.filter(isBuiltin)).toEqual([]);
    expect(graph.packages).toEqual(LIBRARY_PACKAGES);
  });

  it.each(['dist/xlsx.js', 'dist/xlsx.cjs'])(
    '%s (clean-station/xlsx) imports no Node built-in, and only it loads exceljs',
    (entry) => {
      const graph = graphs[entry]!;
      expect(graph.packages.filter(isBuiltin)).toEqual([]);
      expect(graph.packages.filter((p) => !LIBRARY_PACKAGES.includes(p))).toEqual(['exceljs', 'fflate']);
      expect(graphs['dist/index.js']!.packages).not.toContain('exceljs');
    },
  );

  it('keeps the command line out of the library: the library never loads dist/cli.js', () => {
    for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/xlsx.js', 'dist/xlsx.cjs']) {
      expect(graphs[entry]!.files.filter((file) => file.includes('cli'))).toEqual([]);
    }
    const cli = graphs['dist/cli.js']!;
    expect(cli.packages).toContain('commander');
    expect(cli.packages.filter(isBuiltin).length).toBeGreaterThan(0);
    // The command line loads the library's chunks (and the spreadsheet subpath's) rather than copies;
    // its other chunks are those it shares with the worker entry of `batch --jobs`.
    const chunks = (graph: EntryGraph) => graph.files.filter((file) => /^dist\/chunk-[A-Z0-9]+\.js$/.test(file));
    expect(chunks(graphs['dist/index.js']!).length).toBeGreaterThan(0);
    const shared = new Set([...chunks(graphs['dist/index.js']!), ...chunks(graphs['dist/xlsx.js']!)]);
    expect(chunks(cli)).toEqual(expect.arrayContaining([...shared]));
    const worker = graphs['dist/batch-worker.js']!;
    const own = chunks(cli).filter((file) => !shared.has(file));
    expect(chunks(worker).filter((file) => !shared.has(file))).toEqual(own);
  });

  it('starts a batch worker thread without the command-line parser', () => {
    expect(graphs['dist/batch-worker.js']!.packages).not.toContain('commander');
  });

  it('tells Node built-ins from packages', () => {
    expect(['node:crypto', 'fs', 'path', 'crypto', 'url', 'os', 'worker_threads', 'fs/promises'].every(isBuiltin)).toBe(
      true,
    );
    expect(['zod', '@noble/hashes/sha2', 'semver', 'csv-stringify/sync'].some(isBuiltin)).toBe(false);
  });
});
