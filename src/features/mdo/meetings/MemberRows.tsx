import { get, useFieldArray, useFormContext, type FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { errorProps } from '../../../components/write-errors';
import { MEMBER_ROLES } from '../../../domain';
import styles from './Meetings.module.css';
import { newMember, type MeetingFormValues } from './meeting-form-values';
import { useMeetingText } from './useMeetingText';

/** The kernteam members expected: one row of name and role per person, rows added and removed. */
export function MemberRows() {
  const { t } = useTranslation();
  const text = useMeetingText();
  const { control, register, formState, getValues, setValue } = useFormContext<MeetingFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'members', keyName: 'key' });
  const issue = (name: string) => {
    const code = get<typeof formState.errors, FieldError | undefined>(formState.errors, name)?.message;
    return errorProps(code, text.issue);
  };

  const removeRow = (index: number) => {
    // The chair must be one of the members: removing the chair's row leaves the chair to be chosen again.
    if (getValues(`members.${index}.id`) === getValues('chairMemberId')) {
      setValue('chairMemberId', '', { shouldDirty: true });
    }
    remove(index);
  };

  const listIssue = issue('members').errorMessage;

  return (
    <>
      {fields.length === 0 && <p>{t('mdoMeetings.form.noMembers')}</p>}
      {listIssue && <p className={styles.error}>{listIssue}</p>}
      {fields.map((member, index) => {
        const number = index + 1;
        return (
          <fieldset key={member.key} className={styles.memberRow}>
            <legend className={styles.memberLegend}>{t('mdoMeetings.form.member', { number })}</legend>
            <FormField
              label={t('mdoMeetings.form.memberName')}
              isRequired
              {...issue(`members.${index}.name`)}
            >
              {(controlProps) => (
                <input {...controlProps} {...register(`members.${index}.name`)} autoComplete="off" />
              )}
            </FormField>
            <FormField
              label={t('mdoMeetings.form.memberRole')}
              isRequired
              {...issue(`members.${index}.role`)}
            >
              {(controlProps) => (
                <select {...controlProps} {...register(`members.${index}.role`)}>
                  <option value="">{t('form.choose')}</option>
                  {MEMBER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {text.role(role)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <button
              type="button"
              className={buttonClass('secondary')}
              aria-label={t('mdoMeetings.form.removeMember', { number })}
              onClick={() => {
                removeRow(index);
              }}
            >
              {t('mdoMeetings.form.remove')}
            </button>
          </fieldset>
        );
      })}
      <div>
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={() => {
            append(newMember());
          }}
        >
          {t('mdoMeetings.form.addMember')}
        </button>
      </div>
    </>
  );
}
