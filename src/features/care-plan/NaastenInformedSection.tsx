import { useTranslation } from 'react-i18next';
import { YES_NO, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Naasten geïnformeerd: whether the naasten know the agreements, and since when. */
export function NaastenInformedSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection
      id="zorgplan-naastenInformed"
      title={t('carePlan.sections.naastenInformed')}
      discussed={discussed}
    >
      <div className={styles.grid}>
        <ChoiceField
          name="naastenInformed.informed"
          legend={t('carePlan.labels.informed')}
          options={YES_NO}
          labelPrefix="carePlan.yesNo"
        />
        <DateField name="naastenInformed.date" label={t('carePlan.labels.date')} />
      </div>
    </PlanSection>
  );
}
