import { useTranslation } from 'react-i18next';
import { TREATMENT_GOALS, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Behandeldoel: curatief, levensverlengend or symptoomgericht. */
export function TreatmentGoalSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection
      id="zorgplan-treatmentGoal"
      title={t('carePlan.sections.treatmentGoal')}
      discussed={discussed}
    >
      <div className={styles.grid}>
        <div className={styles.wide}>
          <ChoiceField
            name="treatmentGoal.goal"
            legend={t('carePlan.labels.goal')}
            options={TREATMENT_GOALS}
            labelPrefix="carePlan.goal"
            isEssential
          />
        </div>
        <DateField name="treatmentGoal.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
      </div>
    </PlanSection>
  );
}
