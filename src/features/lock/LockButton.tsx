import { useTranslation } from 'react-i18next';
import styles from './LockButton.module.css';
import { lockDevice } from './lock-device';

/** "Vergrendelen": locks at once, e.g. before walking away from the tablet in the meeting room. */
export function LockButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className={styles.lock} onClick={lockDevice}>
      {t('lock.lockNow')}
    </button>
  );
}
