import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, ROOT, scratchDir } from './support.js';

beforeAll(ensureBuilt);

const CASES = 'examples/variants/jinhua-city.cases.json';
const read = (dir: string, page: string) => readFileSync(join(dir, page), 'utf8');

describe('clean-station docs', () => {
  it('writes the index and one page per item of a variant, with examples from its test cases', () => {
    const dir = scratchDir('docs-cases');
    const run = cli(['docs', '--cases', CASES, '-o', dir, '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(`wrote items.md and 29 item pages in ${dir}/`);
    expect(readdirSync(join(dir, 'items'))).toHaveLength(29);
    expect(existsSync(join(dir, 'items', 'facilities.md'))).toBe(false);
    const index = read(dir, 'items.md');
    expect(index).toContain(
      '| 29 | [每月开展安全培训 Monthly safety training](items/monthly-safety-training.md) | A1.3 | 2 | `all-or-nothing` | `jinhua-city` |',
    );
    expect(index).toContain(
      '| 9 | [客户经理每月对接村电工、企业电工 Monthly liaison with village and enterprise electricians]',
    );
    expect(index).toContain('### `complaintReplies` — 投诉答复 Complaint reply');
    expect(index).toContain('| `complaintId` | ref → `complaints` | yes | 所答复的投诉 complaint |');
    const training = read(dir, 'items/monthly-safety-training.md');
    expect(training).toContain('| `trainingMinAttendees` | `5` | `jinhua-city` |');
    expect(training).toContain('"$param": "trainingMinAttendees"');
    expect(training).toContain('### 通过 Passing — 7 月培训恰好 5 人参加：达到人数下限，计入当月');
    expect(training).toContain('### 不通过 Failing — 4 月没有安全培训：培训项不得分，缺 2023-04');
    expect(training).toContain('- Missing 缺少: `2023-04`');
    expect(training.indexOf('通过 Passing')).toBeLessThan(training.indexOf('不通过 Failing'));
    const publication = read(dir, 'items/result-publication.md');
    expect(publication).toContain('| `monthEndDays` | `7` | `jinhua-city` |');
    expect(publication).toContain('| `monthEndGraceDays` | `3` | `zj-clean-station` |');
    expect(read(dir, 'items/staffing.md')).toContain('没有测试用例涉及本项。');
  });

  it('writes the same bytes on every run', () => {
    const a = scratchDir('docs-a');
    const b = scratchDir('docs-b');
    cli(['docs', '--cases', CASES, '-o', a]);
    cli(['docs', '--cases', CASES, '-o', b]);
    for (const page of ['items.md', ...readdirSync(join(a, 'items')).map((p) => `items/${p}`)]) {
      expect(read(b, page)).toBe(read(a, page));
    }
  });

  it('writes pages without examples for a ruleset given alone', () => {
    const dir = scratchDir('docs-ruleset');
    expect(cli(['docs', '--ruleset', 'examples/variants/jinhua-city.json', '-o', dir]).status).toBe(0);
    expect(read(dir, 'items/complaint-replies.md')).toContain(
      'No examples: give a cases file with --cases to show its cases here.',
    );
  });

  it('removes the pages it wrote for items that are gone, and nothing else', () => {
    const dir = scratchDir('docs-stale');
    cli(['docs', '-o', dir]);
    expect(existsSync(join(dir, 'items', 'facilities.md'))).toBe(true);
    writeFileSync(join(dir, 'items', 'notes.md'), '# my notes\n');
    cli(['docs', '--ruleset', 'examples/variants/jinhua-city.json', '-o', dir]);
    expect(existsSync(join(dir, 'items', 'facilities.md'))).toBe(false);
    expect(read(dir, 'items/notes.md')).toBe('# my notes\n');
  });

  it('refuses (exit 1) to write pages from test cases that fail, and writes nothing', () => {
    const work = scratchDir('docs-failing');
    cpSync(join(ROOT, 'examples/variants'), work, { recursive: true });
    const file = join(work, 'jinhua-city.cases.json');
    const suite = JSON.parse(readFileSync(file, 'utf8'));
    suite.cases[0].expect.total = 99;
    writeFileSync(file, JSON.stringify(suite));
    const out = join(work, 'docs');
    const run = cli(['docs', '--cases', file, '-o', out, '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${file}: 1 of ${suite.cases.length} test cases fail; the pages only show cases that pass, so run clean-station test and fix them first`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('says it cannot write, and exits 2, when the output directory is a file', () => {
    const file = join(scratchDir('docs-file'), 'taken');
    writeFileSync(file, '');
    const run = cli(['docs', '-o', file, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`${join(file, 'items')}: cannot write (ENOTDIR)`);
  });

  it('refuses (exit 2) a --ruleset other than the one the cases test', () => {
    const run = cli(['docs', '--cases', CASES, '--ruleset', 'rules/base/zj-clean-station.json', '-o', scratchDir('x')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('jinhua-city@1.0.0');
  });
});
