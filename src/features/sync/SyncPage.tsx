import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/button-class';
import { useOnlineStatus } from '../../components/useOnlineStatus';
import { SYNC_NOT_LOADED } from '../../sync/load-sync-engine';
import { syncNow } from '../../sync/sync-controller';
import { ConflictCard } from './ConflictCard';
import { RejectedCard } from './RejectedCard';
import { formatClockTime } from '../../lib/format';
import { syncLabelOf, syncLabelText } from './sync-label';
import styles from './SyncPage.module.css';
import { useSyncCounts } from './useSyncCounts';
import { useSyncIssues } from './useSyncIssues';
import { useSyncState } from './useSyncState';
import { useUnreadableRecordCount } from './useUnreadableRecordCount';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

/**
 * Synchronisatie: the state, "Nu synchroniseren", records from the server this device could not read,
 * conflicts to resolve and changes the server refused.
 */
export function SyncPage() {
  const { t, i18n } = useTranslation();
  const state = useSyncState();
  const counts = useSyncCounts();
  const issues = useSyncIssues();
  const unreadable = useUnreadableRecordCount();
  const isOnline = useOnlineStatus();
  const [isSyncing, setIsSyncing] = useState(false);
  const label = syncLabelOf(state, counts, isOnline);
  const time = state.lastSyncedAt ? formatClockTime(state.lastSyncedAt) : '';

  const onSync = async () => {
    setIsSyncing(true);
    await syncNow();
    setIsSyncing(false);
  };

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('syncPage.page.title')}</h1>
      <p role="status">{syncLabelText(label, time, t, i18n.language)}</p>
      {state.phase === 'signedOut' && (
        <p>
          {t('syncPage.page.signedOut')} <Link to="/inloggen">{t('syncPage.page.signIn')}</Link>
        </p>
      )}
      {state.phase === 'tooOld' && <p>{t('syncPage.page.tooOld')}</p>}
      {state.phase === 'error' && (
        <p>
          {state.errorCode === SYNC_NOT_LOADED
            ? t('syncPage.page.notLoaded')
            : t('syncPage.page.error', { code: state.errorCode ?? '' })}
        </p>
      )}
      <button
        type="button"
        className={buttonClass()}
        disabled={!isOnline || isSyncing}
        onClick={() => void onSync()}
      >
        {t('syncPage.page.syncNow')}
      </button>
      {!isOnline && <p>{t('syncPage.page.offlineHint')}</p>}

      {unreadable > 0 && (
        <>
          <h2>{t('syncPage.unreadable.title')}</h2>
          <p>{t('syncPage.unreadable.body', { count: unreadable })}</p>
          <p>{t('syncPage.unreadable.shown')}</p>
        </>
      )}

      <h2>{t('syncPage.conflicts.title', { count: issues?.conflicts.length ?? 0 })}</h2>
      {issues?.conflicts.length === 0 && <p>{t('syncPage.conflicts.none')}</p>}
      {issues?.conflicts.map((conflict) => (
        <ConflictCard key={conflict.id} conflict={conflict} />
      ))}

      <h2>{t('syncPage.rejected.title', { count: issues?.rejected.length ?? 0 })}</h2>
      {issues?.rejected.length === 0 && <p>{t('syncPage.rejected.none')}</p>}
      {issues?.rejected.map((row) => (
        <RejectedCard key={row.mutationId} row={row} />
      ))}
    </section>
  );
}
