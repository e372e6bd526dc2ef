/**
 * Accessibility check for component tests: axe-core's WCAG 2.1 A/AA rules on a rendered container, as
 * e2e/support/accessibility.ts does in the browser. jsdom has no layout, so colour contrast is left to e2e.
 */
import axe from 'axe-core';

const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The ids and descriptions of every violation in `container`; empty when it is clean. */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: WCAG_21_AA_TAGS },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}
