import { useTranslation } from 'react-i18next';
import type { MdoAction } from '../../../domain';
import { ActionDoneButton } from '../actions/ActionDoneButton';
import styles from './MeetingMode.module.css';
import { useMdoWords } from './useMdoWords';
import { useTrackSave } from './useTrackSave';

/** The patient's actions still open from earlier (carried over), to check off during the meeting. */
export function OpenActionsList({ actions }: { actions: readonly MdoAction[] }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const track = useTrackSave();
  return (
    <>
      <h4>{t('mdoMeeting.patient.openActions')}</h4>
      {actions.length === 0 ? (
        <p className={styles.hint}>{t('mdoMeeting.patient.noOpenActions')}</p>
      ) : (
        <ul className={styles.actionList}>
          {actions.map((action) => (
            <li key={action.id} className={styles.actionItem}>
              <span>
                <span className={styles.actionWhat}>{action.what}</span>{' '}
                <span className={styles.hint}>
                  {t('mdoMeeting.actions.summary', { owner: action.owner, date: words.date(action.dueDate) })}
                </span>
              </span>
              <ActionDoneButton action={action} track={track} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
