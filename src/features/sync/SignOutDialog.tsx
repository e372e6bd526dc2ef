import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { useOnlineStatus } from '../../components/useOnlineStatus';
import { syncNow } from '../../sync/sync-controller';
import styles from './SignOutDialog.module.css';
import { signOutAndWipe } from './sign-out';
import { registerSignOutDialogTexts } from './sign-out-i18n';
import { useWaitingChangeCount } from './useSyncCounts';

registerSignOutDialogTexts();

/**
 * Signing out wipes this device. When changes have not reached the server yet, the dialog says how many
 * and offers to sync first; signing out anyway is a deliberate second choice.
 */
export function SignOutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { auth } = useServices();
  const unsynced = useWaitingChangeCount();
  const isOnline = useOnlineStatus();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const signOut = async () => {
    setIsBusy(true);
    await signOutAndWipe(db, auth);
    // A full reload starts from nothing: no rows, no stores, no cached screens of this account.
    window.location.assign('/inloggen');
  };

  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby="sign-out-title" onClose={onClose}>
      <h2 id="sign-out-title">{t('signOutDialog.title')}</h2>
      <p>{t('signOutDialog.wipes')}</p>
      {unsynced > 0 && (
        <p className={styles.warning} role="alert">
          {t('signOutDialog.unsynced', { count: unsynced })}
        </p>
      )}
      <div className={styles.actions}>
        {unsynced > 0 && isOnline && (
          <button type="button" className={buttonClass()} disabled={isBusy} onClick={() => void syncNow()}>
            {t('signOutDialog.syncFirst')}
          </button>
        )}
        <button
          type="button"
          className={buttonClass('danger')}
          disabled={isBusy}
          onClick={() => void signOut()}
        >
          {unsynced > 0 ? t('signOutDialog.confirmLoss') : t('signOutDialog.confirm')}
        </button>
        <button type="button" className={buttonClass('secondary')} disabled={isBusy} onClick={onClose}>
          {t('form.cancel')}
        </button>
      </div>
    </dialog>
  );
}
