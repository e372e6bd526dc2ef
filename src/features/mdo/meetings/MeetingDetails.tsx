import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain';
import styles from './Meetings.module.css';
import { useMeetingText } from './useMeetingText';

/** When and where the meeting is, who chairs it and who of the kernteam is expected. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const chair = meeting.members.find((member) => member.id === meeting.chairMemberId);
  const none = t('mdoMeetings.meeting.none');
  return (
    <div className={styles.sections}>
      <section aria-labelledby="details-title" className={styles.panel}>
        <h2 id="details-title">{t('mdoMeetings.meeting.details')}</h2>
        <dl className={styles.details}>
          <dt>{t('mdoMeetings.meeting.date')}</dt>
          <dd>{text.date(meeting.date)}</dd>
          <dt>{t('mdoMeetings.meeting.time')}</dt>
          <dd>{text.time(meeting)}</dd>
          <dt>{t('mdoMeetings.meeting.location')}</dt>
          <dd>{meeting.location !== '' ? meeting.location : none}</dd>
          <dt>{t('mdoMeetings.meeting.videoLink')}</dt>
          <dd>
            {meeting.videoLink !== '' ? (
              <a href={meeting.videoLink} target="_blank" rel="noopener noreferrer" className={styles.wrap}>
                {meeting.videoLink}
              </a>
            ) : (
              none
            )}
          </dd>
          <dt>{t('mdoMeetings.meeting.chair')}</dt>
          <dd>{chair ? chair.name : none}</dd>
        </dl>
      </section>
      <section aria-labelledby="team-title" className={styles.panel}>
        <h2 id="team-title">{t('mdoMeetings.meeting.team')}</h2>
        {meeting.members.length === 0 ? (
          <p>{t('mdoMeetings.meeting.teamEmpty')}</p>
        ) : (
          <ul className={styles.plainList} aria-labelledby="team-title">
            {meeting.members.map((member) => (
              <li key={member.id}>
                {t('mdoMeetings.meeting.memberLine', { name: member.name, role: text.role(member.role) })}
                {member.id === meeting.chairMemberId && (
                  <span className={styles.tag}>{t('mdoMeetings.meeting.chairMark')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
