import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { useSessionStore } from '../../../state/session-store';
import { weekdayOf } from './meeting-words';
import styles from './SpecialistView.module.css';

/** When and where a meeting is (place or video link), for which practice, and whether it was cancelled. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const practice = useSessionStore((state) => state.session?.practice.name ?? '');
  const location = meeting.location.trim();
  return (
    <>
      {meeting.status === 'cancelled' && (
        <p className={styles.cancelled}>
          {meeting.cancelReason.trim() === ''
            ? t('mdoSpecialist.meeting.cancelled')
            : t('mdoSpecialist.meeting.cancelledReason', { reason: meeting.cancelReason })}
        </p>
      )}
      <dl className={styles.facts}>
        <div>
          <dt>{t('mdoSpecialist.meeting.time')}</dt>
          <dd>
            {t('mdoSpecialist.meeting.when', {
              weekday: weekdayOf(meeting.date, i18n.language),
              date: formatDate(meeting.date, i18n.language),
              start: meeting.startTime,
              end: meeting.endTime,
            })}
          </dd>
        </div>
        {(location !== '' || meeting.videoLink === '') && (
          <div>
            <dt>{t('mdoSpecialist.meeting.place')}</dt>
            <dd>{location === '' ? t('mdoSpecialist.meeting.noPlace') : location}</dd>
          </div>
        )}
        {meeting.videoLink !== '' && (
          <div>
            <dt>{t('mdoSpecialist.meeting.video')}</dt>
            <dd>
              <a href={meeting.videoLink} target="_blank" rel="noreferrer" className={styles.videoLink}>
                {t('mdoSpecialist.meeting.videoLink')}
              </a>
              <span className={styles.printOnly}> {meeting.videoLink}</span>
            </dd>
          </div>
        )}
        {practice !== '' && (
          <div>
            <dt>{t('mdoSpecialist.meeting.practice')}</dt>
            <dd>{practice}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
