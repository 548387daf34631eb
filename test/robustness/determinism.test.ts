/**
 * Results do not depend on the machine: the same facts give byte-identical JSON (and results as of
 * a day, due lists, iCalendar files and monthly scores) whatever the process time zone, through both evaluation paths, and with code generation from strings
 * disabled in the runtime (nothing is evaluated as code, not even by a dependency).
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = fileURLToPath(new URL('./support/evaluate-samples.ts', import.meta.url));
const SAMPLES = '60';

async function resultsWith(timeZone: string, flags: readonly string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, [...flags, '--import', 'tsx', script, SAMPLES], {
    cwd: root,
    env: { ...process.env, TZ: timeZone },
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

describe('results across process time zones', () => {
  it('are byte-identical under TZ=UTC, TZ=America/New_York and TZ=Asia/Kolkata without code generation (full-year and as-of results, due lists, calendars, monthly scores)', async () => {
    const [utc, newYork, kolkata] = await Promise.all([
      resultsWith('UTC'),
      resultsWith('America/New_York'),
      resultsWith('Asia/Kolkata', ['--disallow-code-generation-from-strings']),
    ]);
    expect(utc.split('\n').length).toBeGreaterThan(2 * Number(SAMPLES));
    expect(newYork).toBe(utc);
    expect(kolkata).toBe(utc);
  }, 180_000);
});
