import { useTranslation } from 'react-i18next';
import { reasonsByUrgency, type AgendaReason } from '../../../domain';
import styles from './AgendaBuilder.module.css';

/** Why a patient is on (or suggested for) the agenda, in words, most urgent first. */
export function ReasonList({ reasons }: { reasons: readonly AgendaReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.reasons} aria-label={t('mdoAgenda.reasonsLabel')}>
      {reasonsByUrgency(reasons).map((reason) => (
        <li key={reason} className={styles.reason}>
          {t(`mdoAgenda.reasons.${reason}`)}
        </li>
      ))}
    </ul>
  );
}
