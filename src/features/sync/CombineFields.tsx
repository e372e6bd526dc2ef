import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { fieldLabelKey } from './field-value';
import styles from './SyncPage.module.css';

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Combining candidates: each field of the group as text, starting from the chosen candidate. An emptied
 * field that was empty (null) before stays null, so optional fields keep their meaning.
 */
export function CombineFields({
  entity,
  initial,
  onSave,
  onCancel,
}: {
  entity: string;
  initial: Record<string, unknown>;
  onSave: (value: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(Object.entries(initial).map(([field, value]) => [field, textOf(value)])),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSave(
      Object.fromEntries(
        Object.entries(texts).map(([field, text]) => [
          field,
          text === '' && initial[field] === null ? null : text,
        ]),
      ),
    );
  };
  return (
    <form className={styles.combine} onSubmit={submit}>
      {Object.keys(texts).map((field) => (
        <label key={field} className={styles.combineField}>
          <span>{t(fieldLabelKey(entity, field), { defaultValue: field })}</span>
          <input
            value={texts[field]}
            onChange={(event) => {
              setTexts((previous) => ({ ...previous, [field]: event.target.value }));
            }}
          />
        </label>
      ))}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()}>
          {t('sync.conflicts.saveCombined')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
