import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What a beheerder-only account sees at a patient address: why there is nothing, and where to go. */
export function NoPatientAccessPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('noPatientAccess.title')}</h1>
      <p>{t('noPatientAccess.why')}</p>
      <p>{t('noPatientAccess.clinicalRole')}</p>
      <p>
        <Link to="/beheer">{t('noPatientAccess.toBeheer')}</Link>
      </p>
    </section>
  );
}
