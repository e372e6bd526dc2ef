import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PREFERRED_PLACES_OF_DEATH, type IsoDate } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Voorkeursplek van overlijden; "anders" names the place. */
export function PlaceOfDeathSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CarePlanFormValues>();
  const place = useWatch({ control, name: 'preferredPlaceOfDeath.place' });
  return (
    <PlanSection id="zorgplan-placeOfDeath" title={t('carePlan.sections.placeOfDeath')} discussed={discussed}>
      <div className={styles.grid}>
        <div className={styles.wide}>
          <ChoiceField
            name="preferredPlaceOfDeath.place"
            legend={t('carePlan.labels.place')}
            options={PREFERRED_PLACES_OF_DEATH}
            labelPrefix="carePlan.place"
            deps={['preferredPlaceOfDeath.otherText']}
            isEssential
          />
        </div>
        {place === 'anders' && (
          <TextField
            name="preferredPlaceOfDeath.otherText"
            label={t('carePlan.labels.otherPlace')}
            isRequired
          />
        )}
        <DateField name="preferredPlaceOfDeath.dateDiscussed" label={t('carePlan.labels.dateDiscussed')} />
      </div>
    </PlanSection>
  );
}
