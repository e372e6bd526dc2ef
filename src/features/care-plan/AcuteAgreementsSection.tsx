import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../domain';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Afspraken voor acute situaties, e.g. "bel de huisartsenpost, niet 112". */
export function AcuteAgreementsSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-acute" title={t('carePlan.sections.acute')} discussed={discussed}>
      <div className={styles.grid}>
        <TextField
          className={styles.wide}
          name="acuteAgreements.text"
          label={t('carePlan.labels.acuteText')}
          hint={t('carePlan.labels.acuteHint')}
          isMultiline
          isEssential
        />
        <DateField name="acuteAgreements.lastDiscussed" label={t('carePlan.labels.lastDiscussed')} />
      </div>
    </PlanSection>
  );
}
