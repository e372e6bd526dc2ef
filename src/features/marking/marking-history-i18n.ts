/**
 * The texts of the marking history (key `markingHistory`): only the patient page shows it, which loads on
 * demand, so they are not in the first bundle.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/markingHistory.nl.json';

/** Adds the texts under `markingHistory` once; every module using them calls this when it loads. */
export function registerMarkingHistoryTexts(): void {
  registerPageTexts('markingHistory', nl);
}
