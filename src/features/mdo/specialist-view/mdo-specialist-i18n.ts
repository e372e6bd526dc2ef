/** The texts of the specialist's view (key `mdoSpecialist`), which are not in the first bundle. */
import { registerPageTexts } from '../../../i18n';
import nl from '../../../i18n/lazy/mdoSpecialist.nl.json';

/** Adds the texts under `mdoSpecialist` once; every module using them calls this when it loads. */
export function registerMdoSpecialistTexts(): void {
  registerPageTexts('mdoSpecialist', nl);
}
