import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../domain';
import { formatDateTime } from '../../lib/format';
import styles from './Account.module.css';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

const DEVICE_SOURCE = /^device:(.+)$/;
const COLUMNS = [
  'deviceAt',
  'receivedAt',
  'userName',
  'role',
  'onBehalfName',
  'event',
  'action',
  'patientId',
  'recordPart',
  'target',
  'outcome',
  'source',
] as const;

/**
 * The audit entries, one row each: the facts of an access, never the data that was accessed. Two times:
 * what the device reported ("op het apparaat", only for events a device queued, often offline) and when
 * the server received or did it ("ontvangen"); the device's time is its own claim, the other is not.
 */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const none = t('account.audit.none');
  const time = (value: string | null) => (value === null ? none : formatDateTime(value, i18n.language));
  const source = (value: string) => {
    if (value === 'server') return t('account.audit.sources.server');
    const device = DEVICE_SOURCE.exec(value)?.[1];
    return device === undefined ? value : t('account.audit.sources.device', { id: device });
  };
  return (
    // A scrolling region must take focus, or keyboard users cannot scroll it (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: the region itself scrolls
    <div className={styles.tableScroll} role="region" aria-label={t('account.audit.tableLabel')} tabIndex={0}>
      <table className={styles.table} aria-label={t('account.audit.tableLabel')}>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`account.audit.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={styles.nowrap}>{time(entry.deviceAt)}</td>
              <td className={styles.nowrap}>{time(entry.receivedAt)}</td>
              <td>{entry.userName ?? none}</td>
              <td>{entry.role ? t(`account.roles.${entry.role}`) : none}</td>
              <td>{entry.onBehalfName ?? none}</td>
              <td className={styles.code}>{entry.event}</td>
              <td>{t(`account.audit.actions.${entry.action}`)}</td>
              <td className={styles.code}>{entry.patientId ?? none}</td>
              <td className={styles.code}>{entry.recordPart}</td>
              <td className={styles.code}>{entry.target ?? none}</td>
              <td>{t(`account.audit.outcomes.${entry.outcome}`)}</td>
              <td className={styles.code}>{source(entry.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
