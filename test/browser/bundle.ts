/**
 * Bundles code that imports `clean-station` for the browser the way an application would: from a
 * fresh project whose `node_modules/clean-station` is this package (its `exports`, its built
 * `dist/`), with esbuild, platform `browser`, ESM, minified.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { ROOT } from '../package/support.js';

/** A minified browser bundle and what went into it. */
export interface BrowserBundle {
  readonly code: string;
  /** Bytes of the minified bundle. */
  readonly minified: number;
  /** Bytes of the minified bundle compressed with gzip (zlib's default level). */
  readonly gzip: number;
  /** Minified bytes each package contributes, largest first (`clean-station` is the library itself). */
  readonly byPackage: ReadonlyArray<readonly [string, number]>;
}

/** The package a bundled file belongs to. */
function packageOf(file: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match ? match[1]! : 'clean-station';
}

function sizeByPackage(metafile: Metafile): Array<readonly [string, number]> {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      sizes.set(packageOf(file), (sizes.get(packageOf(file)) ?? 0) + bytesInOutput);
    }
  }
  return [...sizes].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
}

/** Bundles `source` (an ES module importing `clean-station`) for the browser. */
export async function bundleForBrowser(source: string): Promise<BrowserBundle> {
  const consumer = mkdtempSync(join(tmpdir(), 'clean-station-browser-'));
  try {
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(ROOT, join(consumer, 'node_modules', 'clean-station'), 'dir');
    const { outputFiles, metafile } = await build({
      stdin: { contents: source, resolveDir: consumer, sourcefile: 'app.ts', loader: 'ts' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = outputFiles[0]!.text;
    const bytes = Buffer.from(code);
    return { code, minified: bytes.length, gzip: gzipSync(bytes).length, byPackage: sizeByPackage(metafile) };
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}
