/**
 * The ruleset params that set the thresholds of the body-text warnings (spec §4, A1.2). Each is
 * optional: a ruleset without one simply does not emit that warning.
 */
import * as z from 'zod';

/**
 * The warning params, as a ruleset's `params` holds them (other params are ignored here).
 *
 * @example
 * ```ts
 * warningParamsSchema.parse({ maxCandidates: 2, groupSize: { min: 3, max: 7 } });
 * ```
 */
export const warningParamsSchema = z.object({
  maxCandidates: z
    .int()
    .min(1)
    .max(1000)
    .optional()
    .meta({ description: '§5.2.2.5a: candidates recommended per post' }),
  maxTermYears: z.int().min(1).max(100).optional().meta({ description: '§5.2.2.6: years of one term' }),
  maxConsecutiveTerms: z.int().min(1).max(100).optional().meta({ description: '§5.2.2.6: consecutive terms' }),
  groupSize: z
    .strictObject({ min: z.int().min(0).max(1000), max: z.int().min(0).max(1000) })
    .optional()
    .meta({ description: '§5.2.2.8: members of the supervision group' }),
});

/** The warning thresholds of a ruleset. */
export type WarningParams = z.output<typeof warningParamsSchema>;
