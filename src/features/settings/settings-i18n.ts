/** The texts of the Instellingen page (key `settings`), which are not in the first bundle. */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/settings.nl.json';

/** Adds the texts under `settings` once; every module using them calls this when it loads. */
export function registerSettingsTexts(): void {
  registerPageTexts('settings', nl);
}
