import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import { InvitationsSection } from '../invitations/InvitationsSection';
import { CancelledNotice } from './CancelledNotice';
import { CancelMeetingDialog } from './CancelMeetingDialog';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingDetails } from './MeetingDetails';
import { MeetingNotFound } from './MeetingNotFound';
import styles from './Meetings.module.css';
import { useMeetingOverview } from './useMeetingOverview';
import { useMeetingText } from './useMeetingText';
import { registerMdoMeetingsTexts } from './mdo-meetings-i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingsTexts();

/** One MDO: when and where, the team, the agenda in order, and the specialists invited. */
export function MeetingPage() {
  const { t } = useTranslation();
  const text = useMeetingText();
  const location = useLocation();
  const navigate = useNavigate();
  const { meetingId = '' } = useParams();
  const overview = useMeetingOverview(meetingId);
  const [isCancelling, setIsCancelling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // The confirmation belongs to this visit only: remember it, then drop it from history.
  const [isJustSaved] = useState(() => (location.state as { saved?: boolean } | null)?.saved === true);
  useEffect(() => {
    if (isJustSaved) void navigate(location.pathname, { replace: true, state: null });
  }, [isJustSaved, location.pathname, navigate]);

  if (overview === undefined) return <LoadingStatus />;
  if (overview === null) return <MeetingNotFound />;
  const { meeting } = overview;
  const isCancelled = meeting.status === 'cancelled';
  const path = `/mdo/${meeting.id}`;

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <div className={styles.titleBar}>
        <h1 id="page-title">{t('mdoMeetings.meeting.title', { date: text.date(meeting.date) })}</h1>
        <Link to={`${path}/bewerken`} className={buttonClass('secondary')}>
          {t('mdoMeetings.meeting.edit')}
        </Link>
      </div>
      <p className={styles.back}>
        <Link to="/mdo">{t('mdoMeetings.meeting.back')}</Link>
      </p>
      {(isJustSaved || notice !== null) && (
        <p role="status" className={styles.saved}>
          {notice ?? t('mdoMeetings.meeting.saved')}
        </p>
      )}
      {isCancelled && <CancelledNotice meeting={meeting} onReinstated={setNotice} />}
      <nav aria-label={t('mdoMeetings.meeting.linksLabel')} className={styles.links}>
        {!isCancelled && (
          <>
            <Link to={`${path}/agenda`} className={buttonClass()}>
              {t('mdoMeetings.meeting.buildAgenda')}
            </Link>
            <Link to={`${path}/overleg`} className={buttonClass('secondary')}>
              {t('mdoMeetings.meeting.startMeeting')}
            </Link>
          </>
        )}
        <Link to={`${path}/verslag`} className={buttonClass('secondary')}>
          {t('mdoMeetings.meeting.minutes')}
        </Link>
        {!isCancelled && (
          <button
            type="button"
            className={buttonClass('danger')}
            onClick={() => {
              setIsCancelling(true);
            }}
          >
            {t('mdoMeetings.cancel.action')}
          </button>
        )}
      </nav>
      <MeetingDetails meeting={meeting} />
      <MeetingAgenda meetingId={meeting.id} agenda={overview.agenda} />
      <InvitationsSection overview={overview} />
      {isCancelling && (
        <CancelMeetingDialog
          meetingId={meeting.id}
          onClose={(isCancelledNow) => {
            setIsCancelling(false);
            if (isCancelledNow) setNotice(t('mdoMeetings.cancel.done'));
          }}
        />
      )}
    </section>
  );
}
