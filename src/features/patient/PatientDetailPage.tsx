import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAccessLog } from '../../components/useAccessLog';
import { buttonClass } from '../../components/button-class';
import { useToday } from '../../components/useToday';
import { ageOn, fullName, maskBsn, type Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import { CarePlanSummary } from '../care-plan/CarePlanSummary';
import { UnreadableParts } from '../care-plan/UnreadableParts';
import { ChecklistPanel } from '../checklists/ChecklistPanel';
import { MarkingSection } from '../marking/MarkingSection';
import { NominateForMdo } from '../mdo/agenda/NominateForMdo';
import { StatusBadge } from '../register/StatusBadge';
import { PatientMdoAdvice } from './PatientMdoAdvice';
import { PatientNotFound } from './PatientNotFound';
import styles from './PatientPages.module.css';
import { usePatient } from './usePatient';
import { LoadingStatus } from '../../components/LoadingStatus';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const isEmpty = children === '' || children === null || children === undefined;
  return (
    <div className={styles.detail}>
      <dt>{label}</dt>
      <dd>{isEmpty ? <span className={styles.unknown}>{t('patient.notRecorded')}</span> : children}</dd>
    </div>
  );
}

/** The BSN stays masked until someone asks to see it. */
function BsnValue({ bsn }: { bsn: string }) {
  const { t } = useTranslation();
  const [isShown, setIsShown] = useState(false);
  return (
    <span className={styles.bsn}>
      <span>{isShown ? bsn : maskBsn(bsn)}</span>
      <button
        type="button"
        className={buttonClass('secondary')}
        onClick={() => {
          setIsShown(!isShown);
        }}
      >
        {isShown ? t('patient.bsn.hide') : t('patient.bsn.show')}
      </button>
    </span>
  );
}

/** Who this is, right under the name: birth date with age, sex and the masked BSN. */
function PatientIdentity({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const age = t('patient.age', { count: ageOn(patient.birthDate, patient.deathDate ?? today) });
  return (
    <dl className={styles.identity}>
      <div>
        <dt>{t('patient.fields.birthDate')}</dt>
        <dd>{`${formatDate(patient.birthDate, i18n.language)} (${age})`}</dd>
      </div>
      <div>
        <dt>{t('patient.fields.sex')}</dt>
        <dd>{t(`patient.sex.${patient.sex}`)}</dd>
      </div>
      <div>
        <dt>{t('patient.fields.bsn')}</dt>
        <dd>
          {patient.bsn ? (
            <BsnValue bsn={patient.bsn} />
          ) : (
            <span className={styles.unknown}>{t('patient.notRecorded')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

function PatientDetails({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const date = (value: Patient['birthDate'] | null) => (value ? formatDate(value, i18n.language) : '');
  return (
    <div className={styles.sections}>
      <section aria-labelledby="care-title" className={styles.card}>
        <h2 id="care-title">{t('patient.sections.care')}</h2>
        <dl>
          <Detail label={t('patient.fields.treatingGp')}>{patient.treatingGp}</Detail>
          <Detail label={t('patient.fields.diagnosisText')}>
            {[patient.diagnosisText, patient.icpcCode && `(${patient.icpcCode})`].filter(Boolean).join(' ')}
          </Detail>
          <Detail label={t('patient.fields.homeCareOrganisation')}>{patient.homeCareOrganisation}</Detail>
        </dl>
      </section>
      <section aria-labelledby="contact-title" className={styles.card}>
        <h2 id="contact-title">{t('patient.sections.contact')}</h2>
        <dl>
          <Detail label={t('patient.fields.contactName')}>
            {[patient.contactName, patient.contactRelation && `(${patient.contactRelation})`]
              .filter(Boolean)
              .join(' ')}
          </Detail>
          <Detail label={t('patient.fields.contactPhone')}>
            {patient.contactPhone && (
              <a href={`tel:${patient.contactPhone.replace(/[^\d+]/g, '')}`}>{patient.contactPhone}</a>
            )}
          </Detail>
        </dl>
      </section>
      <section aria-labelledby="status-title" className={styles.card}>
        <h2 id="status-title">{t('patient.sections.status')}</h2>
        <dl>
          <Detail label={t('patient.fields.status')}>
            <StatusBadge patient={patient} />
          </Detail>
          {patient.status === 'deceased' && (
            <Detail label={t('patient.fields.placeOfDeath')}>
              {patient.placeOfDeath && t(`patient.placeOfDeath.${patient.placeOfDeath}`)}
            </Detail>
          )}
          {patient.statusSince && (
            <Detail label={t('patient.fields.statusSince')}>{date(patient.statusSince)}</Detail>
          )}
          <Detail label={t('patient.fields.palliativeSince')}>
            {patient.palliativeSince ? date(patient.palliativeSince) : t('patient.notMarked')}
          </Detail>
        </dl>
      </section>
    </div>
  );
}

/** The patient page: everything recorded about one patient; later features add their sections here. */
export function PatientDetailPage() {
  const { t } = useTranslation();
  const { patientId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const patient = usePatient(patientId);
  useAccessLog(
    patient ? { event: 'patient.view', action: 'R', patientId: patient.id, recordPart: 'patient' } : null,
    patient ? `patient:${patient.id}` : '',
  );
  // The confirmation belongs to this visit only: remember it, then drop it from history so a reload
  // does not claim a second save.
  const [isJustSaved] = useState(() => (location.state as { saved?: boolean } | null)?.saved === true);
  useEffect(() => {
    if (isJustSaved) void navigate(location.pathname, { replace: true, state: null });
  }, [isJustSaved, location.pathname, navigate]);

  if (patient === undefined) return <LoadingStatus />;
  if (patient === null) return <PatientNotFound />;
  // After death only the nabespreking (in the MDO) and reading remain; the server refuses new clinical work.
  const isDeceased = patient.status === 'deceased';

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <p className={styles.back}>
        <Link to="/patienten">{t('patient.backToRegister')}</Link>
      </p>
      <div className={styles.titleBar}>
        <h1 id="page-title">{fullName(patient)}</h1>
        <Link to={`/patienten/${patient.id}/bewerken`} className={buttonClass('secondary')}>
          {t('patient.edit.action')}
        </Link>
      </div>
      <UnreadableParts patientId={patient.id} />
      <PatientIdentity patient={patient} />
      <p role="status" className={isJustSaved ? styles.saved : 'visually-hidden'}>
        {isJustSaved ? t('patient.saved') : ''}
      </p>
      {isDeceased && <p className={styles.afterDeath}>{t('patient.afterDeath')}</p>}
      <MarkingSection patient={patient} />
      <CarePlanSummary patient={patient} />
      {!isDeceased && <NominateForMdo patient={patient} />}
      <PatientMdoAdvice patient={patient} />
      <ChecklistPanel patient={patient} />
      <PatientDetails patient={patient} />
    </section>
  );
}
