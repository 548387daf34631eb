/**
 * zod is imported as a namespace everywhere in the library: a named import (`import { z }`) pulls
 * every zod locale into a browser bundle (about 350 kB minified), which the size budget then refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('zod imports in the library', () => {
  it('are namespace imports (`import * as z`), never named ones', () => {
    const named = sources(SRC).filter((file) =>
      /import\s+(type\s+)?\{[^}]*\}\s+from\s+'zod'/.test(readFileSync(file, 'utf8')),
    );
    expect(named.map((file) => file.slice(SRC.length))).toEqual([]);
  });
});
