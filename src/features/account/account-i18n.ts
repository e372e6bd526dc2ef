/**
 * The texts of the account screens (key `account`: instellen, inloggen, uitnodiging, team, beheer,
 * auditlog, tweestapsverificatie), which are not in the first bundle: each of those screens loads on demand.
 */
import { registerPageTexts } from '../../i18n';
import nl from '../../i18n/lazy/account.nl.json';

/** Adds the texts under `account` once; every module using them calls this when it loads. */
export function registerAccountTexts(): void {
  registerPageTexts('account', nl);
}
