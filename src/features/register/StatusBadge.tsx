import { useTranslation } from 'react-i18next';
import { registerStatusOf, type Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './StatusBadge.module.css';

/** The register status in words, with its date where known, and the register colour as a word too. */
export function StatusBadge({
  patient,
}: {
  patient: Pick<Patient, 'status' | 'palliativeSince' | 'dyingPhaseSince' | 'deathDate' | 'registerColour'>;
}) {
  const { t, i18n } = useTranslation();
  const status = registerStatusOf(patient);
  const since =
    status === 'marked'
      ? { key: 'patient.registerStatus.markedSince' as const, date: patient.palliativeSince }
      : status === 'deceased'
        ? { key: 'patient.registerStatus.deceasedSince' as const, date: patient.deathDate }
        : null;
  const text =
    status === 'marked' && patient.dyingPhaseSince
      ? t('patient.registerStatus.dyingSince', { date: formatDate(patient.dyingPhaseSince, i18n.language) })
      : since?.date
        ? t(since.key, { date: formatDate(since.date, i18n.language) })
        : t(`patient.registerStatus.${status}`);
  return (
    <>
      <span className={styles[status]}>{text}</span>
      {status === 'marked' && patient.registerColour && (
        <span className={styles.colour}>
          {' · '}
          <span className={styles[`colour-${patient.registerColour}`]} aria-hidden="true" />
          {t(`marking.colour.${patient.registerColour}`)}
        </span>
      )}
    </>
  );
}
