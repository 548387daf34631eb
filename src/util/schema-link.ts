/** The `$schema` field every input file may carry. */
import * as z from 'zod';

/**
 * The `$schema` link a file may carry so that editors validate and complete it; the library
 * ignores it.
 *
 * @example
 * ```ts
 * z.strictObject({ $schema: schemaLink, id: z.string() });
 * ```
 */
export const schemaLink = z
  .string()
  .max(500)
  .optional()
  .meta({ description: 'The JSON Schema the file follows (for editors); ignored' });
