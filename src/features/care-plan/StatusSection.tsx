import { useTranslation } from 'react-i18next';
import type { CarePlanStatus } from '../../domain';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** What the plan's status (concept or vastgesteld) means, and its start date. */
export function StatusSection({ status }: { status: CarePlanStatus | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-status" title={t('carePlan.sections.status')}>
      <div className={styles.stack}>
        <p>{t(`carePlan.statusHelp.${status ?? 'none'}`)}</p>
        <div className={styles.grid}>
          <DateField name="startDate" label={t('carePlan.labels.startDate')} isEssential />
        </div>
      </div>
    </PlanSection>
  );
}
