/** Spools left by processes killed outright are removed by the next spool; no others are. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleSpools } from '../../src/cli/spool.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The id of a process that has run and ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('no process was started');
  return child.pid;
}

describe('removeStaleSpools', () => {
  it('removes the spools of processes that no longer run, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-station-spools-'));
    folders.push(dir);
    const ended = endedPid();
    const stale = `clean-station-${ended}-0123456789abcdef.spool`;
    const kept = [
      `clean-station-${process.pid}-0123456789abcdef.spool`,
      `clean-station-${process.ppid}-0123456789abcdef.spool`,
      `clean-station-${ended}-not-a-spool.spool`,
      'notes.txt',
    ];
    for (const name of [stale, ...kept]) writeFileSync(join(dir, name), '{}');
    const folder = `clean-station-${ended}-fedcba9876543210.spool`;
    mkdirSync(join(dir, folder));
    expect(removeStaleSpools(dir)).toEqual([stale]);
    expect(readdirSync(dir).sort()).toEqual([...kept, folder].sort());
  });

  it('removes nothing from a folder it cannot read', () => {
    expect(removeStaleSpools(join(tmpdir(), 'clean-station-no-such-folder', 'deeper'))).toEqual([]);
  });
});
