import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fullName, type CarePlan, type Patient } from '../../domain';
import { formatDate, formatInstantDate } from '../../lib/format';
import styles from './CarePlan.module.css';
import { CarePlanStatusBadge } from './CarePlanStatusBadge';
import { lastDiscussedOf } from './plan-dates';
import { useCarePlanOverview } from './useCarePlanOverview';
import { registerCarePlanTexts } from './care-plan-i18n';
import { LoadingStatus } from '../../components/LoadingStatus';

registerCarePlanTexts();

const byName = (a: Patient, b: Patient) =>
  a.familyName.localeCompare(b.familyName, 'nl') || a.givenName.localeCompare(b.givenName, 'nl');

function PlanRow({ plan, patient }: { plan: CarePlan; patient: Patient }) {
  const { t, i18n } = useTranslation();
  const discussed = lastDiscussedOf(plan);
  return (
    <tr>
      <td>
        <Link to={`/patienten/${patient.id}/zorgplan`}>{fullName(patient)}</Link>
      </td>
      <td>
        <CarePlanStatusBadge status={plan.status} />
      </td>
      <td>{discussed ? formatDate(discussed, i18n.language) : t('carePlan.overview.never')}</td>
      <td>
        {t('carePlan.overview.savedBy', {
          date: formatInstantDate(plan.updatedAt, i18n.language),
          name: plan.author.name,
        })}
      </td>
    </tr>
  );
}

/** Zorgplannen: every plan with its status, and the marked patients who have none yet. */
export function CarePlansPage() {
  const { t } = useTranslation();
  const overview = useCarePlanOverview();
  if (overview === undefined) return <LoadingStatus />;
  const rows = [...overview.plans].sort((a, b) => byName(a.patient, b.patient));
  const without = [...overview.markedWithoutPlan].sort(byName);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('carePlan.overview.title')}</h1>
      <p>{t('carePlan.overview.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('carePlan.overview.empty')}</p>
      ) : (
        <table className={styles.table} aria-label={t('carePlan.overview.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('carePlan.overview.patient')}</th>
              <th scope="col">{t('carePlan.overview.status')}</th>
              <th scope="col">{t('carePlan.overview.lastDiscussed')}</th>
              <th scope="col">{t('carePlan.overview.lastSaved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ plan, patient }) => (
              <PlanRow key={plan.id} plan={plan} patient={patient} />
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="without-plan-title" className={styles.section}>
        <h2 id="without-plan-title">{t('carePlan.overview.withoutPlan')}</h2>
        {without.length === 0 ? (
          <p>{t('carePlan.overview.withoutPlanEmpty')}</p>
        ) : (
          <ul>
            {without.map((patient) => (
              <li key={patient.id}>
                <Link to={`/patienten/${patient.id}/zorgplan`}>{fullName(patient)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
