/** Writes the JSON Schemas generated from the zod schemas into `schemas/` (run by `npm run build`). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from './json-schemas.js';

const out = new URL('../schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(new URL(file, out), `${JSON.stringify(schema, null, 2)}\n`);
}
