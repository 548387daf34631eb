/**
 * Bundles the offline self-check page's script (`src/page/app.ts` with the library and exceljs)
 * for browsers into `dist/self-check.js` (run by `npm run build`); `clean-station page` puts it in
 * the page. exceljs is taken as its prebuilt browser bundle without polyfills (the page needs a
 * browser of the last years anyway).
 */
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
  entryPoints: [new URL('../src/page/app.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  alias: { exceljs: 'exceljs/dist/exceljs.bare.min.js' },
  logLevel: 'warning',
});
const code = result.outputFiles[0]?.text ?? '';
if (/<\/script/i.test(code)) throw new Error('The page script contains a closing script tag');
writeFileSync(new URL('../dist/self-check.js', import.meta.url), code);
console.log(`dist/self-check.js: ${(code.length / 1024).toFixed(0)} KiB`);
