import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { errorProps, failureKey, fieldsOf, setFieldIssues } from '../../../components/write-errors';
import { saveSpecialist } from '../../../db';
import { SPECIALIST_TEAMS, type Specialist } from '../../../domain';
import styles from '../meetings/Meetings.module.css';
import { useMeetingText } from '../meetings/useMeetingText';
import { AccountField } from './AccountField';
import { toSpecialistInput, type SpecialistFormValues } from './specialist-form-values';

interface SpecialistFormProps {
  /** The entry being changed, or null for a new one. */
  specialistId: string | null;
  defaultValues: SpecialistFormValues;
  titleId: string;
  title: string;
  onSaved: (specialist: Specialist) => void;
  onCancel: () => void;
}

type TextName = 'name' | 'organisation' | 'phone' | 'email';

const INPUT_TYPES: Record<TextName, string> = {
  name: 'text',
  organisation: 'text',
  phone: 'tel',
  email: 'email',
};

/** Add or change a specialist in the directory; each refused field gets a Dutch message next to it. */
export function SpecialistForm({
  specialistId,
  defaultValues,
  titleId,
  title,
  onSaved,
  onCancel,
}: SpecialistFormProps) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const db = useDatabase();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SpecialistFormValues>({ defaultValues });
  const { register, handleSubmit, setError, clearErrors, formState } = form;
  const { errors, isDirty, isSubmitting, isSubmitSuccessful } = formState;
  useUnsavedChanges(isDirty && !isSubmitSuccessful);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    clearErrors();
    const result = await saveSpecialist(db, specialistId, toSpecialistInput(values), new Date());
    if (result.ok) {
      onSaved(result.value);
    } else if (result.error.kind === 'invalid') {
      setFieldIssues(setError, result.error.issues, fieldsOf(defaultValues));
    } else {
      setFormError(t(failureKey(result.error.kind, 'mdoMeetings.errors.notFound')));
    }
  });

  const issue = (name: keyof SpecialistFormValues) => errorProps(errors[name]?.message, text.issue);

  const field = (name: TextName, options: { isRequired?: boolean; hint?: string } = {}) => (
    <FormField
      label={t(`mdoMeetings.specialists.${name}`)}
      hint={options.hint}
      isRequired={options.isRequired ?? false}
      {...issue(name)}
    >
      {(control) => <input {...control} {...register(name)} type={INPUT_TYPES[name]} autoComplete="off" />}
    </FormField>
  );

  return (
    <FormProvider {...form}>
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        className={styles.form}
        aria-labelledby={titleId}
      >
        <h2 id={titleId} className={styles.formTitle}>
          {title}
        </h2>
        {formError && (
          <p role="alert" className={styles.error}>
            {formError}
          </p>
        )}
        <div className={styles.grid}>
          {field('name', { isRequired: true })}
          {field('organisation')}
          <FormField label={t('mdoMeetings.specialists.team')} isRequired {...issue('team')}>
            {(control) => (
              <select {...control} {...register('team')}>
                <option value="">{t('form.choose')}</option>
                {SPECIALIST_TEAMS.map((team) => (
                  <option key={team} value={team}>
                    {t(`mdoMeetings.specialists.teams.${team}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {field('phone')}
          {field('email', { hint: t('mdoMeetings.specialists.emailHint') })}
          <AccountField currentUserId={defaultValues.userId} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass()} disabled={isSubmitting}>
            {t('form.save')}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
