/** Registers the Overzicht texts when the page's code loads (they are not in the first bundle). */
import { addFeatureTranslations } from '../../i18n';
import en from '../../i18n/lazy/overview.en.json';
import nl from '../../i18n/lazy/overview.nl.json';

addFeatureTranslations('overview', nl, en);
