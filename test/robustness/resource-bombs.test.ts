/**
 * Resource bombs: inputs within the documented limits that are built to exhaust memory or time
 * (millions of unknown references or bad list entries, a param copied a thousand times, a tree
 * that shares one object at every level, huge keys, a million documents). They run in a child
 * process with a 256 MB heap, so an unbounded allocation kills that process and fails this test;
 * each must be answered with at most the issue cap, coded, and with input echoed only briefly.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../../src/issues/limit.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./support/resource-bombs.ts', import.meta.url));
const HEAP_MB = 256;

interface Answer {
  readonly name: string;
  readonly ok: boolean;
  readonly issues: number;
  readonly codes: readonly string[];
  readonly echoed: number;
}

/** Runs every bomb; rejects with the case that was running when the child died or timed out. */
function runBombs(): Promise<Map<string, Answer>> {
  return new Promise((resolve, reject) => {
    const args = [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', script];
    execFile(process.execPath, args, { cwd: root, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      const lines = stdout.split('\n').filter((line) => line !== '');
      if (error) {
        const running = lines.filter((line) => line.startsWith('start ')).at(-1) ?? '(before the first case)';
        reject(new Error(`the child process failed during "${running.slice(6)}": ${error.message.split('\n')[0]}`));
        return;
      }
      const answers = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Answer);
      resolve(new Map(answers.map((answer) => [answer.name, answer])));
    });
  });
}

const expected: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['one disclosure naming 2 million unknown events (a value)', ['too-many-issues', 'unknown-reference']],
  [
    'five hundred disclosures naming a thousand unknown events each (JSON text)',
    ['too-many-issues', 'unknown-reference'],
  ],
  ['five hundred disclosures listing a thousand numbers each (JSON text)', ['invalid-type', 'too-many-issues']],
  ['twenty thousand empty records of every kind', ['missing-field', 'too-many-issues']],
  ['a hundred unknown keys of a hundred thousand characters each (JSON text)', ['unknown-field']],
  ['a review rejecting a million records', ['too-big']],
  ['a review of ten thousand empty assessments and rejections', ['missing-field', 'too-many-issues']],
  ['a 1000×1000 param referenced a thousand times', ['param-expansion-too-large']],
  ['a condition sharing one object at each of 60 levels', ['too-many-values']],
  ['ruleset params with a hundred thousand invalid names', ['too-many-keys']],
  [
    'ruleset params of a thousand lists of four hundred objects with forbidden keys',
    ['forbidden-key', 'too-many-issues'],
  ],
  ['a million ruleset documents', ['too-many-documents']],
];

describe(`parsers under resource bombs, in a ${HEAP_MB} MB heap`, () => {
  it('answer every bomb with at most the issue cap, the expected codes and brief echoes of the input', async () => {
    const answers = await runBombs();
    expect([...answers.keys()]).toEqual(expected.map(([name]) => name));
    for (const [name, codes] of expected) {
      const answer = answers.get(name) as Answer;
      expect({ name, ok: answer.ok, codes: answer.codes }).toEqual({ name, ok: false, codes });
      expect(answer.issues, name).toBeLessThanOrEqual(MAX_ISSUES + 1);
      // A thousand issues of a few hundred characters each, never megabytes of copied input.
      expect(answer.echoed, name).toBeLessThan(1_000_000);
    }
  }, 120_000);
});
