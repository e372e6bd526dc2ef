import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { signOutAndWipe } from './sign-out';
import { registerDeviceTakenTexts } from './device-taken-i18n';
import { useSyncCounts } from './useSyncCounts';

registerDeviceTakenTexts();

/**
 * Another account's data is on this device (its user did not sign out). The new account sees none of it
 * and nothing syncs until someone chooses: let the other user sign in to send their changes, or wipe.
 */
export function DeviceTakenPage() {
  const { t } = useTranslation();
  const db = useDatabase();
  const { auth } = useServices();
  const counts = useSyncCounts();
  const [isBusy, setIsBusy] = useState(false);
  const unsynced = counts.pending + counts.rejected;
  const wipe = async () => {
    setIsBusy(true);
    await signOutAndWipe(db, auth);
    window.location.assign('/inloggen');
  };
  return (
    <main id="inhoud" aria-labelledby="device-taken-title">
      <h1 id="device-taken-title">{t('deviceTaken.title')}</h1>
      <p>{t('deviceTaken.body')}</p>
      {unsynced > 0 && <p role="alert">{t('deviceTaken.unsynced', { count: unsynced })}</p>}
      <button type="button" className={buttonClass('danger')} disabled={isBusy} onClick={() => void wipe()}>
        {t('deviceTaken.wipe')}
      </button>
    </main>
  );
}
