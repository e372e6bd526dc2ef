import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain';
import { classNames } from '../../lib/class-names';
import { formatDate } from '../../lib/format';
import styles from './SyncPage.module.css';
import { fieldLabelKey, fieldText } from './field-value';

/**
 * The fields of one field group with their values, as a description list. With `original`, fields whose
 * value differs from it are marked (in words too, not by style alone).
 */
export function GroupValue({
  entity,
  value,
  original,
}: {
  entity: string;
  value: Record<string, unknown>;
  original?: Record<string, unknown> | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className={styles.values}>
      {Object.entries(value).map(([field, fieldValue]) => (
        <div
          key={field}
          className={classNames(styles.valueRow, isChanged(original, field, fieldValue) && styles.changed)}
        >
          <dt>{t(fieldLabelKey(entity, field), { defaultValue: field })}</dt>
          <dd>
            {fieldText(fieldValue, (iso) => formatDate(iso as IsoDate, i18n.language)) ?? (
              <em>{t('sync.conflicts.empty')}</em>
            )}
            {isChanged(original, field, fieldValue) && (
              <span className={styles.changedLabel}>{t('sync.conflicts.changed')}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function isChanged(
  original: Record<string, unknown> | null | undefined,
  field: string,
  value: unknown,
): boolean {
  return original != null && JSON.stringify(original[field] ?? null) !== JSON.stringify(value ?? null);
}
