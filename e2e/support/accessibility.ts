/** axe-core checks against WCAG 2.1 A and AA, reported so a failure names the rule and the elements. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AccessibilityViolation {
  rule: string;
  impact: string | null;
  help: string;
  elements: string[];
}

/** The WCAG 2.1 AA violations axe finds on the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(' ')),
  }));
}
