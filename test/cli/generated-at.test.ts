import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { generatedAt, localMoment, parseGeneratedAt } from '../../src/cli/generated-at.js';
import { cli, ensureBuilt, example } from './support.js';

const context = (now?: () => Date): CliContext => ({
  lang: 'en',
  exitCode: 0,
  out: () => {},
  err: () => {},
  stderrIsTerminal: false,
  ...(now === undefined ? {} : { now }),
});

describe('--generated-at', () => {
  it.each([
    ['2024-01-20', '2024-01-20'],
    ['2024-01-20T09:30', '2024-01-20 09:30'],
    ['2024-01-20T09:30:15+08:00', '2024-01-20 09:30 +08:00'],
    ['2024-01-20 01:30Z', '2024-01-20 01:30 UTC'],
  ])('writes %s back as %s', (given, shown) => {
    expect(parseGeneratedAt(given)).toBe(shown);
  });

  it.each(['2024-02-30', '2024-01-20T24:00', 'yesterday', '20240120'])('refuses %s', (given) => {
    expect(() => parseGeneratedAt(given)).toThrow(InvalidArgumentError);
  });

  it('prefers the option, else reads the context clock, else leaves reports undated', () => {
    const clock = () => new Date('2024-01-20T01:30:00Z');
    expect(generatedAt(context(clock), '2024-01-19')).toBe('2024-01-19');
    expect(generatedAt(context(clock), undefined)).toBe(localMoment(clock()));
    expect(generatedAt(context(), undefined)).toBeUndefined();
  });

  it('dates the HTML report of evaluate, and never the result JSON', () => {
    ensureBuilt();
    const when = ['--generated-at', '2024-01-20T09:30+08:00'];
    const html = cli(['evaluate', example('compliant-station'), ...when, '--format', 'html']).stdout;
    expect(html).toContain('2024-01-20 09:30 +08:00');
    const json = cli(['evaluate', example('compliant-station'), ...when, '--format', 'json']).stdout;
    expect(json).not.toContain('2024-01-20 09:30');
  });
});
