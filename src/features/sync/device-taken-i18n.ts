/**
 * The texts of the page for a device that holds another account's data (key `deviceTaken`): it loads on
 * demand, so they are not in the first bundle.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/deviceTaken.nl.json';

/** Adds the texts under `deviceTaken` once; the page's module calls this when it loads. */
export function registerDeviceTakenTexts(): void {
  registerPageTexts('deviceTaken', nl);
}
