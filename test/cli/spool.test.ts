/**
 * Spools keep pieces of text on disk and give them back by their slices; spools left by processes
 * killed outright are removed by the next spool, and no others are.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleSpools, Spool, type SpoolSlice, SpoolWriter } from '../../src/cli/spool.js';

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

describe('Spool and SpoolWriter', () => {
  const texts = ['{"a": 1}', '', '站所 “清廉” 评价', 'astral 𠮷 and ✓', 'x'.repeat(100_000)];

  it('writes pieces of text as UTF-8, one after the other, and reads any back by its slice', () => {
    const spool = Spool.create();
    try {
      const writer = new SpoolWriter(spool.fd, 3);
      const slices = texts.map((text) => writer.append(text));
      let offset = 0;
      for (const [i, text] of texts.entries()) {
        const length = Buffer.byteLength(text);
        expect(slices[i]).toEqual({ spool: 3, offset, length });
        offset += length;
      }
      for (const i of [4, 2, 0, 3, 1]) {
        expect(new TextDecoder().decode(spool.read(slices[i] as SpoolSlice))).toBe(texts[i]);
      }
      expect(statSync(spool.file).size).toBe(offset);
    } finally {
      spool.close();
    }
  });

  it('keeps the pieces of each spool apart: each writer starts at the beginning of its own file', () => {
    const spools = [Spool.create(), Spool.create()];
    try {
      const writers = spools.map((spool, i) => new SpoolWriter(spool.fd, i));
      const first = writers.map((writer, i) => writer.append(`first of ${i}`));
      const second = writers.map((writer, i) => writer.append(`second of ${i} ✓`));
      expect(first.map((s) => s.offset)).toEqual([0, 0]);
      for (const [i, spool] of spools.entries()) {
        expect(new TextDecoder().decode(spool.read(second[i] as SpoolSlice))).toBe(`second of ${i} ✓`);
      }
    } finally {
      for (const spool of spools) spool.close();
    }
  });

  it('reads a piece into the start of a scratch buffer long enough for it, and into new bytes otherwise', () => {
    const spool = Spool.create();
    try {
      const writer = new SpoolWriter(spool.fd, 0);
      const [short, long] = ['短 piece', 'a longer piece ✓'].map((text) => writer.append(text)) as [
        SpoolSlice,
        SpoolSlice,
      ];
      const scratch = new Uint8Array(short.length + 4);
      const view = spool.read(short, scratch);
      expect(view.buffer).toBe(scratch.buffer);
      expect(view.byteOffset).toBe(0);
      expect(new TextDecoder().decode(view)).toBe('短 piece');
      const fresh = spool.read(long, scratch);
      expect(fresh.buffer).not.toBe(scratch.buffer);
      expect(new TextDecoder().decode(fresh)).toBe('a longer piece ✓');
    } finally {
      spool.close();
    }
  });

  it('refuses to read past the end of the spool instead of giving fewer bytes', () => {
    const spool = Spool.create();
    try {
      const slice = new SpoolWriter(spool.fd, 0).append('short');
      expect(() => spool.read({ ...slice, length: slice.length + 1 })).toThrow(/ended before 6 bytes/);
    } finally {
      spool.close();
    }
  });

  it('is removed when closed, and closing again does nothing', () => {
    const spool = Spool.create();
    expect(existsSync(spool.file)).toBe(true);
    spool.close();
    expect(existsSync(spool.file)).toBe(false);
    expect(() => spool.close()).not.toThrow();
  });
});
