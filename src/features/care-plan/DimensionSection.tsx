import { useTranslation } from 'react-i18next';
import type { Dimension, IsoDate } from '../../domain';
import { ActionsList } from './ActionsList';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** One of the four dimensions: problems, wishes, goals, agreed actions and when to evaluate. */
export function DimensionSection({
  dimension,
  discussed,
}: {
  dimension: Dimension;
  discussed: IsoDate | null;
}) {
  const { t } = useTranslation();
  return (
    <PlanSection
      id={`zorgplan-${dimension}`}
      title={t(`carePlan.sections.${dimension}`)}
      discussed={discussed}
    >
      <div className={styles.stack}>
        <div className={styles.grid}>
          <TextField name={`${dimension}.problems`} label={t('carePlan.labels.problems')} isMultiline />
          <TextField name={`${dimension}.wishes`} label={t('carePlan.labels.dimensionWishes')} isMultiline />
          <TextField name={`${dimension}.goals`} label={t('carePlan.labels.goals')} isMultiline />
        </div>
        <ActionsList dimension={dimension} />
        <div className={styles.grid}>
          <DateField name={`${dimension}.evaluationDate`} label={t('carePlan.labels.evaluationDate')} />
          <DateField
            name={`${dimension}.lastDiscussed`}
            label={t('carePlan.labels.lastDiscussed')}
            isEssential
          />
        </div>
      </div>
    </PlanSection>
  );
}
