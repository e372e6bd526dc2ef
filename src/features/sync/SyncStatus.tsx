import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnlineStatus } from '../../components/useOnlineStatus';
import { classNames } from '../../lib/class-names';
import { syncLabelOf, syncLabelText } from './sync-label';
import styles from './SyncStatus.module.css';
import { useSyncCounts } from './useSyncCounts';
import { useSyncState } from './useSyncState';

/** Always-visible sync state in the header; opens the sync page with conflicts and refused changes. */
export function SyncStatus() {
  const { t } = useTranslation();
  const state = useSyncState();
  const counts = useSyncCounts();
  const isOnline = useOnlineStatus();
  const label = syncLabelOf(state, counts, isOnline);
  const time = state.lastSyncedAt
    ? new Date(state.lastSyncedAt).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })
    : '';
  const text = syncLabelText(label, time, t);
  // Said once when a first sync starts, not at every page: the count is on screen and in the link's name.
  const announced = label.progress ? t('sync.status.syncing') : text;
  return (
    <Link
      to="/synchronisatie"
      className={classNames(styles.status, styles[label.tone])}
      aria-label={t('sync.status.label', { status: text })}
    >
      <span className={styles.dot} aria-hidden="true" />
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden" aria-live="polite">
        {announced}
      </span>
      {label.progress && (
        <progress
          className={styles.progress}
          value={label.progress.received}
          max={label.progress.total}
          aria-label={t('sync.status.progressLabel')}
        />
      )}
    </Link>
  );
}
