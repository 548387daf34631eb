/** Options shared by the renderers. */
import type { GradeBands } from './grades.js';
import type { Lang } from './messages/index.js';

/**
 * How to render a report.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: ReportOptions = { lang: 'en', grades: ruleset.grades };
 * ```
 */
export interface ReportOptions {
  /** Language of the labels (`zh` by default). Titles and advice come from the result in both. */
  readonly lang?: Lang;
  /**
   * The grade bands of the ruleset the result was scored with (`ruleset.grades`), for the path to
   * the next grade. Results of the base ruleset find them on their own.
   */
  readonly grades?: GradeBands;
}
