import { useTranslation } from 'react-i18next';
import { useToday } from '../../../components/useToday';
import type { ActionOverviewRow } from '../../../db';
import { ActionRow } from './ActionRow';
import styles from './Actions.module.css';

interface ActionListProps {
  id: string;
  title: string;
  empty: string;
  rows: ActionOverviewRow[];
  owners: string[];
}

/** One list of the overview (open or done) with its count. */
export function ActionList({ id, title, empty, rows, owners }: ActionListProps) {
  const { t } = useTranslation();
  const today = useToday();
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id}>
        {title}{' '}
        <span className={styles.count}>({t('mdoMeeting.overview.count', { count: rows.length })})</span>
      </h2>
      {rows.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <ActionRow key={row.action.id} row={row} today={today} owners={owners} />
          ))}
        </ul>
      )}
    </section>
  );
}
