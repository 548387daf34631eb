/**
 * Writes `src/types/generated.ts`, the named types of the public API, from the zod schemas, and
 * `test/types/named-types.check.ts`, which compiles only while each equals its schema's type.
 */
import { writeFileSync } from 'node:fs';
import { generateTypes } from './types/generate.js';

const generated = generateTypes();
writeFileSync(new URL('../src/types/generated.ts', import.meta.url), generated.text);
writeFileSync(new URL('../test/types/named-types.check.ts', import.meta.url), generated.checks);
if (generated.undocumented.length > 0) {
  console.warn(`Fields without a description:\n  ${generated.undocumented.join('\n  ')}`);
}
