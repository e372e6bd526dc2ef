import { useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../app/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { saveCarePlan } from '../../db';
import {
  emptyCarePlanFields,
  type CarePlan,
  type CarePlanFields,
  type CarePlanStatus,
  type Patient,
} from '../../domain';
import { carePlanResolver, formPathOf, toFormValues, type CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { mergeEdits } from './merge-edits';
import { PlanSectionByKey } from './PlanSectionByKey';
import { SECTION_KEYS } from './plan-sections';
import { SaveBar, type SaveOutcome } from './SaveBar';
import { SectionNav } from './SectionNav';
import { useAuthor } from './useAuthor';

/** The number of fields with an error (a list's own error counts once). */
function countErrors(errors: unknown): number {
  if (typeof errors !== 'object' || errors === null) return 0;
  if ('message' in errors && typeof errors.message === 'string') return 1;
  return Object.values(errors).reduce<number>((sum, value) => sum + countErrors(value), 0);
}

interface CarePlanFormProps {
  patient: Patient;
  /** The stored plan, or null when the patient has none yet. */
  plan: CarePlan | null;
}

/**
 * The whole care plan in sections. "Opslaan als concept" keeps a half-filled plan as a draft; "Vaststellen"
 * also checks that the essentials are there. Every save is a version with the signed-in author.
 */
export function CarePlanForm({ patient, plan }: CarePlanFormProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const today = useToday();
  const author = useAuthor();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  // The plan as the form loaded it (or last saved it): what the user's edits are measured against.
  const [loaded, setLoaded] = useState<CarePlan | null>(plan);
  const form = useForm<CarePlanFormValues, unknown, CarePlanFields>({
    defaultValues: toFormValues(plan ?? emptyCarePlanFields()),
    resolver: carePlanResolver(today),
  });
  const { handleSubmit, setValue, reset, setError, formState } = form;
  useUnsavedChanges(formState.isDirty);

  const save = async (fields: CarePlanFields) => {
    if (!author) {
      setOutcome({ kind: 'failed', message: t('carePlan.save.noAuthor') });
      return;
    }
    const input = plan ? mergeEdits(plan, loaded ?? emptyCarePlanFields(), fields) : fields;
    const result = await saveCarePlan(db, patient.id, input, author, new Date());
    if (result.ok) {
      const isUnchanged = plan !== null && result.value.updatedAt === plan.updatedAt;
      setLoaded(result.value);
      reset(toFormValues(result.value));
      setOutcome({
        kind: 'saved',
        message: t(`carePlan.save.${isUnchanged ? 'unchanged' : result.value.status}`),
      });
    } else if (result.error.kind === 'invalid') {
      for (const issue of result.error.issues) {
        setError(
          formPathOf(issue.field) as FieldPath<CarePlanFormValues>,
          { message: issue.code },
          { shouldFocus: true },
        );
      }
      setOutcome({
        kind: 'failed',
        message: t('carePlan.save.invalid', { count: result.error.issues.length }),
      });
    } else {
      const key =
        result.error.kind === 'notFound' ? 'carePlan.save.notFound' : `storage.${result.error.kind}`;
      setOutcome({ kind: 'failed', message: t(key) });
    }
  };
  const refuse = (errors: FieldErrors<CarePlanFormValues>) => {
    setOutcome({ kind: 'failed', message: t('carePlan.save.invalid', { count: countErrors(errors) }) });
  };
  const submitAs = (status: CarePlanStatus) => {
    setOutcome(null);
    setValue('status', status, { shouldDirty: true });
    void handleSubmit(save, refuse)();
  };

  return (
    <FormProvider {...form}>
      <form
        className={styles.form}
        noValidate
        aria-label={t('carePlan.title')}
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <SectionNav />
        {plan && plan.updatedAt !== loaded?.updatedAt && (
          <p role="status" className={styles.notice}>
            {t('carePlan.changedElsewhere', { name: plan.author.name })}
          </p>
        )}
        {SECTION_KEYS.map((section) => (
          <PlanSectionByKey
            key={section}
            section={section}
            patientId={patient.id}
            plan={plan}
            fields={plan ?? emptyCarePlanFields()}
          />
        ))}
        <SaveBar outcome={outcome} isSaving={formState.isSubmitting} onSave={submitAs} />
      </form>
    </FormProvider>
  );
}
