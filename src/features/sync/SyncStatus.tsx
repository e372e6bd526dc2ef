import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnlineStatus } from '../../components/useOnlineStatus';
import { classNames } from '../../lib/class-names';
import { formatClockTime } from '../../lib/format';
import { syncLabelOf, syncLabelText } from './sync-label';
import styles from './SyncStatus.module.css';
import { useSyncCounts } from './useSyncCounts';
import { useSyncLabelState } from './useSyncState';

/**
 * Always-visible sync state in the header; opens the sync page with conflicts and refused changes.
 * A first sync renders it at every page it stores, so it renders only when what it shows changes
 * (useSyncLabelState) and looks up per update only the texts that carry the count.
 */
export function SyncStatus() {
  const { t, i18n } = useTranslation();
  const state = useSyncLabelState();
  const counts = useSyncCounts();
  const isOnline = useOnlineStatus();
  const label = syncLabelOf(state, counts, isOnline);
  const time = useMemo(
    () => (state.lastSyncedAt ? formatClockTime(state.lastSyncedAt) : ''),
    [state.lastSyncedAt],
  );
  // The same at every page of a first sync; `t` changes with the language.
  const busy = useMemo(
    () => ({ syncing: t('sync.status.syncing'), progressLabel: t('sync.status.progressLabel') }),
    [t],
  );
  const text = syncLabelText(label, time, t, i18n.language);
  // Said once when a first sync starts, not at every page: the count is on screen and in the link's name.
  const announced = label.progress ? busy.syncing : text;
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
          aria-label={busy.progressLabel}
        />
      )}
    </Link>
  );
}
