import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { setMdoActionDone, type WriteResult } from '../../../db';
import type { MdoAction } from '../../../domain';
import { registerMdoMeetingTexts } from '../meeting-mode/mdoMeeting-i18n';

registerMdoMeetingTexts();

interface ActionDoneButtonProps {
  action: MdoAction;
  /** Runs the write, e.g. through the meeting's save status; by default it simply runs. */
  track?: (work: () => Promise<WriteResult<MdoAction>>) => Promise<WriteResult<MdoAction>>;
}

/** "Afgerond" for an open action, "Weer openen" for a done one; the label names the action. */
export function ActionDoneButton({ action, track = (work) => work() }: ActionDoneButtonProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const isDone = action.status === 'done';
  return (
    <button
      type="button"
      className={buttonClass('secondary')}
      aria-label={t(isDone ? 'mdoMeeting.actions.reopenLabel' : 'mdoMeeting.actions.markDoneLabel', {
        what: action.what,
      })}
      onClick={() => void track(() => setMdoActionDone(db, action.id, !isDone, new Date()))}
    >
      {isDone ? t('mdoMeeting.actions.reopen') : t('mdoMeeting.actions.markDone')}
    </button>
  );
}
