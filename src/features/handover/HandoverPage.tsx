import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonClass } from '../../components/button-class';
import { fullName, type CarePlan, type Patient } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { PatientNotFound } from '../patient/PatientNotFound';
import { useAccessLog } from '../../components/useAccessLog';
import { FhirExchange } from './FhirExchange';
import styles from './Handover.module.css';
import { HandoverSheet, type PrintedBy } from './HandoverSheet';
import { useHandover } from './useHandover';
import { usePrintWithLog } from '../../components/usePrintWithLog';
import { registerHandoverTexts } from './handover-i18n';
import { registerCarePlanTexts } from '../care-plan/care-plan-i18n';
import { UnreadableParts } from '../care-plan/UnreadableParts';
import { LoadingStatus } from '../../components/LoadingStatus';

registerCarePlanTexts();

registerHandoverTexts();

/** What the handover shows of the patient's record, for the warning about parts the device could not read. */
const HANDOVER_PARTS = ['patient', 'carePlan', 'carePlanVersion'] as const;

/** The people the patient has not allowed to receive the agreements, if any. */
function refusedRecipients(plan: CarePlan): 'hap' | 'ambulance' | 'both' | null {
  const { hap, ambulance } = plan.consentToShare;
  if (hap === 'no' && ambulance === 'no') return 'both';
  if (hap === 'no') return 'hap';
  return ambulance === 'no' ? 'ambulance' : null;
}

function usePrintedBy(): PrintedBy | null {
  const session = useSessionStore((state) => state.session);
  return session
    ? { name: session.user.name, role: session.user.role, practice: session.practice.name }
    : null;
}

/** The sheet with its controls: the BSN choice (off, and forgotten when the page closes) and printing. */
function HandoverView({ patient, plan }: { patient: Patient; plan: CarePlan }) {
  const { t } = useTranslation();
  const id = useId();
  const printedBy = usePrintedBy();
  const [includeBsn, setIncludeBsn] = useState(false);
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useAccessLog(
    { event: 'handover.view', action: 'R', patientId: patient.id, recordPart: 'carePlan.handover' },
    `handover:${patient.id}`,
  );
  const print = usePrintWithLog(
    {
      event: 'handover.print',
      action: 'E',
      patientId: patient.id,
      recordPart: includeBsn ? 'carePlan.handover+bsn' : 'carePlan.handover',
    },
    () => {
      setPrintedAt(new Date());
    },
  );
  const refused = refusedRecipients(plan);
  return (
    <div className={styles.page}>
      <div className={styles.panel} data-no-print>
        <p className={styles.back}>
          <Link to={`/patienten/${patient.id}`}>{t('handover.backToPatient')}</Link>
        </p>
        <div className={styles.controls}>
          {patient.bsn && (
            <label className={styles.checkbox} htmlFor={`${id}-bsn`}>
              <input
                id={`${id}-bsn`}
                type="checkbox"
                checked={includeBsn}
                onChange={(event) => {
                  setIncludeBsn(event.target.checked);
                }}
              />
              {t('handover.controls.includeBsn')}
            </label>
          )}
          <button type="button" className={buttonClass()} onClick={print}>
            {t('handover.controls.print')}
          </button>
        </div>
        <p className={styles.small}>{t('handover.controls.pdfHint')}</p>
        {refused && (
          <p className={styles.warning}>
            {t('handover.controls.noConsent', { recipients: t(`handover.controls.recipients.${refused}`) })}
          </p>
        )}
      </div>
      {/* Outside the no-print panel: a printed handover of a possibly outdated plan says so too. */}
      <UnreadableParts patientId={patient.id} parts={HANDOVER_PARTS} />
      <HandoverSheet
        patient={patient}
        plan={plan}
        includeBsn={includeBsn}
        printedAt={printedAt}
        printedBy={printedBy}
      />
      <FhirExchange patient={patient} plan={plan} includeBsn={includeBsn} author={printedBy} />
    </div>
  );
}

function NoCarePlan({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title" className={styles.panel}>
      <h1 id="page-title">{t('handover.title')}</h1>
      <h2>{t('handover.noPlan.title')}</h2>
      <p>{t('handover.noPlan.body', { name: fullName(patient) })}</p>
      <p className={styles.actions}>
        <Link to={`/patienten/${patient.id}/zorgplan`} className={buttonClass()}>
          {t('handover.noPlan.link')}
        </Link>
        <Link to={`/patienten/${patient.id}`}>{t('handover.backToPatient')}</Link>
      </p>
    </section>
  );
}

/** Overdracht voor HAP en ambulance: the care plan's essentials on one printable A4 page, and FHIR exchange. */
export function HandoverPage() {
  const { patientId } = useParams();
  const data = useHandover(patientId);
  switch (data.kind) {
    case 'loading':
      return <LoadingStatus />;
    case 'noPatient':
      return <PatientNotFound />;
    case 'noPlan':
      return <NoCarePlan patient={data.patient} />;
    case 'ready':
      return <HandoverView patient={data.patient} plan={data.plan} />;
  }
}
