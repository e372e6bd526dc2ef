/** Registers the specialist view's texts (key `mdoSpecialist`) when its pages load; import it from each page. */
import { addFeatureTranslations } from '../../../i18n';
import en from '../../../i18n/lazy/mdoSpecialist.en.json';
import nl from '../../../i18n/lazy/mdoSpecialist.nl.json';

addFeatureTranslations('mdoSpecialist', nl, en);
