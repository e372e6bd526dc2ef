import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToday } from '../../../components/useToday';
import { ageOn, type AgendaItem, type Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { useAccessLog } from '../../../components/useAccessLog';
import { LatestChecklist } from './LatestChecklist';
import styles from './MeetingMode.module.css';
import { OpenActionsList } from './OpenActionsList';
import { useMdoWords } from './useMdoWords';
import { usePatientMeetingFacts } from './usePatientMeetingFacts';

/** What the team needs at a glance: age, colour in words, why on the agenda, the question, a short summary. */
export function PatientSummary({ item, patient }: { item: AgendaItem; patient: Patient }) {
  const { t, i18n } = useTranslation();
  const words = useMdoWords();
  const today = useToday();
  const facts = usePatientMeetingFacts(patient.id);
  useAccessLog(
    { event: 'mdo.item.view', action: 'R', patientId: patient.id, recordPart: 'mdo.agendaItem' },
    `overleg-item:${item.id}`,
  );
  const planStatus = facts ? (facts.carePlanStatus ?? 'none') : null;
  return (
    <div className={styles.summary}>
      <p className={styles.facts}>
        <span>{t('patient.age', { count: ageOn(patient.birthDate, patient.deathDate ?? today) })}</span>
        <span>
          {patient.registerColour
            ? t('mdoMeeting.patient.colour', { colour: words.colour(patient.registerColour) })
            : t('mdoMeeting.patient.noColour')}
        </span>
        {patient.deathDate && (
          <span>
            {t('mdoMeeting.patient.deceasedOn', { date: formatDate(patient.deathDate, i18n.language) })}
          </span>
        )}
      </p>
      {item.reasons.length > 0 && (
        <>
          <h4>{t('mdoMeeting.patient.reasons')}</h4>
          <ul className={styles.reasons}>
            {item.reasons.map((reason) => (
              <li key={reason}>{t(`mdoMeeting.reasons.${reason}`)}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('mdoMeeting.patient.question')}</h4>
      <p className={styles.question}>{item.question || t('mdoMeeting.patient.noQuestion')}</p>
      <h4>{t('mdoMeeting.patient.summary')}</h4>
      <LatestChecklist patientId={patient.id} />
      {planStatus && (
        <p>
          {t('mdoMeeting.patient.carePlan', { status: t(`mdoMeeting.patient.carePlanStatus.${planStatus}`) })}
        </p>
      )}
      <p className={styles.linkRow}>
        <Link to={`/patienten/${patient.id}/zorgplan`}>{t('mdoMeeting.patient.carePlanLink')}</Link>
        <Link to={`/patienten/${patient.id}`}>{t('mdoMeeting.patient.patientLink')}</Link>
      </p>
      {facts && (
        <OpenActionsList actions={facts.openActions.filter((action) => action.agendaItemId !== item.id)} />
      )}
    </div>
  );
}
