import { useTranslation } from 'react-i18next';
import { registerStatusOf, type Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './StatusBadge.module.css';

/** The register status in words (never colour alone), with its date where one is known. */
export function StatusBadge({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const status = registerStatusOf(patient);
  const date =
    status === 'marked' ? patient.palliativeSince : status === 'deceased' ? patient.deathDate : null;
  return (
    <span className={styles[status]}>
      {date
        ? t(`patient.registerStatus.${status}Since`, { date: formatDate(date, i18n.language) })
        : t(`patient.registerStatus.${status}`)}
    </span>
  );
}
