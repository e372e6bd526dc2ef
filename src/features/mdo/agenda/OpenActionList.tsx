import { useTranslation } from 'react-i18next';
import { useToday } from '../../../components/useToday';
import type { MdoAction } from '../../../domain';
import { formatDate } from '../../../lib/format';
import styles from './AgendaBuilder.module.css';

/** Open actions (what, who, by when); overdue ones say so in words, not only in colour. */
export function OpenActionList({ actions, label }: { actions: readonly MdoAction[]; label: string }) {
  const { t, i18n } = useTranslation();
  const today = useToday();
  if (actions.length === 0) return null;
  return (
    <ul className={styles.actions} aria-label={label}>
      {actions.map((action) => {
        const isOverdue = action.dueDate < today;
        return (
          <li key={action.id} className={isOverdue ? styles.overdue : undefined}>
            {t('mdoAgenda.actions.action', {
              what: action.what,
              owner: action.owner,
              date: formatDate(action.dueDate, i18n.language),
            })}
            {isOverdue && <strong> {t('mdoAgenda.actions.overdue')}</strong>}
          </li>
        );
      })}
    </ul>
  );
}
