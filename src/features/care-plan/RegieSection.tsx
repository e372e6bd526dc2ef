import { useTranslation } from 'react-i18next';
import styles from './CarePlan.module.css';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Regie en aanspreekpunten: who coordinates care and whom the patient and naasten call first. */
export function RegieSection() {
  const { t } = useTranslation();
  return (
    <PlanSection id="zorgplan-regie" title={t('carePlan.sections.regie')}>
      <div className={styles.stack}>
        <fieldset className={styles.group}>
          <legend>{t('carePlan.labels.regiebehandelaar')}</legend>
          <div className={styles.grid}>
            <TextField name="regiebehandelaar.name" label={t('carePlan.labels.name')} isEssential />
            <TextField
              name="regiebehandelaar.phone"
              label={t('carePlan.labels.phone')}
              type="tel"
              isEssential
            />
          </div>
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t('carePlan.labels.eersteAanspreekpunt')}</legend>
          <div className={styles.grid}>
            <TextField name="eersteAanspreekpunt.name" label={t('carePlan.labels.name')} isEssential />
            <TextField
              name="eersteAanspreekpunt.role"
              label={t('carePlan.labels.role')}
              hint={t('carePlan.labels.roleHint')}
            />
            <TextField
              name="eersteAanspreekpunt.phone"
              label={t('carePlan.labels.phone')}
              type="tel"
              isEssential
            />
          </div>
        </fieldset>
      </div>
    </PlanSection>
  );
}
