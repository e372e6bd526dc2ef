import { useTranslation } from 'react-i18next';
import type { LatestChecklist } from '../../../db';
import { formatDate } from '../../../lib/format';
import { useOutcomeText } from '../../checklists/useOutcomeText';
import styles from './SpecialistView.module.css';

/** The newest result of each checklist: when, which card, and the outcome in words. */
export function ChecklistSummaryList({ checklists }: { checklists: LatestChecklist[] }) {
  const { t, i18n } = useTranslation();
  const outcomeText = useOutcomeText();
  return (
    <section className={styles.block}>
      <h4>{t('mdoSpecialist.item.checklists')}</h4>
      {checklists.length === 0 ? (
        <p className={styles.muted}>{t('mdoSpecialist.item.noChecklists')}</p>
      ) : (
        <ul className={styles.checklists}>
          {checklists.map(({ result, definition, summary }) => (
            <li key={result.id}>
              <span className={styles.checklistTitle}>
                {definition.title}{' '}
                <span className={styles.muted}>{formatDate(result.observedOn, i18n.language)}</span>
              </span>
              <span>{outcomeText(summary, definition, result)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
