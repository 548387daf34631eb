import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { createProgress } from '../../src/cli/progress.js';

function context(stderrIsTerminal: boolean): CliContext & { written: string[] } {
  const written: string[] = [];
  return { lang: 'en', exitCode: 0, out: () => {}, err: (text) => written.push(text), stderrIsTerminal, written };
}

describe('batch progress bar', () => {
  it('draws a bar with the count and file on a terminal, then clears its line', () => {
    const ctx = context(true);
    const progress = createProgress(ctx, 4);
    progress.tick('a.json');
    progress.tick('b.json');
    progress.done();
    expect(ctx.written[0]).toContain('[######------------------] 1/4 a.json');
    expect(ctx.written[1]).toContain('[############------------] 2/4 b.json');
    expect(ctx.written.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const ctx = context(false);
    const progress = createProgress(ctx, 4);
    progress.tick('a.json');
    progress.done();
    expect(ctx.written).toEqual([]);
  });
});
