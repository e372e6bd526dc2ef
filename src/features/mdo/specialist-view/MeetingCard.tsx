import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvitedMeeting } from '../../../db';
import { formatDate } from '../../../lib/format';
import { InvitationAnswer } from './InvitationAnswer';
import { MeetingFacts } from './MeetingFacts';
import styles from './SpecialistView.module.css';
import { useSubjectText } from './useSubjectText';

/** One invited meeting in the list: when and where, each invitation with its answer, and the way in. */
export function MeetingCard({ invited }: { invited: InvitedMeeting }) {
  const { t, i18n } = useTranslation();
  const subjectText = useSubjectText();
  const { meeting, invitations } = invited;
  const date = formatDate(meeting.date, i18n.language);
  const headingId = `meeting-${meeting.id}`;
  return (
    <li>
      <article aria-labelledby={headingId} className={styles.card}>
        <h3 id={headingId} className={styles.cardTitle}>
          {t('mdoSpecialist.meeting.heading', { date })}
        </h3>
        <MeetingFacts meeting={meeting} />
        {invitations.map(({ invitation, subject }) => (
          <InvitationAnswer
            key={invitation.id}
            invitation={invitation}
            subject={subjectText(subject)}
            isCancelled={meeting.status === 'cancelled'}
          />
        ))}
        <p className={styles.openLine}>
          <Link
            to={`/uitnodigingen/${meeting.id}`}
            className={styles.bigLink}
            aria-label={t('mdoSpecialist.list.openLabel', { date })}
          >
            {t('mdoSpecialist.list.open')}
          </Link>
        </p>
      </article>
    </li>
  );
}
