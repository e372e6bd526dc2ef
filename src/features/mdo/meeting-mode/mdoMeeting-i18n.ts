/** Registers the texts of meeting mode, the minutes, the actions overview and the attendance list. */
import { addFeatureTranslations } from '../../../i18n';
import en from '../../../i18n/lazy/mdoMeeting.en.json';
import nl from '../../../i18n/lazy/mdoMeeting.nl.json';

addFeatureTranslations('mdoMeeting', nl, en);
