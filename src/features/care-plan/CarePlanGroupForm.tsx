import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { useToday } from '../../components/useToday';
import { carePlanFieldGroups, type CarePlan, type CarePlanFields } from '../../domain';
import { carePlanResolver, toFormValues, type CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { PlanSectionByKey } from './PlanSectionByKey';
import { sectionOfGroup } from './plan-sections';
import { registerSyncPageTexts } from '../sync/sync-page-i18n';

registerSyncPageTexts();

interface CarePlanGroupFormProps {
  plan: CarePlan;
  /** The field group being decided, e.g. `acuteAgreements`. */
  group: string;
  /** The group's fields to start from (a conflict candidate), in the plan's own form. */
  initial: Record<string, unknown>;
  /** Receives only the group's fields, checked as the plan form checks them. */
  onSave: (value: Record<string, unknown>) => void;
  onCancel: () => void;
}

/**
 * One field group of a care plan edited with the plan's own section (its labels, dates as dd-mm-jjjj,
 * decisions as choices), prefilled with `initial` over the stored plan. Only the group's fields are saved;
 * the rest of the section is there to read around it.
 */
export function CarePlanGroupForm({ plan, group, initial, onSave, onCancel }: CarePlanGroupFormProps) {
  const { t } = useTranslation();
  const today = useToday();
  const start = { ...plan, ...initial };
  const form = useForm<CarePlanFormValues, unknown, CarePlanFields>({
    defaultValues: toFormValues(start),
    resolver: carePlanResolver(today),
  });
  const section = sectionOfGroup(group);
  const members: readonly string[] =
    (carePlanFieldGroups as Readonly<Record<string, readonly string[]>>)[group] ?? [];
  const save = (fields: CarePlanFields) => {
    const row = fields as unknown as Record<string, unknown>;
    onSave(Object.fromEntries(members.map((field) => [field, row[field]])));
  };
  return (
    <FormProvider {...form}>
      <form
        className={styles.groupForm}
        noValidate
        aria-label={t('syncPage.conflicts.combineTitle')}
        onSubmit={(event) => void form.handleSubmit(save)(event)}
      >
        <p>{t('syncPage.conflicts.combineHint')}</p>
        {section && (
          <PlanSectionByKey section={section} patientId={plan.patientId} plan={plan} fields={start} />
        )}
        <div className={styles.groupFormActions}>
          <button type="submit" className={buttonClass()}>
            {t('syncPage.conflicts.saveCombined')}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={onCancel}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
