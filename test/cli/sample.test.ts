import { describe, expect, it } from 'vitest';
import { mulberry32, sampleOf, seedFromText } from '../../src/cli/sample.js';

const files = Array.from({ length: 50 }, (_, i) => `stations/s-${String(i).padStart(2, '0')}.json`);

describe('reproducible sampling', () => {
  it('mulberry32 gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(first).size).toBe(100);
  });

  it('seeds from text deterministically and differently for different texts', () => {
    expect(seedFromText('2024')).toBe(seedFromText('2024'));
    expect(seedFromText('2024')).not.toBe(seedFromText('2025'));
  });

  it('picks n distinct files, sorted, independent of the order given', () => {
    const sample = sampleOf(files, 10, 'county');
    expect(sample).toHaveLength(10);
    expect(new Set(sample).size).toBe(10);
    expect([...sample].sort()).toEqual(sample);
    expect(sampleOf([...files].reverse(), 10, 'county')).toEqual(sample);
  });

  it('gives different samples for different seeds', () => {
    expect(sampleOf(files, 10, 'a')).not.toEqual(sampleOf(files, 10, 'b'));
  });

  it('takes every file when n exceeds their number', () => {
    expect(sampleOf(files.slice(0, 3), 10, 'x')).toEqual(files.slice(0, 3));
  });

  it('reaches every file across seeds (no file is never sampled)', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) for (const f of sampleOf(files, 5, String(seed))) seen.add(f);
    expect(seen.size).toBe(files.length);
  });
});
