import { useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { useUnsavedChanges } from '../../../components/useUnsavedChanges';
import { errorProps, failureKey, setFieldIssues } from '../../../components/write-errors';
import type { WriteResult } from '../../../db';
import type { Meeting } from '../../../domain';
import { ChairField } from './ChairField';
import styles from './Meetings.module.css';
import { toMeetingInput, type MeetingFormValues, type MeetingInput } from './meeting-form-values';
import { MemberRows } from './MemberRows';
import { useMeetingText } from './useMeetingText';

interface MeetingFormProps {
  defaultValues: MeetingFormValues;
  /** Said above the form, e.g. where the team was taken from. */
  note?: string | undefined;
  onSave: (input: MeetingInput) => Promise<WriteResult<Meeting>>;
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
}

type TextName = 'date' | 'startTime' | 'endTime' | 'location' | 'videoLink';

/**
 * Plan or change a meeting. The repository validates (times, a new meeting in the past, the team); each
 * refusal is shown in Dutch next to its field and nothing is saved.
 */
export function MeetingForm({ defaultValues, note, onSave, onSaved, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<MeetingFormValues>({ defaultValues });
  const { register, handleSubmit, setError, clearErrors, formState } = form;
  const { errors, isDirty, isSubmitting, isSubmitSuccessful } = formState;
  useUnsavedChanges(isDirty && !isSubmitSuccessful);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    clearErrors();
    const result = await onSave(toMeetingInput(values));
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    if (result.error.kind === 'invalid') {
      setFieldIssues(setError, result.error.issues, (field) => field as Path<MeetingFormValues>);
      setFormError(t('mdoMeetings.form.invalid'));
    } else {
      setFormError(t(failureKey(result.error.kind, 'mdoMeetings.errors.notFound')));
    }
  });

  const field = (
    name: TextName,
    options: { isRequired?: boolean; hint?: string; numeric?: boolean } = {},
  ) => {
    const code = errors[name]?.message;
    return (
      <FormField
        label={t(`mdoMeetings.form.${name}`)}
        hint={options.hint}
        isRequired={options.isRequired ?? false}
        {...errorProps(code, text.issue)}
      >
        {(control) => (
          <input
            {...control}
            {...register(name)}
            type={name === 'videoLink' ? 'url' : 'text'}
            inputMode={options.numeric ? 'numeric' : undefined}
            autoComplete="off"
          />
        )}
      </FormField>
    );
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
        {note && <p className={styles.note}>{note}</p>}
        {formError && (
          <p role="alert" className={styles.error}>
            {formError}
          </p>
        )}
        <fieldset className={styles.fieldset}>
          <legend>{t('mdoMeetings.form.when')}</legend>
          <div className={styles.grid}>
            {field('date', { isRequired: true, hint: t('form.dateHint'), numeric: true })}
            {field('startTime', { isRequired: true, hint: t('mdoMeetings.form.timeHint') })}
            {field('endTime', { isRequired: true, hint: t('mdoMeetings.form.timeHint') })}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>{t('mdoMeetings.form.where')}</legend>
          <div className={styles.grid}>
            {field('location', { hint: t('mdoMeetings.form.locationHint') })}
            {field('videoLink', { hint: t('mdoMeetings.form.videoLinkHint') })}
          </div>
        </fieldset>
        <fieldset className={styles.fieldset}>
          <legend>{t('mdoMeetings.form.team')}</legend>
          <p className={styles.hint}>{t('mdoMeetings.form.teamIntro')}</p>
          <MemberRows />
          <ChairField />
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass()} disabled={isSubmitting}>
            {t('mdoMeetings.form.save')}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
