/**
 * The texts of the sign-out dialog (key `signOutDialog`): it loads on demand, so they are not in the first
 * bundle. The account menu's "Afmelden" stays bundled under `sync.signOut`.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/signOutDialog.nl.json';

/** Adds the texts under `signOutDialog` once; the dialog's module calls this when it loads. */
export function registerSignOutDialogTexts(): void {
  registerPageTexts('signOutDialog', nl);
}
