/** Grades by the ruleset's bands (spec §1, Table 1), never rounded before grading. */
import type { Ruleset } from '../ruleset/finalize.js';

/**
 * The grade band a total falls in: the first band (best first) whose `min` the total reaches;
 * the last band (min `null`) takes everything below.
 *
 * @example
 * ```ts
 * gradeOf(90, baseRuleset().grades).id; // 'excellent'
 * gradeOf(89.5, baseRuleset().grades).id; // 'qualified'
 * ```
 */
export function gradeOf(total: number, grades: Ruleset['grades']): Ruleset['grades'][number] {
  for (const grade of grades) {
    if (grade.min === null || total >= grade.min) return grade;
  }
  return grades[grades.length - 1] as Ruleset['grades'][number];
}
