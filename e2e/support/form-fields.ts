/** Form controls by their visible label, which may end in the app's required mark "(verplicht)". */
import type { Locator, Page } from '@playwright/test';
import { nl } from './i18n';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The control labelled exactly `label`, with or without the required mark after it. */
export function fieldLabelled(scope: Page | Locator, label: string): Locator {
  const mark = escapeRegExp(nl('form.requiredMark').trim());
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*(${mark})?$`));
}
