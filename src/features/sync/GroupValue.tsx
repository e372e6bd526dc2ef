import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './SyncPage.module.css';
import { fieldLabelKey, fieldText } from './field-value';

/** The fields of one field group with their values, as a description list. */
export function GroupValue({ entity, value }: { entity: string; value: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className={styles.values}>
      {Object.entries(value).map(([field, fieldValue]) => (
        <div key={field} className={styles.valueRow}>
          <dt>{t(fieldLabelKey(entity, field), { defaultValue: field })}</dt>
          <dd>
            {fieldText(fieldValue, (iso) => formatDate(iso as IsoDate, i18n.language)) ?? (
              <em>{t('sync.conflicts.empty')}</em>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
