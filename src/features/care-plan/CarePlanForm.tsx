import { Fragment, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { OnBehalfField } from '../../components/OnBehalfField';
import { useAccess } from '../../components/useAccess';
import { useToday } from '../../components/useToday';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { failureKey, setFieldIssues } from '../../components/write-errors';
import { saveCarePlan } from '../../db';
import {
  emptyCarePlanFields,
  isMedicalDecision,
  type OnBehalfOf,
  type CarePlan,
  type CarePlanFields,
  type CarePlanStatus,
  type Patient,
} from '../../domain';
import { attributePlan } from './attribute-plan';
import { carePlanResolver, formPathOf, toFormValues, type CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { EditableWhen } from './EditableWhen';
import { mergeEdits } from './merge-edits';
import { PlanSectionByKey } from './PlanSectionByKey';
import { groupsOfSection, SECTION_KEYS } from './plan-sections';
import { SaveBar, type SaveOutcome } from './SaveBar';
import { SECTION_GROUPS } from './section-groups';
import { SectionNav } from './SectionNav';
import { useAuthor } from '../../components/useAuthor';
import { registerCarePlanTexts } from './care-plan-i18n';
import { registerNamensTexts } from '../../components/namens-i18n';

registerNamensTexts();

registerCarePlanTexts();

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
  /**
   * The device holds a part of this plan it could not read (UnreadableParts): the plan it shows may be
   * older than the team's, so it is shown read-only until the app is updated. A change made on top of
   * it would be weighed against a plan nobody on this device could see.
   */
  isUnreadable?: boolean;
}

/**
 * The whole care plan in sections. "Opslaan als concept" keeps a half-filled plan as a draft; "Vaststellen"
 * also checks that the essentials are there. Every save is a version with the signed-in author.
 */
export function CarePlanForm({ patient, plan, isUnreadable = false }: CarePlanFormProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const today = useToday();
  const author = useAuthor();
  const access = useAccess();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [onBehalfOf, setOnBehalfOf] = useState<OnBehalfOf | null>(null);
  const [isNamensMissing, setNamensMissing] = useState(false);
  /** Whether the account may change these groups of the plan (medical decisions: only a deciding role). */
  const mayEdit = (groups: readonly string[]) =>
    access.mayChange('carePlan', groups) &&
    (access.decisionMode !== 'never' || !groups.some((group) => isMedicalDecision('carePlan', group)));
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
    const merged = plan ? mergeEdits(plan, loaded ?? emptyCarePlanFields(), fields) : fields;
    // Who recorded it namens the huisarts: this account (the server stamps the same).
    const namens = onBehalfOf && { ...onBehalfOf, recordedBy: author.name };
    const attributed = attributePlan(plan ?? emptyCarePlanFields(), merged, access.decisionMode, namens);
    setNamensMissing(!attributed.ok);
    if (!attributed.ok) {
      setOutcome({ kind: 'failed', message: t('namens.required') });
      return;
    }
    const input = attributed.fields;
    const claim = access.decisionMode === 'onBehalf' ? namens : null;
    const result = await saveCarePlan(db, patient.id, input, author, new Date(), claim);
    if (result.ok) {
      const isUnchanged = plan !== null && result.value.updatedAt === plan.updatedAt;
      setLoaded(result.value);
      reset(toFormValues(result.value));
      setOutcome({
        kind: 'saved',
        message: t(`carePlan.save.${isUnchanged ? 'unchanged' : result.value.status}`),
      });
    } else if (result.error.kind === 'invalid') {
      setFieldIssues(
        setError,
        result.error.issues,
        (field) => formPathOf(field) as FieldPath<CarePlanFormValues>,
        { shouldFocus: true },
      );
      setOutcome({
        kind: 'failed',
        message: t('carePlan.save.invalid', { count: result.error.issues.length }),
      });
    } else {
      setOutcome({ kind: 'failed', message: t(failureKey(result.error.kind, 'carePlan.save.notFound')) });
    }
  };
  const refuse = (errors: FieldErrors<CarePlanFormValues>) => {
    setOutcome({ kind: 'failed', message: t('carePlan.save.invalid', { count: countErrors(errors) }) });
  };
  const submitAs = (status: CarePlanStatus) => {
    setOutcome(null);
    // Who may not establish the plan saves it in the status it has.
    const allowed = mayEdit(SECTION_GROUPS.establishment) ? status : (plan?.status ?? 'concept');
    setValue('status', allowed, { shouldDirty: true });
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
        <fieldset disabled={isUnreadable} className={styles.sections}>
          {SECTION_KEYS.map((section) => (
            <Fragment key={section}>
              {/* The status section offers only what the account may do itself (see submitAs). */}
              <EditableWhen
                isEditable={section === 'status' || mayEdit(groupsOfSection(section))}
                isDecision={groupsOfSection(section).some((group) => isMedicalDecision('carePlan', group))}
              >
                <PlanSectionByKey
                  section={section}
                  patientId={patient.id}
                  plan={plan}
                  fields={plan ?? emptyCarePlanFields()}
                />
              </EditableWhen>
              {section === 'status' && access.decisionMode === 'onBehalf' && (
                <OnBehalfField value={onBehalfOf} onChange={setOnBehalfOf} isMissing={isNamensMissing} />
              )}
            </Fragment>
          ))}
        </fieldset>
        {isUnreadable ? (
          <p className={styles.notice}>{t('carePlan.unreadable.readOnly')}</p>
        ) : (
          <SaveBar outcome={outcome} isSaving={formState.isSubmitting} onSave={submitAs} />
        )}
      </form>
    </FormProvider>
  );
}
