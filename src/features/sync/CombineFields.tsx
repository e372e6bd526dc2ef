import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { CombineFieldControl } from './CombineFieldControl';
import { controlOf, fromControlValue, toControlValue } from './combine-values';
import { fieldLabelKey } from './field-value';
import styles from './SyncPage.module.css';
import { textOr } from '../../i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

/**
 * Combining candidates of a record other than the care plan: one control per field of the group, of the
 * field's kind (date, yes/no, choice, text), starting from the chosen candidate.
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
  const [controls] = useState(() =>
    Object.fromEntries(
      Object.entries(initial).map(([field, value]) => [field, controlOf(entity, field, value)]),
    ),
  );
  const [inputs, setInputs] = useState(() =>
    Object.fromEntries(
      Object.entries(initial).map(([field, value]) => [
        field,
        toControlValue(controls[field] ?? { kind: 'text' }, value),
      ]),
    ),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onSave(
      Object.fromEntries(
        Object.entries(inputs).map(([field, input]) => [
          field,
          fromControlValue(controls[field] ?? { kind: 'text' }, input, initial[field]),
        ]),
      ),
    );
  };
  const change = (field: string, input: string | boolean) => {
    setInputs((previous) => ({ ...previous, [field]: input }));
  };
  return (
    <form className={styles.combine} onSubmit={submit} aria-label={t('syncPage.conflicts.combineTitle')}>
      {Object.keys(inputs).map((field) => (
        <label key={field} className={styles.combineField}>
          <span>{textOr(t, fieldLabelKey(entity, field), field)}</span>
          <CombineFieldControl
            control={controls[field] ?? { kind: 'text' }}
            input={inputs[field] ?? ''}
            onChange={(input) => {
              change(field, input);
            }}
          />
        </label>
      ))}
      <div className={styles.actions}>
        <button type="submit" className={buttonClass()}>
          {t('syncPage.conflicts.saveCombined')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
