import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain';
import { AddMemberForm } from './AddMemberForm';
import styles from './MeetingMode.module.css';
import { SavingCheckbox } from './SavingCheckbox';
import { useMdoWords } from './useMdoWords';
import { useMeetingUpdate } from './useMeetingUpdate';

/** Who is present: tick the expected members; add someone who came unannounced. */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const update = useMeetingUpdate(meeting.id);
  const present = new Set(meeting.presentMemberIds);
  const setPresent = (memberId: string, isPresent: boolean) =>
    update((stored) => ({
      presentMemberIds: isPresent
        ? [...stored.presentMemberIds.filter((id) => id !== memberId), memberId]
        : stored.presentMemberIds.filter((id) => id !== memberId),
    }));
  const presentCount = meeting.members.filter((member) => present.has(member.id)).length;
  return (
    <section aria-labelledby="attendance-title" className={styles.section}>
      <div className={styles.sectionTop}>
        <h2 id="attendance-title">{t('mdoMeeting.attendance.title')}</h2>
        <p className={styles.count}>
          {t('mdoMeeting.attendance.count', { present: presentCount, total: meeting.members.length })}
        </p>
      </div>
      {meeting.members.length === 0 ? (
        <p>{t('mdoMeeting.attendance.noMembers')}</p>
      ) : (
        <>
          <p className={styles.hint}>{t('mdoMeeting.attendance.intro')}</p>
          <div className={styles.memberGrid}>
            {meeting.members.map((member) => (
              <SavingCheckbox
                key={member.id}
                label={
                  member.id === meeting.chairMemberId
                    ? `${words.member(member)}, ${t('mdoMeeting.attendance.chair')}`
                    : words.member(member)
                }
                checked={present.has(member.id)}
                onSave={(isPresent) => setPresent(member.id, isPresent)}
              />
            ))}
          </div>
        </>
      )}
      <AddMemberForm update={update} />
    </section>
  );
}
