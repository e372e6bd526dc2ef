/** The texts of the checklists and their definitions (key `checklists`), which are not in the first bundle. */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/checklists.nl.json';

/** Adds the texts under `checklists` once; every module using them calls this when it loads. */
export function registerChecklistsTexts(): void {
  registerPageTexts('checklists', nl);
}
