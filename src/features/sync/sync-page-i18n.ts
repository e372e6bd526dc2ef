/**
 * The texts of the Synchronisatie page (key `syncPage`: conflicts, refused changes and the names of records,
 * groups and fields they show), which are not in the first bundle. The header's sync status, the sign-out
 * dialog and the device-taken page, which the first screen may show, keep theirs under `sync`.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/syncPage.nl.json';

/** Adds the texts under `syncPage` once; every module using them calls this when it loads. */
export function registerSyncPageTexts(): void {
  registerPageTexts('syncPage', nl);
}
