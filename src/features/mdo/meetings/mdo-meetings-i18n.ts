/**
 * The texts of the MDO planning pages (meetings, invitations, specialists) (key `mdoMeetings`), which are
 * not in the first bundle.
 */
import { registerPageTexts } from '../../../i18n';
import nl from '../../../i18n/lazy/mdoMeetings.nl.json';

/** Adds the texts under `mdoMeetings` once; every module using them calls this when it loads. */
export function registerMdoMeetingsTexts(): void {
  registerPageTexts('mdoMeetings', nl);
}
