import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../lib/class-names';
import styles from './SyncPage.module.css';
import { fieldLabelKey, fieldText, isEmptyValue, partLabelKey } from './field-value';
import { textOr } from '../../i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

function isPartRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of one field group with their values, as the form shows them, in a description list. A
 * care-plan field made of parts (a treatment limit: besluit, datum besproken, met wie) lists its filled
 * parts by name. With `original`, fields whose value differs from it are marked (in words too, not by style
 * alone).
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
  const words = (field: string, fieldValue: unknown) =>
    fieldText(entity, field, fieldValue, t, i18n.language) ?? <em>{t('syncPage.conflicts.empty')}</em>;
  return (
    <dl className={styles.values}>
      {Object.entries(value).map(([field, fieldValue]) => (
        <div
          key={field}
          className={classNames(styles.valueRow, isChanged(original, field, fieldValue) && styles.changed)}
        >
          <dt>{textOr(t, fieldLabelKey(entity, field), field)}</dt>
          <dd>
            {entity === 'carePlan' && isPartRecord(fieldValue) ? (
              <PartList parts={fieldValue} words={words} />
            ) : (
              words(field, fieldValue)
            )}
            {isChanged(original, field, fieldValue) && (
              <span className={styles.changedLabel}>{t('syncPage.conflicts.changed')}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PartList({
  parts,
  words,
}: {
  parts: Record<string, unknown>;
  words: (part: string, value: unknown) => ReactNode;
}) {
  const { t } = useTranslation();
  const filled = Object.entries(parts).filter(([part, item]) => part !== 'id' && !isEmptyValue(item));
  if (filled.length === 0) return <em>{t('syncPage.conflicts.empty')}</em>;
  return (
    <ul className={styles.parts}>
      {filled.map(([part, item]) => (
        <li key={part}>
          {textOr(t, partLabelKey(part), part)}: {words(part, item)}
        </li>
      ))}
    </ul>
  );
}

function isChanged(
  original: Record<string, unknown> | null | undefined,
  field: string,
  value: unknown,
): boolean {
  return original != null && JSON.stringify(original[field] ?? null) !== JSON.stringify(value ?? null);
}
