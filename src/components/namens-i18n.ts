/**
 * The texts of recording a medical decision namens a huisarts (key `namens`): only the forms and care-plan
 * screens that load on demand show them, so they are not in the first bundle.
 */
import { registerPageTexts } from '../i18n';
import nl from '../i18n/lazy/namens.nl.json';

/** Adds the texts under `namens` once; every module using them calls this when it loads. */
export function registerNamensTexts(): void {
  registerPageTexts('namens', nl);
}
