/** The Jinhua example through the command line: its facts validate and score with the kinds it declares. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from './support.js';

beforeAll(ensureBuilt);

const VARIANT = 'examples/variants/jinhua-city.json';
const LAPSES = 'examples/variants/jinhua-city/station-with-lapses.json';

describe('the Jinhua example through the command line', () => {
  it('validates its station only with the variant, whose record kinds it uses', () => {
    const ok = cli(['validate', LAPSES, '--ruleset', VARIANT, '--lang', 'en']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim()).toBe(`${LAPSES}: valid facts file (wy-liuqiao, 2023-01-01 – 2023-12-31)`);
    const without = cli(['validate', LAPSES, '--lang', 'en']);
    expect(without.status).toBe(2);
    expect(without.stderr).toContain(
      `${LAPSES}: records.safetyTrainings: Unknown field "safetyTrainings" (a typo?) [unknown-field]`,
    );
  });

  it('scores the station with lapses 96, with the missing months and the records that did not count', () => {
    const run = cli(['evaluate', LAPSES, '--ruleset', VARIANT, '--format', 'json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect([result.total, result.grade]).toEqual([96, 'excellent']);
    const item = (id: string) => result.items.find((i: { id: string }) => i.id === id);
    expect(item('monthly-safety-training')).toMatchObject({
      score: 0,
      status: 'fail',
      origin: 'jinhua-city',
      missing: ['2023-04', '2023-07'],
      notCounted: [{ id: 'training-2023-07', reason: 'condition-not-met', bucket: '2023-07' }],
    });
    expect(item('complaint-replies')).toMatchObject({ score: 0, status: 'fail', missing: [] });
    expect(item('complaint-replies').conditions.children[0].actual).toEqual([
      { id: 'complaint-2023-08', occurred: '2023-08-14', deadline: '2023-08-19', followedOn: '2023-08-21' },
    ]);
  });

  it('shows the missing months in the table and the advice of each lost item in the Markdown report', () => {
    const table = cli(['evaluate', LAPSES, '--ruleset', VARIANT, '--lang', 'en']);
    expect(table.stdout).toMatch(/ 29 {2}Monthly safety training +0 \/ 2 {2}fail +2023-04 2023-07/);
    const md = cli(['evaluate', LAPSES, '--ruleset', VARIANT, '--format', 'md']).stdout;
    expect(md).toContain('- **改进建议**: 每月组织至少一次安全培训，确保至少5人参加，并留存签到和课件记录。');
    expect(md).toContain('- **改进建议**: 对每件客户投诉在5日内答复并留存答复记录。');
    expect(md).toContain('- **有记录但未计入**: training-2023-07 (2023-07): condition-not-met');
  });
});
