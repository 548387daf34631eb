/** A spool's writer finishes a piece whose write the system cut short. */
import * as fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Spool, SpoolWriter } from '../../src/cli/spool.js';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    // Text is written only up to its first 7 bytes, as a write cut short by a signal would be.
    writeSync: vi.fn((fd: number, data: string | Uint8Array, ...rest: unknown[]) => {
      if (typeof data !== 'string') return (actual.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
      const bytes = Buffer.from(data).subarray(0, 7);
      return actual.writeSync(fd, bytes, 0, bytes.length, rest[0] as number);
    }),
  };
});

describe('SpoolWriter.append', () => {
  it('writes the rest of a piece whose write was cut short, and the next piece after it', () => {
    const spool = Spool.create();
    try {
      const writer = new SpoolWriter(spool.fd, 0);
      const first = writer.append('清廉供电站所 report');
      const second = writer.append('next ✓');
      expect(first).toEqual({ spool: 0, offset: 0, length: Buffer.byteLength('清廉供电站所 report') });
      expect(second.offset).toBe(first.length);
      expect(new TextDecoder().decode(spool.read(first))).toBe('清廉供电站所 report');
      expect(new TextDecoder().decode(spool.read(second))).toBe('next ✓');
      // Each piece: its text cut short, then its remaining bytes.
      expect(vi.mocked(fs.writeSync).mock.calls.map((call) => typeof call[1])).toEqual([
        'string',
        'object',
        'string',
        'object',
      ]);
    } finally {
      spool.close();
    }
  });
});
