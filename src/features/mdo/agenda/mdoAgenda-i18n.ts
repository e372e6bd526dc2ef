/** Registers the agenda builder's texts (key `mdoAgenda`) when one of its modules loads. */
import { addFeatureTranslations } from '../../../i18n';
import en from '../../../i18n/lazy/mdoAgenda.en.json';
import nl from '../../../i18n/lazy/mdoAgenda.nl.json';

addFeatureTranslations('mdoAgenda', nl, en);
