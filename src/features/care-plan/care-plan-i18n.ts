/**
 * The texts of the zorgplan (key `carePlan`), which are not in the first bundle: the register does not use
 * them, and the care plan, handover, sync and marking screens that do all load on demand.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/carePlan.nl.json';

/** Adds the texts under `carePlan` once; every module using them calls this when it loads. */
export function registerCarePlanTexts(): void {
  registerPageTexts('carePlan', nl);
}
