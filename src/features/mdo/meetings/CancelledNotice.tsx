import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { failureKey } from '../../../components/write-errors';
import { updateMeeting } from '../../../db';
import type { Meeting } from '../../../domain';
import styles from './Meetings.module.css';

/** Says that the meeting is cancelled and why (for everyone), and lets the planner undo a mistake. */
export function CancelledNotice({
  meeting,
  onReinstated,
}: {
  meeting: Meeting;
  onReinstated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [error, setError] = useState<string | null>(null);
  const reinstate = async () => {
    const result = await updateMeeting(db, meeting.id, { status: 'planned', cancelReason: '' }, new Date());
    if (result.ok) onReinstated(t('mdoMeetings.meeting.reinstated'));
    else setError(t(failureKey(result.error.kind, 'errors.invalid')));
  };
  return (
    <div className={styles.cancelledNotice}>
      <p className={styles.cancelledTitle}>{t('mdoMeetings.meeting.cancelledNotice')}</p>
      {meeting.cancelReason !== '' && (
        <p>{t('mdoMeetings.meeting.cancelledReason', { reason: meeting.cancelReason })}</p>
      )}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <button type="button" className={buttonClass('secondary')} onClick={() => void reinstate()}>
        {t('mdoMeetings.meeting.reinstate')}
      </button>
    </div>
  );
}
