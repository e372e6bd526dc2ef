import { useTranslation } from 'react-i18next';
import { YES_NO_UNKNOWN, type IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { CheckField } from './CheckField';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';

/** Euthanasie and the donor register: recorded as facts only, without judgement. */
export function EuthanasiaSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-euthanasia" title={t('carePlan.sections.euthanasia')} discussed={discussed}>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <CheckField name="euthanasia.isWishDiscussed" label={t('carePlan.labels.isWishDiscussed')} />
        </div>
        <ChoiceField
          name="euthanasia.declarationPresent"
          legend={t('carePlan.labels.declarationPresent')}
          options={YES_NO_UNKNOWN}
          labelPrefix="carePlan.yesNo"
        />
        <DateField name="euthanasia.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
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
