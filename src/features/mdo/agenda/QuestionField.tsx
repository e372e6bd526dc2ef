import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { useAutosave } from '../../../components/useAutosave';
import { firstTextKey } from '../../../i18n';
import type { AgendaItem } from '../../../domain';
import type { AgendaWrites } from './useAgendaWrites';
import styles from './AgendaBuilder.module.css';
import { refusalOutcome } from './refusal-key';

/** The question for the team about one item, saved as it is typed. */
export function QuestionField({ item, update }: { item: AgendaItem; update: AgendaWrites['update'] }) {
  const { t } = useTranslation();
  const field = useAutosave(item.question, async (question) =>
    refusalOutcome(await update(item.id, { question })),
  );
  return (
    <FormField
      label={t('mdoAgenda.agenda.question')}
      hint={t('mdoAgenda.agenda.questionHint')}
      errorCode={field.issueCode}
      errorMessage={field.issueCode && t(firstTextKey([field.issueCode], 'errors.invalid'))}
    >
      {(control) => (
        <>
          <textarea
            {...control}
            className={styles.question}
            rows={2}
            maxLength={1000}
            value={field.text}
            onChange={(event) => {
              field.onChange(event.target.value);
            }}
            onBlur={field.onBlur}
          />
          <span className={styles.saveState} aria-hidden={field.status === 'idle'}>
            {field.status === 'saving' && t('mdoAgenda.agenda.saving')}
            {field.status === 'saved' && t('mdoAgenda.agenda.saved')}
          </span>
        </>
      )}
    </FormField>
  );
}
