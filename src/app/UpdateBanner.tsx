import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../components/button-class';
import { useAppUpdateStore } from '../state/app-update-store';
import styles from './UpdateBanner.module.css';

/** Offers a waiting new version. It never reloads while a form holds unsaved input. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const { isUpdateWaiting, isDismissed, activateUpdate, dirtyForms, dismissUpdate } = useAppUpdateStore();
  const [isUpdating, setIsUpdating] = useState(false);

  if (!isUpdateWaiting || isDismissed || !activateUpdate) return null;
  const hasUnsavedInput = dirtyForms.size > 0;

  const update = () => {
    setIsUpdating(true);
    void activateUpdate();
  };

  return (
    <div role="alert" className={styles.banner} data-no-print>
      <p className={styles.text}>
        {t('update.available')} {hasUnsavedInput && t('update.saveFirst')}
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className={buttonClass()}
          onClick={update}
          disabled={hasUnsavedInput || isUpdating}
        >
          {t('update.now')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={dismissUpdate}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}
