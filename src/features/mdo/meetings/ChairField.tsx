import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/FormField';
import { errorProps } from '../../../components/write-errors';
import { MEMBER_ROLES, type MemberRole } from '../../../domain';
import type { MeetingFormValues } from './meeting-form-values';
import { useMeetingText } from './useMeetingText';

const isMemberRole = (role: string): role is MemberRole => (MEMBER_ROLES as readonly string[]).includes(role);

/** The chair: one of the members as they stand in the form right now. */
export function ChairField() {
  const { t } = useTranslation();
  const text = useMeetingText();
  const { control, register, formState } = useFormContext<MeetingFormValues>();
  const members = useWatch({ control, name: 'members' });
  const code = formState.errors.chairMemberId?.message;
  return (
    <FormField
      label={t('mdoMeetings.form.chair')}
      hint={t('mdoMeetings.form.chairHint')}
      {...errorProps(code, text.issue)}
    >
      {(control) => (
        <select {...control} {...register('chairMemberId')}>
          <option value="">{t('mdoMeetings.form.noChair')}</option>
          {members
            .filter((member) => member.name.trim() !== '')
            .map((member) => (
              <option key={member.id} value={member.id}>
                {isMemberRole(member.role)
                  ? t('mdoMeetings.form.chairOption', { name: member.name, role: text.role(member.role) })
                  : member.name}
              </option>
            ))}
        </select>
      )}
    </FormField>
  );
}
