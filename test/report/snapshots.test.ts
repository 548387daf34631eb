import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type ExampleName, exampleResult } from './support.js';

const examples: ExampleName[] = ['compliant-station', 'station-with-lapses'];

describe('report snapshots of the examples', () => {
  it.each(examples)('Markdown of %s in zh and en', async (name) => {
    const result = await exampleResult(name);
    await expect(renderMarkdown(result, { lang: 'zh' })).toMatchFileSnapshot(`__snapshots__/${name}.zh.md`);
    await expect(renderMarkdown(result, { lang: 'en' })).toMatchFileSnapshot(`__snapshots__/${name}.en.md`);
  });

  it('CSV of both examples', async () => {
    const results = await Promise.all(examples.map((name) => exampleResult(name)));
    await expect(renderCsv(results, { lang: 'zh' })).toMatchFileSnapshot('__snapshots__/examples.zh.csv');
    await expect(renderCsv(results, { lang: 'en' })).toMatchFileSnapshot('__snapshots__/examples.en.csv');
  });
});
