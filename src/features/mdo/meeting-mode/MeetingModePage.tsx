import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAccessLog } from '../../../components/useAccessLog';
import { AgendaRunner } from './AgendaRunner';
import { AttendanceSection } from './AttendanceSection';
import { registerMdoMeetingTexts } from './mdoMeeting-i18n';
import { MeetingLists } from './MeetingLists';
import styles from './MeetingMode.module.css';
import { MeetingNotFound } from './MeetingNotFound';
import { SaveStatusLine } from './SaveStatusLine';
import { useMdoWords } from './useMdoWords';
import { useMeetingRecord } from './useMeetingRecord';
import { useSaveStatus } from './useSaveStatus';
import { TrackSaveContext } from './useTrackSave';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingTexts();

/**
 * Meeting mode (overleg): run the MDO on a tablet. Attendance, then the agenda item by item with its
 * outcome and actions, then knelpunten and onderwijsbehoeften. Everything is saved on this device as it is
 * typed, so it works offline; the status line says so.
 */
export function MeetingModePage() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const record = useMeetingRecord(meetingId);
  const words = useMdoWords();
  const { status, track } = useSaveStatus();
  useAccessLog(
    record ? { event: 'mdo.meeting.view', action: 'R', patientId: null, recordPart: 'mdo.agenda' } : null,
    record ? `overleg:${record.meeting.id}` : '',
  );
  if (record === undefined) return <LoadingStatus />;
  if (record === null) return <MeetingNotFound />;
  const { meeting } = record;
  const place = [meeting.location, meeting.videoLink].filter(Boolean).join(' · ');
  return (
    <TrackSaveContext value={track}>
      <section aria-labelledby="page-title" className={styles.page}>
        <div className={styles.top}>
          <div>
            <h1 id="page-title">{t('mdoMeeting.mode.title')}</h1>
            <p className={styles.when}>
              {words.when(meeting)}
              {place && ` · ${place}`}
            </p>
          </div>
          <nav aria-label={t('mdoMeeting.mode.title')} className={styles.links}>
            <Link to={`/mdo/${meeting.id}`}>{t('mdoMeeting.mode.links.meeting')}</Link>
            <Link to={`/mdo/${meeting.id}/verslag`}>{t('mdoMeeting.mode.links.minutes')}</Link>
            <Link to="/acties">{t('mdoMeeting.mode.links.actions')}</Link>
          </nav>
        </div>
        <div className={styles.statusBar}>
          <SaveStatusLine status={status} />
          <p className={styles.hint}>{t('mdoMeeting.mode.offlineNote')}</p>
        </div>
        {meeting.status === 'cancelled' && (
          <p className={styles.warning}>{t('mdoMeeting.mode.cancelled', { reason: meeting.cancelReason })}</p>
        )}
        <AttendanceSection meeting={meeting} />
        <AgendaRunner record={record} />
        <MeetingLists meeting={meeting} />
      </section>
    </TrackSaveContext>
  );
}
