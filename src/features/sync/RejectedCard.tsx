import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../providers/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { dismissRejected, logAccess, type OutboxRow } from '../../db';
import { withoutProtocolFields } from '../../domain';
import { GroupValue } from './GroupValue';
import styles from './SyncPage.module.css';
import { useRecordPatient } from './useRecordLabel';
import { textOr } from '../../i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

/** Saves the refused change as a JSON file; the name carries the date, never a patient detail. */
function exportChange(row: OutboxRow): void {
  const blob = new Blob([JSON.stringify(row, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `tijdig-geweigerde-wijziging-${row.createdAt.slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * A change the server refused, with the reason. It stays until a person opens the record to redo it,
 * exports it, and marks it as dealt with.
 */
export function RejectedCard({ row }: { row: OutboxRow }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const titleId = useId();
  const patient = useRecordPatient(row.entity, row.recordId, row.changed);
  const reason = row.rejection?.reason ?? 'invalid';
  const changed = withoutProtocolFields(row.changed);

  const onExport = () => {
    exportChange(row);
    void logAccess(
      db,
      {
        event: 'syncPage.rejected.export',
        action: 'E',
        patientId: patient ? row.recordId : null,
        recordPart: row.entity,
      },
      new Date(),
    );
  };
  const onDismiss = () => {
    if (window.confirm(t('syncPage.rejected.dismissConfirm'))) void dismissRejected(db, row.mutationId);
  };

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t(`syncPage.entities.${row.entity}`)}
        {patient && (
          <>
            {' · '}
            <Link to={patient.path}>{patient.name}</Link>
          </>
        )}
      </h3>
      <p className={styles.reason}>{t(`syncPage.reasons.${reason}`)}</p>
      {row.rejection?.issues && row.rejection.issues.length > 0 && (
        <ul>
          {row.rejection.issues.map((issue) => (
            <li key={`${issue.path}-${issue.code}`}>
              {issue.path}: {textOr(t, `errors.${issue.code}`, issue.code)}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('syncPage.rejected.showChange')}</summary>
        <GroupValue entity={row.entity} value={changed} />
      </details>
      <div className={styles.actions}>
        <button type="button" className={buttonClass('secondary')} onClick={onExport}>
          {t('syncPage.rejected.export')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onDismiss}>
          {t('syncPage.rejected.dismiss')}
        </button>
      </div>
    </article>
  );
}
