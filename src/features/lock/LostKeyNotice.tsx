import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { useLockStore } from '../../state/lock-store';
import styles from './LostKeyNotice.module.css';

/**
 * Says, once, that this device's encrypted rows were dropped because their key is gone for good, and how
 * many unsent changes went with them: never a silent loss.
 */
export function LostKeyNotice() {
  const { t } = useTranslation();
  const lostChanges = useLockStore((state) => state.lostChanges);
  const dismiss = useLockStore((state) => state.dismissLostKey);
  if (lostChanges === null) return null;
  return (
    <div role="alert" className={styles.notice}>
      <p className={styles.title}>{t('lock.lostKey.title')}</p>
      <p>{t('lock.lostKey.body')}</p>
      {lostChanges > 0 && <p>{t('lock.lostKey.lost', { count: lostChanges })}</p>}
      <button type="button" className={buttonClass('secondary')} onClick={dismiss}>
        {t('lock.lostKey.dismiss')}
      </button>
    </div>
  );
}
