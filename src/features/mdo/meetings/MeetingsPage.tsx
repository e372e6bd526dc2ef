import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import { useToday } from '../../../components/useToday';
import { MeetingCard } from './MeetingCard';
import styles from './Meetings.module.css';
import { useMeetingSummaries } from './useMeetingSummaries';
import { registerMdoMeetingsTexts } from './mdo-meetings-i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingsTexts();

/** MDO: upcoming and past meetings, a new one, and the pages around the meeting. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const summaries = useMeetingSummaries();
  if (summaries === undefined) return <LoadingStatus />;
  const upcoming = summaries.filter((summary) => summary.meeting.date >= today);
  const past = summaries.filter((summary) => summary.meeting.date < today).reverse();
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <div className={styles.titleBar}>
        <h1 id="page-title">{t('mdoMeetings.list.title')}</h1>
        <Link to="/mdo/nieuw" className={buttonClass()}>
          {t('mdoMeetings.list.new')}
        </Link>
      </div>
      <p>{t('mdoMeetings.list.intro')}</p>
      <nav aria-label={t('mdoMeetings.list.linksLabel')} className={styles.links}>
        <Link to="/acties" className={buttonClass('secondary')}>
          {t('mdoMeetings.list.actions')}
        </Link>
        <Link to="/specialisten" className={buttonClass('secondary')}>
          {t('mdoMeetings.list.specialists')}
        </Link>
        <Link to="/mdo/aanwezigheid" className={buttonClass('secondary')}>
          {t('mdoMeetings.list.attendance')}
        </Link>
      </nav>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('mdoMeetings.list.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('mdoMeetings.list.upcomingEmpty')}</p>
        ) : (
          <ul className={styles.cards} aria-labelledby="upcoming-title">
            {upcoming.map((summary) => (
              <MeetingCard key={summary.meeting.id} summary={summary} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t('mdoMeetings.list.past')}</h2>
        {past.length === 0 ? (
          <p>{t('mdoMeetings.list.pastEmpty')}</p>
        ) : (
          <ul className={styles.cards} aria-labelledby="past-title">
            {past.map((summary) => (
              <MeetingCard key={summary.meeting.id} summary={summary} />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
