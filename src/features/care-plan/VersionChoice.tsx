import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { CarePlanVersionRecord } from '../../domain';
import { formatDateTime } from '../../lib/format';
import styles from './CarePlan.module.css';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

interface VersionChoiceProps {
  /** Newest first. */
  versions: readonly CarePlanVersionRecord[];
  from: string;
  to: string;
  onChange: (chosen: { from: string; to: string }) => void;
}

/** Two versions to compare; the older side may also be the empty plan before the first version. */
export function VersionChoice({ versions, from, to, onChange }: VersionChoiceProps) {
  const { t, i18n } = useTranslation();
  const options = versions.map((version, index) => (
    <option key={version.id} value={version.id}>
      {t('carePlan.history.option', {
        number: versions.length - index,
        when: formatDateTime(version.savedAt, i18n.language),
        name: version.author.name,
      })}
    </option>
  ));
  return (
    <div className={styles.compare}>
      <FormField label={t('carePlan.history.from')}>
        {(control) => (
          <select
            {...control}
            value={from}
            onChange={(event) => {
              onChange({ from: event.target.value, to });
            }}
          >
            {options}
            <option value="">{t('carePlan.history.emptyPlan')}</option>
          </select>
        )}
      </FormField>
      <FormField label={t('carePlan.history.to')}>
        {(control) => (
          <select
            {...control}
            value={to}
            onChange={(event) => {
              onChange({ from, to: event.target.value });
            }}
          >
            {options}
          </select>
        )}
      </FormField>
    </div>
  );
}
