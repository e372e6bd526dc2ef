import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { listPatientAdvice } from '../../db';
import type { Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import { SpecialistAdviceList } from '../mdo/invitations/SpecialistAdviceList';
import styles from './PatientPages.module.css';

/**
 * The patient's MDO history as far as a specialist PZ advised on it: per meeting (latest first) the
 * advice with the specialist's name and date. Nothing when no specialist advised on this patient.
 */
export function PatientMdoAdvice({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const history = useLiveQuery(() => listPatientAdvice(db, patient.id), [db, patient.id]);
  if (!history || history.length === 0) return null;
  return (
    <section aria-labelledby="mdo-advice-title" className={styles.card}>
      <h2 id="mdo-advice-title">{t('specialistAdvice.patientHeading')}</h2>
      {history.map(({ meeting, advice }) => (
        <div key={meeting.id}>
          <h3>{t('specialistAdvice.meeting', { date: formatDate(meeting.date, i18n.language) })}</h3>
          <SpecialistAdviceList advice={advice} />
        </div>
      ))}
    </section>
  );
}
