import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonClass } from '../../components/button-class';
import { fullName } from '../../domain';
import { formatDateTime } from '../../lib/format';
import { PatientNotFound } from '../patient/PatientNotFound';
import { usePatient } from '../patient/usePatient';
import { useAccessLog } from '../../components/useAccessLog';
import styles from './CarePlan.module.css';
import { CarePlanForm } from './CarePlanForm';
import { CarePlanStatusBadge } from './CarePlanStatusBadge';
import { useCarePlan } from './useCarePlan';
import { registerCarePlanTexts } from './care-plan-i18n';
import { UnreadablePartsNotice, useUnreadableParts } from './UnreadableParts';
import { LoadingStatus } from '../../components/LoadingStatus';

registerCarePlanTexts();

/**
 * What this page shows of the patient's record: read once for both the warning about parts the device could
 * not read and the form, which is read-only while any of them is unreadable.
 */
const CARE_PLAN_PARTS = ['carePlan', 'carePlanVersion'] as const;

/** Zorgplan: one patient's care plan with the PZP record, to read and edit in one place. */
export function CarePlanPage() {
  const { t, i18n } = useTranslation();
  const { patientId } = useParams();
  const patient = usePatient(patientId);
  const plan = useCarePlan(patientId);
  const unreadable = useUnreadableParts(patientId, CARE_PLAN_PARTS);
  useAccessLog(
    patient ? { event: 'carePlan.view', action: 'R', patientId: patient.id, recordPart: 'carePlan' } : null,
    patient ? `carePlan:${patient.id}` : '',
  );

  if (patient === undefined || plan === undefined || unreadable === undefined) return <LoadingStatus />;
  if (patient === null) return <PatientNotFound />;

  const name = fullName(patient);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <p>
        <Link to={`/patienten/${patient.id}`}>{t('carePlan.backToPatient', { name })}</Link>
      </p>
      <div className={styles.titleBar}>
        <h1 id="page-title">
          {t('carePlan.pageTitle', { name })} <CarePlanStatusBadge status={plan?.status ?? null} />
        </h1>
        {plan && (
          <div className={styles.titleActions}>
            <Link to={`/patienten/${patient.id}/overdracht`} className={buttonClass('secondary')}>
              {t('carePlan.actions.handover')}
            </Link>
            <Link to={`/patienten/${patient.id}/zorgplan/versies`} className={buttonClass('secondary')}>
              {t('carePlan.actions.history')}
            </Link>
          </div>
        )}
      </div>
      <UnreadablePartsNotice unreadable={unreadable} />
      {plan && (
        <p className={styles.meta}>
          {t('carePlan.lastSaved', {
            when: formatDateTime(plan.updatedAt, i18n.language),
            name: plan.author.name,
            role: t(`roles.${plan.author.role}`),
          })}
        </p>
      )}
      <CarePlanForm key={patient.id} patient={patient} plan={plan} isUnreadable={unreadable.length > 0} />
    </section>
  );
}
