import { useTranslation } from 'react-i18next';
import type { AgendaItem, MdoAction, Meeting } from '../../../domain';
import { ActionDoneButton } from '../actions/ActionDoneButton';
import styles from './MeetingMode.module.css';
import { NewActionForm } from './NewActionForm';
import { useMdoWords } from './useMdoWords';
import { useTrackSave } from './useTrackSave';

interface ItemActionsProps {
  item: AgendaItem;
  meeting: Meeting;
  /** The actions agreed on this item. */
  actions: readonly MdoAction[];
}

/** The actions agreed on this item (what, who, by when) and the form to add one. */
export function ItemActions({ item, meeting, actions }: ItemActionsProps) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const track = useTrackSave();
  return (
    <section aria-labelledby={`actions-${item.id}`} className={styles.group}>
      <h4 id={`actions-${item.id}`}>{t('mdoMeeting.actions.title')}</h4>
      {actions.length === 0 ? (
        <p className={styles.hint}>{t('mdoMeeting.actions.empty')}</p>
      ) : (
        <ul className={styles.actionList}>
          {actions.map((action) => (
            <li key={action.id} className={styles.actionItem}>
              <span>
                <span className={styles.actionWhat}>{action.what}</span>{' '}
                <span className={styles.hint}>
                  {t('mdoMeeting.actions.summary', { owner: action.owner, date: words.date(action.dueDate) })}
                  {action.doneOn && ` · ${t('mdoMeeting.actions.done', { date: words.date(action.doneOn) })}`}
                </span>
              </span>
              <ActionDoneButton action={action} track={track} />
            </li>
          ))}
        </ul>
      )}
      <NewActionForm item={item} meeting={meeting} />
    </section>
  );
}
