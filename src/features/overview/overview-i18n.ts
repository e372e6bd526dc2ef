/** The texts of the Overzicht (key `overview`), which are not in the first bundle. */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/overview.nl.json';

/** Adds the texts under `overview` once; every module using them calls this when it loads. */
export function registerOverviewTexts(): void {
  registerPageTexts('overview', nl);
}
