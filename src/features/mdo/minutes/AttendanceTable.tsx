import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../domain';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import styles from './Attendance.module.css';

/** Per meeting: when (linking to its minutes), who was present with role, and what the group collected. */
export function AttendanceTable({ meetings }: { meetings: readonly Meeting[] }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{t('mdoMeeting.attendanceList.csv.date')}</th>
          <th scope="col">{t('mdoMeeting.minutes.present')}</th>
          <th scope="col">{t('mdoMeeting.lists.title')}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => {
          const present = meeting.members.filter((member) => meeting.presentMemberIds.includes(member.id));
          return (
            <tr key={meeting.id}>
              <td>
                <Link to={`/mdo/${meeting.id}/verslag`}>{words.when(meeting)}</Link>
              </td>
              <td>
                {present.length === 0 ? (
                  <span className={styles.muted}>{t('mdoMeeting.attendanceList.noAttendance')}</span>
                ) : (
                  <ul>
                    {present.map((member) => (
                      <li key={member.id}>{words.member(member)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {meeting.bottlenecks.length + meeting.trainingNeeds.length === 0 ? (
                  <span className={styles.muted}>{t('mdoMeeting.attendanceList.noLists')}</span>
                ) : (
                  <ul>
                    {meeting.bottlenecks.map((text, index) => (
                      <li key={`b${String(index)}`}>
                        {t('mdoMeeting.attendanceList.bottleneckLine', { text })}
                      </li>
                    ))}
                    {meeting.trainingNeeds.map((text, index) => (
                      <li key={`o${String(index)}`}>
                        {t('mdoMeeting.attendanceList.trainingNeedLine', { text })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
