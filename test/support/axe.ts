/**
 * Accessibility checks with axe-core, injected into a page open in headless Chromium: the WCAG 2
 * A and AA rules (2.0 and 2.1), and `empty-table-header` (a best practice that screen readers
 * need).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** One rule a page breaks: how serious, how many elements, and the first few of them. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: number;
  readonly targets: readonly string[];
}

type AxeWindow = {
  axe: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown[] }> }>;
    }>;
  };
  document: unknown;
};

/**
 * Every WCAG 2 A/AA violation of the page (and empty table headers), with its impact. axe-core is
 * evaluated through the browser's debugging protocol, so the page's Content-Security-Policy stays
 * in force for everything else.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags) => {
      const w = globalThis as unknown as AxeWindow;
      const runs = [
        await w.axe.run(w.document, { runOnly: { type: 'tag', values: tags } }),
        await w.axe.run(w.document, { runOnly: { type: 'rule', values: ['empty-table-header'] } }),
      ];
      return runs.flatMap((results) =>
        results.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          nodes: v.nodes.length,
          targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        })),
      );
    },
    WCAG_TAGS as unknown as string[],
  );
}

/** The violations that count against a report: serious or critical, and empty table headers. */
export function blockingViolations(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'empty-table-header');
}
