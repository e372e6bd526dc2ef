import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** What a beheerder-only account sees at a patient address: why there is nothing, and where to go. */
export function NoPatientAccessPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('account.noPatientAccess.title')}</h1>
      <p>{t('account.noPatientAccess.why')}</p>
      <p>{t('account.noPatientAccess.clinicalRole')}</p>
      <p>
        <Link to="/beheer">{t('account.noPatientAccess.toBeheer')}</Link>
      </p>
    </section>
  );
}
