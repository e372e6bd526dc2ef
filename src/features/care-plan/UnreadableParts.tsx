import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { unreadablePartsOfPatient } from '../../db';
import type { SyncEntity } from '../../domain';
import { textOr } from '../../i18n';
import { useDatabase } from '../../providers/DatabaseProvider';
import { entityLabelKey } from '../sync/record-labels';
import styles from './CarePlan.module.css';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/**
 * The kinds of record of this patient that this device received but could not read, limited to `parts`
 * when given; undefined while they are being read.
 */
export function useUnreadableParts(
  patientId: string | undefined,
  parts?: readonly SyncEntity[],
): SyncEntity[] | undefined {
  const db = useDatabase();
  const held = useLiveQuery(
    async () => (patientId === undefined ? [] : unreadablePartsOfPatient(db, patientId)),
    [db, patientId],
  );
  return held?.filter((entity) => parts === undefined || parts.includes(entity));
}

/**
 * A warning on a screen about one patient when this device received parts of that patient's record it
 * could not read (quarantined-queries.ts): what the screen shows may be older than what the team recorded.
 * `parts` limits it to the kinds of record the screen shows; without it, every part of the patient counts.
 */
export function UnreadableParts({ patientId, parts }: { patientId: string; parts?: readonly SyncEntity[] }) {
  return <UnreadablePartsNotice unreadable={useUnreadableParts(patientId, parts) ?? []} />;
}

/** The warning itself, for a screen that has read the unreadable parts already (useUnreadableParts). */
export function UnreadablePartsNotice({ unreadable }: { unreadable: readonly SyncEntity[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  if (unreadable.length === 0) return null;
  const labels = unreadable.map((entity) => textOr(t, entityLabelKey(entity), entity));
  return (
    <div role="note" aria-labelledby={titleId} className={styles.unreadable}>
      <p id={titleId} className={styles.unreadableTitle}>
        {t('carePlan.unreadable.title')}
      </p>
      <p>{t('carePlan.unreadable.body', { parts: labels.join(', ') })}</p>
    </div>
  );
}
