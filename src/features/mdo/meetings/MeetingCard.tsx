import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../../db';
import styles from './Meetings.module.css';
import { useMeetingText } from './useMeetingText';

/** One meeting in the list: when, where, who chairs, how full the agenda is, and whether it is cancelled. */
export function MeetingCard({ summary }: { summary: MeetingSummary }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const { meeting, agendaItemCount } = summary;
  const chair = meeting.members.find((member) => member.id === meeting.chairMemberId);
  const isCancelled = meeting.status === 'cancelled';
  const place =
    meeting.location !== '' ? meeting.location : meeting.videoLink !== '' ? t('mdoMeetings.when.video') : '';
  return (
    <li className={isCancelled ? styles.cancelledCard : styles.card}>
      <h3 className={styles.cardTitle}>
        <Link to={`/mdo/${meeting.id}`}>{text.date(meeting.date)}</Link>
      </h3>
      {isCancelled && (
        <p className={styles.cancelledBadge}>
          {meeting.cancelReason === ''
            ? t('mdoMeetings.list.cancelled')
            : t('mdoMeetings.list.cancelledReason', { reason: meeting.cancelReason })}
        </p>
      )}
      <p className={styles.cardLine}>
        {place === ''
          ? text.time(meeting)
          : t('mdoMeetings.list.joined', { first: text.time(meeting), second: place })}
      </p>
      <p className={styles.cardLine}>
        {t('mdoMeetings.list.joined', {
          first: chair ? t('mdoMeetings.list.chair', { name: chair.name }) : t('mdoMeetings.list.noChair'),
          second: t('mdoMeetings.list.agendaItems', { count: agendaItemCount }),
        })}
      </p>
    </li>
  );
}
