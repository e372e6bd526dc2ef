import { useTranslation } from 'react-i18next';
import { diffCarePlans, type CarePlanFields } from '../../domain';
import styles from './CarePlan.module.css';
import { changeText } from './change-text';

interface VersionChangesProps {
  before: CarePlanFields;
  after: CarePlanFields;
}

/** What changed from one version to another, field by field: "Reanimatie: wel → niet". */
export function VersionChanges({ before, after }: VersionChangesProps) {
  const { t, i18n } = useTranslation();
  const changes = diffCarePlans(before, after).map((change) =>
    changeText(change, { before, after }, t, i18n.language),
  );
  if (changes.length === 0) return <p>{t('carePlan.history.noChanges')}</p>;
  return (
    <ul className={styles.changes}>
      {changes.map((change, index) => (
        // Changes have no identity of their own; their order is stable for a pair of versions.
        <li key={index}>
          <span className={styles.changeLabel}>
            {change.kind === 'changed'
              ? change.label
              : `${change.label} (${t(`carePlan.history.${change.kind}`)})`}
          </span>
          {': '}
          {change.kind === 'changed'
            ? `${change.before} → ${change.after}`
            : change.kind === 'added'
              ? change.after
              : change.before}
        </li>
      ))}
    </ul>
  );
}
