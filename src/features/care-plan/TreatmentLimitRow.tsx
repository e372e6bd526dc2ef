import type { ReactNode } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  decisionsFor,
  TREATMENT_DECISIONS,
  type OnBehalfOf,
  type TreatmentDecision,
  type TreatmentLimitKind,
} from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { ChoiceField } from './ChoiceField';
import { DateField } from './DateField';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';
import { registerNamensTexts } from '../../components/namens-i18n';

registerNamensTexts();

registerCarePlanTexts();

type LimitPath = `limit${string}` | `otherLimits.${number}`;

interface TreatmentLimitRowProps {
  /** Where the limit lives in the form, e.g. `limitReanimatie` or `otherLimits.0`. */
  path: LimitPath;
  legend: string;
  /** Which limit: the PZP standard allows fewer decisions for some (the ICD has no "niet"). */
  kind: TreatmentLimitKind | 'anders';
  isEssential?: boolean;
  /** Extra fields before the decision (an other limit's name) and actions in the heading (remove). */
  before?: ReactNode;
  actions?: ReactNode;
}

const at = (path: LimitPath, key: string) => `${path}.${key}` as FieldPath<CarePlanFormValues>;

/**
 * One treatment limit: the decision (wel / niet / anders / onbekend, or what the standard allows for this
 * limit), when and with whom, and why. A decision recorded before the standard's rule stays visible, with
 * why it is no longer offered, until someone changes it.
 */
export function TreatmentLimitRow({
  path,
  legend,
  kind,
  isEssential = false,
  before,
  actions,
}: TreatmentLimitRowProps) {
  const { t } = useTranslation();
  // A "niet" needs its date and an "anders" its comment: check those again when the decision changes.
  const dependents = [at(path, 'dateDiscussed'), at(path, 'comment')];
  const current = useWatch<CarePlanFormValues>({ name: at(path, 'decision') });
  const allowed = decisionsFor(kind);
  // A decision stored before it stopped being offered for this kind (e.g. ICD "niet") stays choosable.
  const legacy = allowed.includes(current as TreatmentDecision)
    ? undefined
    : TREATMENT_DECISIONS.find((decision) => decision === current);
  const isLegacy = legacy !== undefined;
  const options = legacy ? [...allowed, legacy] : allowed;
  const onBehalfOf = useWatch({ name: at(path, 'onBehalfOf') }) as OnBehalfOf | null | undefined;
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {actions && <div className={styles.itemHead}>{actions}</div>}
      {onBehalfOf && (
        <p className={styles.discussed}>
          {t('namens.shown', { name: onBehalfOf.name, recordedBy: onBehalfOf.recordedBy ?? '' })}
        </p>
      )}
      <div className={styles.grid}>
        {before}
        <div className={styles.wide}>
          <ChoiceField
            name={at(path, 'decision')}
            legend={t('carePlan.labels.decision')}
            options={options}
            labelPrefix="carePlan.decision"
            deps={dependents}
            isEssential={isEssential}
          />
          {isLegacy && <p className={styles.notice}>{t('carePlan.icdNietLegacy')}</p>}
        </div>
      </div>
      <div className={styles.limitGrid}>
        <DateField name={at(path, 'dateDiscussed')} label={t('carePlan.labels.dateDiscussed')} />
        <TextField name={at(path, 'withWhom')} label={t('carePlan.labels.withWhom')} />
        <TextField name={at(path, 'comment')} label={t('carePlan.labels.comment')} isMultiline rows={2} />
      </div>
    </fieldset>
  );
}
