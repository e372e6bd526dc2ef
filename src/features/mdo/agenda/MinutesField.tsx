import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { useAutosave } from '../../../components/useAutosave';
import { firstTextKey } from '../../../i18n';
import type { WriteResult } from '../../../db';
import type { AgendaItem } from '../../../domain';
import styles from './AgendaBuilder.module.css';
import { refusalOutcome } from './refusal-key';
import type { AgendaWrites } from './useAgendaWrites';

const notANumber: WriteResult<never> = {
  ok: false,
  error: { kind: 'invalid', issues: [{ field: 'minutes', code: 'number.invalid' }] },
};

/** Minutes planned for one item; empty means not planned. Saved like the question. */
export function MinutesField({ item, update }: { item: AgendaItem; update: AgendaWrites['update'] }) {
  const { t } = useTranslation();
  const field = useAutosave(item.minutes === null ? '' : String(item.minutes), async (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return refusalOutcome(await update(item.id, { minutes: null }));
    if (!/^\d+$/.test(trimmed)) return refusalOutcome(notANumber);
    return refusalOutcome(await update(item.id, { minutes: Number(trimmed) }));
  });
  return (
    <FormField
      label={t('mdoAgenda.agenda.minutes')}
      errorCode={field.issueCode}
      errorMessage={field.issueCode && t(firstTextKey([field.issueCode], 'errors.invalid'))}
    >
      {(control) => (
        <input
          {...control}
          className={styles.minutes}
          type="text"
          inputMode="numeric"
          value={field.text}
          onChange={(event) => {
            field.onChange(event.target.value);
          }}
          onBlur={field.onBlur}
        />
      )}
    </FormField>
  );
}
