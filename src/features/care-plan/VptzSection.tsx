import { useTranslation } from 'react-i18next';
import styles from './CarePlan.module.css';
import { CheckField } from './CheckField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** VPTZ: whether volunteers for palliative terminal care were discussed, and since when they come. */
export function VptzSection() {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-vptz" title={t('carePlan.sections.vptz')}>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <CheckField name="vptz.isDiscussed" label={t('carePlan.labels.isDiscussed')} />
        </div>
        <DateField name="vptz.deployedSince" label={t('carePlan.labels.deployedSince')} />
      </div>
    </PlanSection>
  );
}
