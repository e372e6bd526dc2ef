import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { errorProps } from '../../../components/write-errors';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { updateMdoAction } from '../../../db';
import { parseDutchDate, toDutchDate, type IsoDate, type MdoAction } from '../../../domain';
import { actionIssueMessages } from '../meeting-mode/action-issues';
import styles from './Actions.module.css';
import type { TextKey } from '../../../i18n';

interface EditActionFormProps {
  action: MdoAction;
  owners: string[];
  onDone: () => void;
}

/** Change who owns an action and by when; neither may be left empty. */
export function EditActionForm({ action, owners, onDone }: EditActionFormProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const listId = useId();
  const [owner, setOwner] = useState(action.owner);
  const [dueDate, setDueDate] = useState(toDutchDate(action.dueDate));
  const [issues, setIssues] = useState<Partial<Record<'owner' | 'dueDate', TextKey>>>({});
  useUnsavedChanges(owner !== action.owner || dueDate !== toDutchDate(action.dueDate));

  const onSubmit = async () => {
    const text = dueDate.trim();
    // A text that is not a date goes to the repository as typed, which refuses it next to the field.
    const date = (text === '' ? '' : (parseDutchDate(text) ?? text)) as IsoDate;
    const result = await updateMdoAction(db, action.id, { owner, dueDate: date }, new Date());
    if (result.ok) onDone();
    else if (result.error.kind === 'invalid') setIssues(actionIssueMessages(result.error.issues));
  };

  const error = (field: 'owner' | 'dueDate') => errorProps(issues[field], (key) => t(key));

  return (
    <form
      className={styles.edit}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      noValidate
    >
      <FormField label={t('mdoMeeting.actions.owner')} isRequired {...error('owner')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            list={listId}
            value={owner}
            onChange={(event) => {
              setOwner(event.target.value);
            }}
          />
        )}
      </FormField>
      <datalist id={listId}>
        {owners.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <FormField
        label={t('mdoMeeting.actions.dueDate')}
        hint={t('form.dateHint')}
        isRequired
        {...error('dueDate')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={dueDate}
            onChange={(event) => {
              setDueDate(event.target.value);
            }}
          />
        )}
      </FormField>
      <div className={styles.editButtons}>
        <button type="submit" className={buttonClass()}>
          {t('mdoMeeting.overview.save')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onDone}>
          {t('mdoMeeting.overview.cancel')}
        </button>
      </div>
    </form>
  );
}
