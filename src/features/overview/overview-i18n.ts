/**
 * The Overzicht texts, which are not in the first bundle. The pages call this when their module loads.
 * It is a function on purpose: package.json marks modules free of side effects, so a bare
 * `import './overview-i18n'` would be dropped from the production build.
 */
import { addFeatureTranslations } from '../../i18n';
import en from '../../i18n/lazy/overview.en.json';
import nl from '../../i18n/lazy/overview.nl.json';

/** Adds the texts under `overview`; calling it again does nothing. */
export function registerOverviewTexts(): void {
  addFeatureTranslations('overview', nl, en);
}
