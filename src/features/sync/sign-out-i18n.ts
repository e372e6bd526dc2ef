/**
 * The texts of the sign-out dialog (key `signOutDialog`) and of the page for a device that holds another
 * account's data (key `deviceTaken`): both load on demand, so their texts are not in the first bundle. The
 * account menu's "Afmelden" stays bundled under `sync.signOut`.
 */
import { registerPageTexts } from '../../i18n';
import deviceTakenNl from '../../i18n/lazy/deviceTaken.nl.json';
import signOutDialogNl from '../../i18n/lazy/signOutDialog.nl.json';

/** Adds the texts under `signOutDialog` once; the dialog's module calls this when it loads. */
export function registerSignOutDialogTexts(): void {
  registerPageTexts('signOutDialog', signOutDialogNl);
}

/** Adds the texts under `deviceTaken` once; the page's module calls this when it loads. */
export function registerDeviceTakenTexts(): void {
  registerPageTexts('deviceTaken', deviceTakenNl);
}
