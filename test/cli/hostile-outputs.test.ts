/**
 * Hostile station names and ids through the command line, in every output other programs read:
 * Markdown (no raw HTML, link or extra block), CSV (no formula), HTML (escaped, one script, a
 * policy), for one station and for a batch.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_TEXT } from '../support/hostile.js';
import { cli, ensureBuilt, example, scratchDir } from './support.js';

beforeAll(ensureBuilt);

/** A folder with the lapses example renamed hostile (a formula start, then every hostile text), and a plain station. */
function county(): { dir: string; file: string } {
  const dir = scratchDir('hostile-outputs');
  const facts = JSON.parse(readFileSync(example('station-with-lapses'), 'utf8'));
  facts.station.id = `=cmd|' /C calc'!A0 ${HOSTILE_TEXT}`.slice(0, 200);
  facts.station.name = `@SUM(A1) ${HOSTILE_TEXT}`;
  const file = join(dir, 'a-hostile.json');
  writeFileSync(file, JSON.stringify(facts));
  copyFileSync(example('compliant-station'), join(dir, 'b-plain.json'));
  return { dir, file };
}

const markdownTokens = (markdown: string) =>
  new MarkdownIt({ html: true })
    .parse(markdown, {})
    .flatMap((token) => [token, ...(token.children ?? [])])
    .map((token) => token.type);

/** Where the hostile station is in a command's CSV: its row (after the header) and the id, name and total columns. */
type CsvPlace = { row: number; id: number; name: number; total: number };

describe.each([
  ['evaluate', (c: { dir: string; file: string }) => ['evaluate', c.file], { row: 1, id: 0, name: 1, total: 4 }],
  // The county CSV: status, rank and period first; the plain station (100) ranks above the hostile one (73).
  ['batch', (c: { dir: string; file: string }) => ['batch', c.dir], { row: 2, id: 4, name: 5, total: 8 }],
] as const)('%s with hostile station names and ids', (_command, args, place: CsvPlace) => {
  it('writes Markdown without raw HTML, links or images', () => {
    const run = cli([...args(county()), '--format', 'md', '--lang', 'en']);
    expect(run.status).toBe(0);
    const kinds = new Set(markdownTokens(run.stdout));
    for (const forbidden of ['html_block', 'html_inline', 'link_open', 'image']) expect(kinds).not.toContain(forbidden);
  });

  it('writes CSV whose hostile cells start with an apostrophe and whose numbers stay numbers', () => {
    const c = county();
    const out = join(c.dir, 'out.csv');
    expect(cli([...args(c), '--format', 'csv', '-o', out]).status).toBe(0);
    const hostile = (parse(readFileSync(out, 'utf8'), { bom: true }) as string[][])[place.row];
    expect(hostile?.[place.id]?.startsWith("'=cmd|")).toBe(true);
    expect(hostile?.[place.name]?.startsWith("'@SUM(A1)")).toBe(true);
    expect(hostile?.[place.total]).toBe('73');
  });

  it('writes HTML with every hostile text escaped, one script and a policy', () => {
    const run = cli([...args(county()), '--format', 'html', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/<script/g)).toHaveLength(1);
    expect(run.stdout).not.toContain('<img');
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(run.stdout).toContain('<meta http-equiv="Content-Security-Policy"');
  });
});
