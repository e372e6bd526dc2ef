/**
 * The texts of meeting mode, the minutes, the actions overview and the attendance list (key `mdoMeeting`),
 * which are not in the first bundle.
 */
import { registerPageTexts } from '../../../i18n';
import nl from '../../../i18n/lazy/mdoMeeting.nl.json';

/** Adds the texts under `mdoMeeting` once; every module using them calls this when it loads. */
export function registerMdoMeetingTexts(): void {
  registerPageTexts('mdoMeeting', nl);
}
