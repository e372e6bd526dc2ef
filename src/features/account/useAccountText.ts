import { useTranslation } from 'react-i18next';
import type { Role } from '../../domain';
import { firstTextKey } from '../../i18n';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Pages with their own wording for some failures (e.g. offline: "Inloggen kan alleen online"). */
export type FailureContext = 'setup' | 'login' | 'invitation';

/** Dutch sentences for the account feature's error codes; its own texts first, then the app's. */
export function useAccountText() {
  const { t, i18n } = useTranslation();
  return {
    /** Every role of an account as one phrase, e.g. "huisarts en beheerder". */
    roleNames: (roles: readonly Role[]): string =>
      new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
        roles.map((role) => t(`account.roles.${role}`)),
      ),
    /** The sentence next to a field for a validation code such as `password.tooShort`. */
    errorMessage: (code: string | undefined): string | undefined =>
      code === undefined
        ? undefined
        : t(firstTextKey([`account.errors.${code}`, `errors.${code}`], 'errors.invalid')),
    /** The sentence next to a form for a failure code such as `invalidCredentials` or `offline`. */
    failureMessage: (code: string, context?: FailureContext): string =>
      t(
        firstTextKey(
          [...(context ? [`account.${context}.failures.${code}`] : []), `account.failures.${code}`],
          'account.failures.unknown',
        ),
      ),
  };
}
