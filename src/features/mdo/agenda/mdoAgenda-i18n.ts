/**
 * The texts of the agenda builder and the review interval setting (key `mdoAgenda`), which are not in the
 * first bundle.
 */
import { registerPageTexts } from '../../../i18n';
import nl from '../../../i18n/lazy/mdoAgenda.nl.json';

/** Adds the texts under `mdoAgenda` once; every module using them calls this when it loads. */
export function registerMdoAgendaTexts(): void {
  registerPageTexts('mdoAgenda', nl);
}
