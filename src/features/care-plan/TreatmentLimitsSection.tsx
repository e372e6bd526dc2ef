import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { ESSENTIALS, TREATMENT_LIMIT_FIELDS, TREATMENT_LIMIT_KINDS, type IsoDate } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { TreatmentLimitRow } from './TreatmentLimitRow';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

const MAX_OTHER_LIMITS = 20;
const essentials = new Set<string>(ESSENTIALS);

/** Behandelgrenzen: the seven standard limits, then the other limits the team added (e.g. kunstmatige voeding). */
export function TreatmentLimitsSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CarePlanFormValues>();
  const others = useFieldArray({ control, name: 'otherLimits', keyName: 'key' });
  return (
    <PlanSection id="zorgplan-limits" title={t('carePlan.sections.limits')} discussed={discussed}>
      <div className={styles.stack}>
        {TREATMENT_LIMIT_KINDS.map((kind) => {
          const field = TREATMENT_LIMIT_FIELDS[kind];
          return (
            <TreatmentLimitRow
              key={kind}
              path={field}
              kind={kind}
              legend={t(`carePlan.limits.${kind}`)}
              isEssential={essentials.has(`${field}.decision`)}
            />
          );
        })}
        {others.fields.map((item, index) => {
          const number = index + 1;
          return (
            <TreatmentLimitRow
              key={item.key}
              path={`otherLimits.${index}`}
              kind="anders"
              legend={t('carePlan.labels.otherLimit', { number })}
              before={
                <TextField
                  className={styles.wide}
                  name={`otherLimits.${index}.text`}
                  label={t('carePlan.labels.otherLimitText')}
                  hint={t('carePlan.labels.otherLimitHint')}
                  isRequired
                />
              }
              actions={
                <button
                  type="button"
                  className={buttonClass('danger')}
                  onClick={() => {
                    others.remove(index);
                  }}
                >
                  {t('carePlan.actions.removeLimit', { number })}
                </button>
              }
            />
          );
        })}
        {others.fields.length < MAX_OTHER_LIMITS && (
          <div>
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                others.append({
                  id: crypto.randomUUID(),
                  text: '',
                  decision: '',
                  dateDiscussed: '',
                  withWhom: '',
                  comment: '',
                });
              }}
            >
              {t('carePlan.actions.addLimit')}
            </button>
          </div>
        )}
      </div>
    </PlanSection>
  );
}
