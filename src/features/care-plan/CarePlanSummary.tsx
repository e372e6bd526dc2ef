import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/button-class';
import type { Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './CarePlan.module.css';
import { CarePlanStatusBadge } from './CarePlanStatusBadge';
import { lastDiscussedOf } from './plan-dates';
import { useCarePlan } from './useCarePlan';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Zorgplan on the patient page: the plan's status in words, when it was last discussed, and the way in. */
export function CarePlanSummary({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const plan = useCarePlan(patient.id);
  if (plan === undefined) return null;
  const discussed = plan ? lastDiscussedOf(plan) : null;
  return (
    <section aria-labelledby="care-plan-title" className={styles.section}>
      <h2 id="care-plan-title">{t('carePlan.title')}</h2>
      <p>
        <CarePlanStatusBadge status={plan?.status ?? null} />{' '}
        {plan
          ? discussed
            ? t('carePlan.summary.lastDiscussed', { date: formatDate(discussed, i18n.language) })
            : t('carePlan.notDiscussed')
          : t('carePlan.summary.noPlan')}
      </p>
      <div className={styles.links}>
        {/* A deceased patient's plan can be read, not begun. */}
        {(plan !== null || patient.status !== 'deceased') && (
          <Link
            to={`/patienten/${patient.id}/zorgplan`}
            className={buttonClass(plan ? 'secondary' : 'primary')}
          >
            {t(plan ? 'carePlan.actions.open' : 'carePlan.actions.start')}
          </Link>
        )}
        {plan && (
          <Link to={`/patienten/${patient.id}/zorgplan/versies`} className={buttonClass('secondary')}>
            {t('carePlan.actions.history')}
          </Link>
        )}
      </div>
    </section>
  );
}
