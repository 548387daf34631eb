import { defineConfig, type Options } from 'tsup';

/**
 * The library (`dist/index.js` + `dist/index.cjs` + types), its spreadsheet subpath
 * (`dist/xlsx.js` + `dist/xlsx.cjs` + types: `clean-station/xlsx`, the only entry that loads
 * exceljs) and the command line (`dist/cli.js`, ESM only). The ESM build splits code shared by the two entries into chunks, so the CLI does not
 * ship a second copy of the library; the library's chunks hold no CLI code and import no Node
 * built-ins (test/package/entry-imports.test.ts).
 */
const shared: Options = {
  dts: { entry: { index: 'src/index.ts', xlsx: 'src/xlsx/index.ts' } },
  // No source maps: the output is unminified and keeps the sources' names and module markers;
  // maps would more than double the package (docs/performance.md, "Package and bundle size").
  sourcemap: false,
  target: 'node20',
  external: ['json-rules-engine'],
};

export default defineConfig([
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      xlsx: 'src/xlsx/index.ts',
      cli: 'src/cli/main.ts',
      // What a `batch --jobs N` worker thread runs: the evaluation without the command line.
      'batch-worker': 'src/cli/batch-worker-main.ts',
    },
    format: ['esm'],
    splitting: true,
    clean: true,
  },
  { ...shared, entry: { index: 'src/index.ts', xlsx: 'src/xlsx/index.ts' }, format: ['cjs'] },
]);
