import { registerMdoSpecialistTexts } from './mdo-specialist-i18n';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../../components/useToday';
import type { InvitedMeeting } from '../../../db';
import { useAccessLog } from '../../../components/useAccessLog';
import { MeetingCard } from './MeetingCard';
import styles from './SpecialistView.module.css';
import { useInvitedMeetings } from './useInvitedMeetings';
import type { TextKey } from '../../../i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoSpecialistTexts();

function MeetingList({ titleKey, meetings }: { titleKey: TextKey; meetings: InvitedMeeting[] }) {
  const { t } = useTranslation();
  if (meetings.length === 0) return null;
  return (
    <section>
      <h2>{t(titleKey)}</h2>
      <ul className={styles.meetingList}>
        {meetings.map((invited) => (
          <MeetingCard key={invited.meeting.id} invited={invited} />
        ))}
      </ul>
    </section>
  );
}

/**
 * Uitnodigingen: the specialist PZ's start page on their tablet. The meetings they are invited to, each with
 * the invitation's status and large buttons to accept or decline; upcoming meetings first.
 */
export function InvitationsPage() {
  const { t } = useTranslation();
  const today = useToday();
  const meetings = useInvitedMeetings();
  useAccessLog(
    {
      event: 'mdoSpecialist.invitations.view',
      action: 'R',
      patientId: null,
      recordPart: 'specialistInvitation',
    },
    'view',
  );
  if (meetings === undefined) return <LoadingStatus />;
  const upcoming = meetings.filter((invited) => invited.meeting.date >= today);
  const past = meetings.filter((invited) => invited.meeting.date < today).reverse();
  return (
    <div className={styles.page}>
      <h1>{t('mdoSpecialist.list.title')}</h1>
      <p className={styles.intro}>{t('mdoSpecialist.list.intro')}</p>
      {meetings.length === 0 ? (
        <p className={styles.empty}>{t('mdoSpecialist.list.empty')}</p>
      ) : (
        <>
          <MeetingList titleKey="mdoSpecialist.list.upcoming" meetings={upcoming} />
          <MeetingList titleKey="mdoSpecialist.list.past" meetings={past} />
        </>
      )}
    </div>
  );
}
