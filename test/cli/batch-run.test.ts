/**
 * How many threads evaluate a batch: `--jobs` as given (never more threads than files), else
 * worker threads only for a batch long enough that they gain, by the machine's cores.
 */
import { describe, expect, it } from 'vitest';
import { jobsFor, workersFromFiles } from '../../src/cli/batch-run.js';

describe('jobsFor', () => {
  it('takes --jobs as given, but never more threads than files', () => {
    expect(jobsFor(4, 2_000, 2)).toBe(4);
    expect(jobsFor(1, 50_000, 8)).toBe(1);
    expect(jobsFor(8, 3, 8)).toBe(3);
  });

  it('keeps a batch below the threshold in one thread by default, on any machine', () => {
    for (const cores of [1, 2, 4, 8, 64]) {
      expect(jobsFor(undefined, 1, cores)).toBe(1);
      expect(jobsFor(undefined, 200, cores)).toBe(1);
      expect(jobsFor(undefined, workersFromFiles(cores) - 1, cores)).toBe(1);
    }
  });

  it('uses every core by default from the threshold on', () => {
    for (const cores of [2, 4, 8, 64]) {
      expect(jobsFor(undefined, workersFromFiles(cores), cores)).toBe(cores);
      expect(jobsFor(undefined, 100_000, cores)).toBe(cores);
    }
    expect(jobsFor(undefined, 100_000, 1)).toBe(1);
  });

  it('waits for a much longer batch on two cores, where one thread already keeps more than one busy', () => {
    expect(workersFromFiles(2)).toBe(20_000);
    expect(workersFromFiles(1)).toBe(20_000);
    expect(workersFromFiles(4)).toBe(5_000);
    expect(jobsFor(undefined, 8_000, 2)).toBe(1);
    expect(jobsFor(undefined, 8_000, 4)).toBe(4);
  });
});
