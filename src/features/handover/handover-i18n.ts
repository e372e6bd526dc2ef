/** The texts of the overdracht and the FHIR exchange (key `handover`), which are not in the first bundle. */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/handover.nl.json';

/** Adds the texts under `handover` once; every module using them calls this when it loads. */
export function registerHandoverTexts(): void {
  registerPageTexts('handover', nl);
}
