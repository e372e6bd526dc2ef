import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown for a link to a patient that does not exist (any more) on this device. */
export function PatientNotFound() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('patient.notFound.title')}</h1>
      <p>{t('patient.notFound.body')}</p>
      <Link to="/patienten">{t('patient.backToRegister')}</Link>
    </section>
  );
}
