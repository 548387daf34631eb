/**
 * docs/mid-year.md shows the real output of the example: every `text` block that starts with a
 * `$ clean-station …` line is that command's output, whole, or its first lines when the block ends
 * with `…`.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from '../cli/support.js';

beforeAll(ensureBuilt);

const page = readFileSync(new URL('../../docs/mid-year.md', import.meta.url), 'utf8');

/** The command and the output shown in each `text` block of the page that runs clean-station. */
const shown = [...page.matchAll(/```text\n\$ clean-station (.+)\n([\s\S]*?)\n```/g)].map((match) => ({
  args: (match[1] as string).split(' '),
  output: match[2] as string,
}));

describe('docs/mid-year.md', () => {
  it('shows the evaluation, the due list in both languages and the calendar', () => {
    expect(shown.map((block) => block.args.slice(0, 1)[0])).toEqual(['evaluate', 'due', 'due', 'due']);
  });

  it.each(shown.map((block) => [block.args.join(' '), block.output] as const))(
    'shows what `clean-station %s` prints',
    (args, output) => {
      const run = cli(args.split(' '));
      expect(run.status).toBe(0);
      const printed = run.stdout.replace(/\r\n/g, '\n').replace(/\n$/, '');
      if (output.endsWith('\n…')) expect(printed.startsWith(`${output.slice(0, -'…'.length)}`)).toBe(true);
      else expect(printed).toBe(output);
    },
  );
});
