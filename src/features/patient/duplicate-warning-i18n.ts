/**
 * The texts of the warning that a patient may already be in the register (key `duplicateWarning`): only the
 * patient form shows it, which loads on demand, so they are not in the first bundle.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/duplicateWarning.nl.json';

/** Adds the texts under `duplicateWarning` once; every module using them calls this when it loads. */
export function registerDuplicateWarningTexts(): void {
  registerPageTexts('duplicateWarning', nl);
}
