import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { errorProps } from '../../../components/write-errors';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { createMdoAction } from '../../../db';
import { parseDutchDate, type AgendaItem, type Meeting } from '../../../domain';
import { actionIssueMessages } from './action-issues';
import styles from './MeetingMode.module.css';
import { useMdoWords } from './useMdoWords';
import { useTrackSave } from './useTrackSave';
import type { TextKey } from '../../../i18n';

type ActionField = 'what' | 'owner' | 'dueDate';

/**
 * A new action: what, who (one of the meeting's members or any name typed) and by when. Without an owner or
 * a due date it is refused with a Dutch message next to the field: an action nobody owns gets lost.
 */
export function NewActionForm({ item, meeting }: { item: AgendaItem; meeting: Meeting }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const track = useTrackSave();
  const words = useMdoWords();
  const listId = useId();
  const whatRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<ActionField, string>>({ what: '', owner: '', dueDate: '' });
  const [issues, setIssues] = useState<Partial<Record<ActionField, TextKey>>>({});
  const [added, setAdded] = useState('');
  useUnsavedChanges(Object.values(values).some((value) => value.trim() !== ''));

  const onSubmit = async () => {
    const dueText = values.dueDate.trim();
    const result = await track(() =>
      createMdoAction(
        db,
        {
          what: values.what,
          owner: values.owner,
          dueDate: dueText === '' ? '' : (parseDutchDate(dueText) ?? dueText),
          meetingId: meeting.id,
          agendaItemId: item.id,
          patientId: item.patientId,
        },
        new Date(),
      ),
    );
    if (result.ok) {
      setAdded(t('mdoMeeting.actions.added', { what: result.value.what }));
      setValues({ what: '', owner: '', dueDate: '' });
      setIssues({});
      whatRef.current?.focus();
    } else if (result.error.kind === 'invalid') {
      setAdded('');
      setIssues(actionIssueMessages(result.error.issues));
    }
  };

  const field = (name: ActionField) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
  });
  const error = (name: ActionField) => errorProps(issues[name], (key) => t(key));

  return (
    <form
      className={styles.newAction}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      noValidate
    >
      <FormField label={t('mdoMeeting.actions.what')} isRequired {...error('what')}>
        {(control) => <input {...control} ref={whatRef} type="text" autoComplete="off" {...field('what')} />}
      </FormField>
      <div className={styles.inlineFields}>
        <FormField
          label={t('mdoMeeting.actions.owner')}
          hint={t('mdoMeeting.actions.ownerHint')}
          isRequired
          {...error('owner')}
        >
          {(control) => (
            <input {...control} type="text" autoComplete="off" list={listId} {...field('owner')} />
          )}
        </FormField>
        <datalist id={listId}>
          {meeting.members.map((member) => (
            <option key={member.id} value={words.member(member)} />
          ))}
        </datalist>
        <FormField
          label={t('mdoMeeting.actions.dueDate')}
          hint={t('form.dateHint')}
          isRequired
          {...error('dueDate')}
        >
          {(control) => (
            <input {...control} type="text" inputMode="numeric" autoComplete="off" {...field('dueDate')} />
          )}
        </FormField>
      </div>
      <div>
        <button type="submit" className={buttonClass('secondary')}>
          {t('mdoMeeting.actions.add')}
        </button>
      </div>
      <p role="status" className={styles.hint}>
        {added}
      </p>
    </form>
  );
}
