import { useTranslation } from 'react-i18next';
import type { CarePlanFields } from '../../domain';
import { valueText } from '../care-plan/change-text';
import styles from './Handover.module.css';
import { withoutAttribution, type DraftGroup } from './import-draft';
import { registerCarePlanTexts } from '../care-plan/care-plan-i18n';

registerCarePlanTexts();

/** The values of a reviewed field group in words, one field per line (named when the group has several). */
export function ReviewGroupValue({
  fields,
  values,
}: {
  fields: DraftGroup['fields'];
  values: Partial<CarePlanFields>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {fields
        .filter((field) => values[field] !== undefined)
        .map((field) => (
          <span key={field} className={styles.reviewValue}>
            {fields.length > 1 && `${t(`carePlan.history.fields.${field}`)}: `}
            {valueText(withoutAttribution(values[field]), field, t, i18n.language)}
          </span>
        ))}
    </>
  );
}
