import { useTranslation } from 'react-i18next';
import { YES_NO, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Consent to share the agreements with the out-of-hours GP post (HAP) and the ambulance service. */
export function ConsentSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-consent" title={t('carePlan.sections.consent')} discussed={discussed}>
      <div className={styles.grid}>
        <ChoiceField
          name="consentToShare.hap"
          legend={t('carePlan.labels.hap')}
          options={YES_NO}
          labelPrefix="carePlan.yesNo"
        />
        <ChoiceField
          name="consentToShare.ambulance"
          legend={t('carePlan.labels.ambulance')}
          options={YES_NO}
          labelPrefix="carePlan.yesNo"
        />
        <DateField name="consentToShare.date" label={t('carePlan.labels.date')} />
      </div>
    </PlanSection>
  );
}
