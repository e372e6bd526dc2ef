import { useTranslation } from 'react-i18next';
import type { MdoAction } from '../../../domain';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import styles from './Minutes.module.css';

/** Actions as the minutes list them: what, who, by when (and when done). */
export function MinutesActions({ actions }: { actions: readonly MdoAction[] }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  if (actions.length === 0) return <p className={styles.muted}>{t('mdoMeeting.minutes.noActions')}</p>;
  return (
    <ul className={styles.actions}>
      {actions.map((action) => (
        <li key={action.id}>
          {t('mdoMeeting.minutes.actionLine', {
            what: action.what,
            owner: action.owner,
            date: words.date(action.dueDate),
          })}
          {action.doneOn && ` ${t('mdoMeeting.minutes.actionDone', { date: words.date(action.doneOn) })}`}
        </li>
      ))}
    </ul>
  );
}
