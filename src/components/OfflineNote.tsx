import { useTranslation } from 'react-i18next';
import { offlineRecordedAt } from '../domain';
import { formatDateTime } from '../lib/format';

/**
 * For work recorded offline: the device's own moment beside the server's ("vastgelegd op het apparaat"),
 * so a reader knows the fact is older than the time the server stored. Renders nothing otherwise.
 */
export function OfflineNote({
  deviceAt,
  receivedAt,
}: {
  deviceAt: string | null | undefined;
  receivedAt: string;
}) {
  const { t, i18n } = useTranslation();
  const recordedAt = offlineRecordedAt(deviceAt, receivedAt);
  if (!recordedAt) return null;
  return <> ({t('form.recordedOnDevice', { when: formatDateTime(recordedAt, i18n.language) })})</>;
}
