import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { toDutchDate, type IsoDate, type PatientId } from '../../domain';
import { formatDate } from '../../lib/format';
import { useChecklistData } from '../checklists/useChecklistData';
import { useOutcomeText } from '../checklists/useOutcomeText';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

interface MantelzorgSectionProps {
  patientId: PatientId;
  /** When the saved plan says the burden was last discussed, null when never. */
  discussed: IsoDate | null;
}

/** Mantelzorgbelasting in a few words and when it was discussed, which the latest EDIZ can fill in. */
export function MantelzorgSection({ patientId, discussed }: MantelzorgSectionProps) {
  const { t, i18n } = useTranslation();
  const { setValue } = useFormContext<CarePlanFormValues>();
  const { catalog, summarised } = useChecklistData(patientId);
  const outcomeText = useOutcomeText();
  // By the definition's kind, not the summary's: the EDIZ (version 2) sums points, the retired list counted "ja".
  const latest = summarised?.find(
    (entry) =>
      catalog.get(entry.result.definitionId, entry.result.definitionVersion)?.kind === 'caregiverBurden',
  );
  const definition = latest && catalog.get(latest.result.definitionId, latest.result.definitionVersion);
  const measuredOn = latest ? toDutchDate(latest.result.observedOn) : null;
  const text =
    latest && definition
      ? t('carePlan.burden.latest', {
          date: formatDate(latest.result.observedOn, i18n.language),
          outcome: outcomeText(latest.summary, definition, latest.result),
        })
      : null;
  return (
    <PlanSection id="zorgplan-mantelzorg" title={t('carePlan.sections.mantelzorg')} discussed={discussed}>
      <div className={styles.stack}>
        <TextField name="mantelzorgSummary" label={t('carePlan.labels.mantelzorgSummary')} isMultiline />
        <div className={styles.grid}>
          <DateField name="mantelzorgDiscussedOn" label={t('carePlan.labels.lastDiscussed')} />
        </div>
        {summarised && <p className={styles.meta}>{text ?? t('carePlan.burden.none')}</p>}
        {text && (
          <div>
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                setValue('mantelzorgSummary', text, { shouldDirty: true });
                // The measurement is when the burden was last looked at.
                if (measuredOn) setValue('mantelzorgDiscussedOn', measuredOn, { shouldDirty: true });
              }}
            >
              {t('carePlan.actions.takeBurden')}
            </button>
          </div>
        )}
      </div>
    </PlanSection>
  );
}
