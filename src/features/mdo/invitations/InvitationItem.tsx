import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { InlineConfirm } from '../../../components/InlineConfirm';
import { failureKey } from '../../../components/write-errors';
import { withdrawInvitation } from '../../../db';
import type { Meeting, Specialist, SpecialistInvitation } from '../../../domain';
import styles from '../meetings/Meetings.module.css';
import { useInvitationDownload } from './useInvitationDownload';

const NOT_FOUND = 'mdoMeetings.errors.notFound';

interface InvitationItemProps {
  invitation: SpecialistInvitation;
  meeting: Meeting;
  specialist: Specialist | undefined;
  /** What the invitation is for, in words (the whole meeting or one item). */
  targetLabel: string;
  onWithdrawn: () => void;
}

/** One invitation: who, for what, its status in words, the calendar file and withdrawing it. */
export function InvitationItem({
  invitation,
  meeting,
  specialist,
  targetLabel,
  onWithdrawn,
}: InvitationItemProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const download = useInvitationDownload();
  const [error, setError] = useState<string | null>(null);
  const name =
    specialist?.deletedAt === null ? specialist.name : t('mdoMeetings.invitations.removedSpecialist');
  const isCancelled = meeting.status === 'cancelled';

  const withdraw = async () => {
    const result = await withdrawInvitation(db, invitation.id, new Date());
    if (result.ok) {
      onWithdrawn();
    } else {
      setError(
        // A refused withdrawal means the invitation changed under it: as good as gone.
        t(failureKey(result.error.kind, NOT_FOUND, NOT_FOUND)),
      );
    }
  };

  return (
    <li className={styles.card}>
      <h3 className={styles.cardTitle}>{name}</h3>
      <p className={styles.cardLine}>{targetLabel}</p>
      <p>
        <span className={styles[`status-${invitation.status}`]}>
          {t('mdoMeetings.invitations.status', {
            status: t(`mdoMeetings.invitations.statuses.${invitation.status}`),
          })}
        </span>
      </p>
      {specialist?.userId === null && <p className={styles.hint}>{t('mdoMeetings.invitations.noAccount')}</p>}
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <InlineConfirm
        question={t('mdoMeetings.invitations.withdrawConfirm', { name })}
        confirmLabel={t('mdoMeetings.invitations.withdrawYes')}
        cancelLabel={t('mdoMeetings.invitations.withdrawNo')}
        onConfirm={() => void withdraw()}
      >
        {({ ask, triggerRef }) => (
          <div className={styles.actions}>
            {specialist && specialist.email.trim() !== '' ? (
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => {
                  setError(download(invitation, meeting, specialist));
                }}
              >
                {isCancelled
                  ? t('mdoMeetings.invitations.downloadCancel')
                  : t('mdoMeetings.invitations.download')}
              </button>
            ) : (
              <p className={styles.hint}>{t('mdoMeetings.invitations.calendar.ics.noAttendeeEmail')}</p>
            )}
            <button ref={triggerRef} type="button" className={buttonClass('danger')} onClick={ask}>
              {t('mdoMeetings.invitations.withdraw')}
            </button>
          </div>
        )}
      </InlineConfirm>
    </li>
  );
}
