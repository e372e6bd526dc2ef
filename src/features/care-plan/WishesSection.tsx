import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Wensen en wat verder belangrijk is, in the patient's own words where possible. */
export function WishesSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-wishes" title={t('carePlan.sections.wishes')} discussed={discussed}>
      <div className={styles.grid}>
        <TextField
          className={styles.wide}
          name="wishes.text"
          label={t('carePlan.labels.wishes')}
          isMultiline
        />
        <DateField name="wishes.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
        <TextField
          className={styles.wide}
          name="whatElseMatters.text"
          label={t('carePlan.labels.whatElseMatters')}
          isMultiline
        />
        <DateField name="whatElseMatters.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
      </div>
    </PlanSection>
  );
}
