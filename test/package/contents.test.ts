/**
 * What `npm pack` puts in the tarball: an explicit allow-list (the build, the ruleset, the JSON
 * Schemas, the package documents), no source maps, nothing that runs on install, and the metadata
 * a registry page shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schemas/json-schemas.js';
import { ensurePackageBuilt, NPM, ROOT, run } from './support.js';

/** Every path the tarball may hold; a pattern stands for the build's shared chunks. */
const ALLOWED: ReadonlyArray<string | RegExp> = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  // What a `batch --jobs N` worker thread runs, and what the command line loads only when it reads
  // or writes a workbook (with exceljs): the workbook reader, writer and batch workbook.
  'dist/batch-worker.js',
  /^dist\/(workbook|grid|read|write|batch)-[A-Z0-9]+\.js$/,
  /^dist\/chunk-[A-Z0-9]+\.js$/,
  // The spreadsheet subpath `clean-station/xlsx`, and the declarations it shares with the main entry.
  'dist/xlsx.js',
  'dist/xlsx.cjs',
  'dist/xlsx.d.ts',
  'dist/xlsx.d.cts',
  // Shared declaration chunks are named by a content hash of letters, digits, `_` and `-`.
  /^dist\/[a-z]+-[A-Za-z0-9_-]+\.d\.c?ts$/,
  'xlsx/package.json',
  // The offline self-check page's script (`clean-station page` puts it in the page).
  'dist/self-check.js',
  'rules/base/zj-clean-station.json',
  // Where resolvers that predate `exports` (TypeScript's node10, Jest 27, webpack 4) find the ruleset.
  'rules/base/package.json',
  ...Object.keys(jsonSchemas()).map((file) => `schemas/${file}`),
];

const REPOSITORY = 'https://github.com/clean-station/clean-station';

interface PackedFile {
  readonly path: string;
}

let files: string[] = [];

beforeAll(async () => {
  await ensurePackageBuilt();
  const [packed] = JSON.parse(run(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as Array<{
    files: PackedFile[];
  }>;
  files = packed!.files.map((file) => file.path).sort();
}, 180_000);

const allows = (entry: string | RegExp, path: string) =>
  typeof entry === 'string' ? entry === path : entry.test(path);

describe('the tarball npm pack makes', () => {
  it('holds only allow-listed files: no sources, tests, benchmarks, scripts, examples or docs', () => {
    expect(files.filter((path) => !ALLOWED.some((entry) => allows(entry, path)))).toEqual([]);
  });

  it('holds every allow-listed file, at least one shared chunk among them', () => {
    expect(ALLOWED.filter((entry) => !files.some((path) => allows(entry, path)))).toEqual([]);
  });

  it('ships no source maps, and no JavaScript that points at one', () => {
    const scripts = files.filter((path) => /\.c?js$/.test(path));
    expect(scripts.length).toBeGreaterThan(2);
    for (const path of scripts) {
      expect(readFileSync(join(ROOT, path), 'utf8'), path).not.toContain('sourceMappingURL');
    }
  });

  it('runs nothing when installed: the build runs before packing (prepack), not on install', () => {
    const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const onInstall = ['preinstall', 'install', 'postinstall', 'prepare'].filter((name) => name in scripts);
    expect(onInstall).toEqual([]);
    expect(scripts.prepack).toBe('npm run build');
  });

  it("names the project's repository, home page, issue tracker and keywords", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY}/issues` });
    expect(pkg.keywords).toEqual(expect.arrayContaining(['json-rules-engine', '清廉供电站所']));
  });
});
