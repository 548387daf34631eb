/** Options shared by the renderers. */
import type { GradeBands } from './grades.js';
import type { Lang } from './messages/index.js';

/**
 * How to render a report.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: ReportOptions = { lang: 'en', grades: ruleset.grades, generatedAt: '2024-01-20 09:30 +08:00' };
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
  /**
   * When the report was made, shown as given (`2024-01-20 09:30 +08:00`); reports made without it
   * say nothing about it. Results never carry it: they stay the same whenever they are rendered.
   */
  readonly generatedAt?: string;
}
