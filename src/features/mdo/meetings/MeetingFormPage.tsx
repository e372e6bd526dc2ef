import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { createMeeting, updateMeeting } from '../../../db';
import type { Meeting, MeetingFields } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { useSessionStore } from '../../../state/session-store';
import { MeetingForm } from './MeetingForm';
import { formValuesOf, newMeetingValues } from './meeting-form-values';
import { MeetingNotFound } from './MeetingNotFound';
import styles from './Meetings.module.css';
import { useMeeting } from './useMeeting';
import { useMeetingTemplate } from './useMeetingTemplate';
import { useMeetingText } from './useMeetingText';
import { registerMdoMeetingsTexts } from './mdo-meetings-i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingsTexts();

function useOpenMeeting(): (meeting: Meeting) => void {
  const navigate = useNavigate();
  return (meeting) => {
    void navigate(`/mdo/${meeting.id}`, { state: { saved: true } });
  };
}

/** Nieuw MDO: the form, prefilled with the team of the latest meeting on this device (also offline). */
export function NewMeetingPage() {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const openMeeting = useOpenMeeting();
  const template = useMeetingTemplate();
  const me = useSessionStore((state) => state.session?.user ?? null);
  if (template === undefined) return <LoadingStatus />;
  const backToList = () => void navigate('/mdo');
  const note = template
    ? t('mdoMeetings.form.prefilled', { date: formatDate(template.fromDate, i18n.language) })
    : me
      ? t('mdoMeetings.form.prefilledFromYou')
      : undefined;
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('mdoMeetings.form.newTitle')}</h1>
      <MeetingForm
        defaultValues={newMeetingValues(template, me)}
        note={note}
        onSave={(input) => createMeeting(db, input, new Date())}
        onSaved={openMeeting}
        onCancel={backToList}
      />
    </section>
  );
}

/** MDO bewerken: the same form filled with the stored meeting; only changed fields are queued. */
export function EditMeetingPage() {
  const { t } = useTranslation();
  const text = useMeetingText();
  const db = useDatabase();
  const navigate = useNavigate();
  const openMeeting = useOpenMeeting();
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  if (meeting === undefined) return <LoadingStatus />;
  if (meeting === null) return <MeetingNotFound />;
  const backToMeeting = () => void navigate(`/mdo/${meeting.id}`);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('mdoMeetings.form.editTitle', { date: text.date(meeting.date) })}</h1>
      <MeetingForm
        key={meeting.id}
        defaultValues={formValuesOf(meeting)}
        // The repository validates the typed input; the cast only names the fields it may change.
        onSave={(input) => updateMeeting(db, meeting.id, input as Partial<MeetingFields>, new Date())}
        onSaved={openMeeting}
        onCancel={backToMeeting}
      />
    </section>
  );
}
