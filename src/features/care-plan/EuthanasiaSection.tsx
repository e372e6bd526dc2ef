import { useTranslation } from 'react-i18next';
import { EUTHANASIA_POSITIONS, YES_NO_UNKNOWN, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/**
 * Euthanasie and the donor register: recorded as facts only, without judgement. The position offers exactly
 * the four answers of the national PZP standard.
 */
export function EuthanasiaSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-euthanasia" title={t('carePlan.sections.euthanasia')} discussed={discussed}>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <ChoiceField
            name="euthanasia.position"
            legend={t('carePlan.labels.euthanasiaPosition')}
            options={EUTHANASIA_POSITIONS}
            labelPrefix="carePlan.euthanasiaPosition"
          />
        </div>
        <DateField name="euthanasia.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
        <TextField
          name="euthanasia.comment"
          label={t('carePlan.labels.euthanasiaComment')}
          isMultiline
          rows={2}
        />
        <ChoiceField
          name="donorRegister.choiceRecorded"
          legend={t('carePlan.labels.choiceRecorded')}
          options={YES_NO_UNKNOWN}
          labelPrefix="carePlan.yesNo"
        />
        <DateField name="donorRegister.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
      </div>
    </PlanSection>
  );
}
