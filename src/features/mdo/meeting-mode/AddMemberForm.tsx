import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { errorProps, issueCodesByField } from '../../../components/write-errors';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import type { WriteResult } from '../../../db';
import { MEMBER_ROLES, type Meeting, type MeetingFields, type MemberRole } from '../../../domain';
import styles from './MeetingMode.module.css';
import { firstTextKey, type TextKey } from '../../../i18n';

interface AddMemberFormProps {
  update: (change: (meeting: Meeting) => Partial<MeetingFields>) => Promise<WriteResult<Meeting>>;
}

const MESSAGES: Partial<Record<string, TextKey>> = {
  'name.required': 'mdoMeeting.errors.nameRequired',
  'role.required': 'mdoMeeting.errors.roleRequired',
};

/** Someone who came unannounced joins the meeting's members and is marked present in one save. */
export function AddMemberForm({ update }: AddMemberFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole | ''>('');
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [added, setAdded] = useState('');
  useUnsavedChanges(name.trim() !== '');

  const onSubmit = async () => {
    const id = uuidv7();
    const result = await update((meeting) => ({
      members: [...meeting.members, { id, name, role: role as MemberRole }],
      presentMemberIds: [...meeting.presentMemberIds, id],
    }));
    if (result.ok) {
      setAdded(t('mdoMeeting.attendance.add.added', { name: name.trim() }));
      setName('');
      setRole('');
      setIssues({});
    } else if (result.error.kind === 'invalid') {
      // The new member is the last in the list: `members.<n>.name` and `members.<n>.role`.
      setIssues(issueCodesByField(result.error.issues, (field) => field.split('.').at(-1) ?? ''));
    }
  };

  const errorOf = (field: string) =>
    errorProps(issues[field], (code) =>
      t(MESSAGES[`${field}.${code}`] ?? firstTextKey([`errors.${code}`], 'errors.invalid')),
    );

  return (
    <form
      className={styles.addMember}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
      aria-labelledby="add-member-title"
    >
      <h3 id="add-member-title">{t('mdoMeeting.attendance.add.title')}</h3>
      <div className={styles.inlineFields}>
        <FormField label={t('mdoMeeting.attendance.add.name')} {...errorOf('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          )}
        </FormField>
        <FormField label={t('mdoMeeting.attendance.add.role')} {...errorOf('role')}>
          {(control) => (
            <select
              {...control}
              value={role}
              onChange={(event) => {
                setRole(event.target.value as MemberRole | '');
              }}
            >
              <option value="">{t('form.choose')}</option>
              {MEMBER_ROLES.map((value) => (
                <option key={value} value={value}>
                  {t(`mdoMeeting.roles.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className={buttonClass('secondary')}>
          {t('mdoMeeting.attendance.add.submit')}
        </button>
      </div>
      <p role="status" className={styles.hint}>
        {added}
      </p>
    </form>
  );
}
