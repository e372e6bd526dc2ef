import { useTranslation } from 'react-i18next';
import type { IsoDate, Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import styles from './MeetingMode.module.css';
import { usePatientMeetingFacts } from './usePatientMeetingFacts';

/** What the record already says, to answer the nabespreking: when marked, when and where died. */
export function DeathFacts({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const facts = usePatientMeetingFacts(patient.id);
  const date = (value: IsoDate) => formatDate(value, i18n.language);
  return (
    <ul className={styles.deathFacts}>
      <li>
        {patient.palliativeSince
          ? t('mdoMeeting.afterDeath.markedSince', { date: date(patient.palliativeSince) })
          : t('mdoMeeting.afterDeath.notMarked')}
      </li>
      {patient.deathDate && (
        <li>
          {t('mdoMeeting.afterDeath.died', {
            date: date(patient.deathDate),
            place: t(`patient.placeOfDeath.${patient.placeOfDeath ?? 'unknown'}`),
          })}
        </li>
      )}
      {facts?.diedAtPreferredPlace && (
        <li>
          {t('mdoMeeting.afterDeath.preferredRecorded', {
            answer: t(`mdoMeeting.answers.${facts.diedAtPreferredPlace}`),
          })}
        </li>
      )}
    </ul>
  );
}
