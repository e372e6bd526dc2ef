import { useTranslation } from 'react-i18next';
import { classNames } from '../lib/class-names';
import styles from './OfflineIndicator.module.css';
import { useOnlineStatus } from './useOnlineStatus';

/** Always-visible connection state. Offline, everything keeps working; only the indicator changes. */
export function OfflineIndicator() {
  const { t } = useTranslation();
  const isOnline = useOnlineStatus();
  return (
    <p
      role="status"
      className={classNames(styles.indicator, !isOnline && styles.offline)}
      title={isOnline ? undefined : t('connection.offlineHint')}
    >
      <span className={styles.dot} aria-hidden="true" />
      {isOnline ? t('connection.online') : t('connection.offline')}
    </p>
  );
}
