/** Registers the texts of the MDO planning pages (meetings, invitations, specialists) when they load. */
import { addFeatureTranslations } from '../../../i18n';
import en from '../../../i18n/lazy/mdoMeetings.en.json';
import nl from '../../../i18n/lazy/mdoMeetings.nl.json';

addFeatureTranslations('mdoMeetings', nl, en);
