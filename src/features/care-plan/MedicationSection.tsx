import { useTranslation } from 'react-i18next';
import { YES_NO_UNKNOWN, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Medicatie en hulpmiddelen at home, and whether the palliatieve kit (spoedkit) is there. */
export function MedicationSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-medication" title={t('carePlan.sections.medication')} discussed={discussed}>
      <div className={styles.grid}>
        <TextField
          className={styles.wide}
          name="medicationAndAids.text"
          label={t('carePlan.labels.medicationText')}
          isMultiline
        />
        <ChoiceField
          name="medicationAndAids.palliativeKitPresent"
          legend={t('carePlan.labels.palliativeKitPresent')}
          options={YES_NO_UNKNOWN}
          labelPrefix="carePlan.yesNo"
        />
        <DateField name="medicationAndAids.lastDiscussed" label={t('carePlan.labels.lastDiscussed')} />
      </div>
    </PlanSection>
  );
}
