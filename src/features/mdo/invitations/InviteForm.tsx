import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { FormField } from '../../../components/FormField';
import { errorProps, failureKey, issueCodesByField } from '../../../components/write-errors';
import { inviteSpecialist, type AgendaEntry } from '../../../db';
import styles from '../meetings/Meetings.module.css';
import { useMeetingText } from '../meetings/useMeetingText';
import { useSpecialists } from '../specialists/useSpecialists';
import { agendaItemLabel } from '../meetings/agenda-item-label';

const WHOLE_MEETING = '';

/** Invite a specialist from the directory to the whole meeting or to one agenda item. */
export function InviteForm({ meetingId, agenda }: { meetingId: string; agenda: AgendaEntry[] }) {
  const { t } = useTranslation();
  const text = useMeetingText();
  const db = useDatabase();
  const specialists = useSpecialists();
  const [specialistId, setSpecialistId] = useState('');
  const [target, setTarget] = useState(WHOLE_MEETING);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  if (specialists === undefined) return null;
  if (specialists.length === 0) {
    return (
      <p>
        {t('mdoMeetings.invitations.noSpecialists')}{' '}
        <Link to="/specialisten">{t('mdoMeetings.invitations.addSpecialist')}</Link>
      </p>
    );
  }

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setMessage(null);
    if (specialistId === '') {
      setIssues({ specialistId: 'required' });
      return;
    }
    const agendaItemId = target === WHOLE_MEETING ? null : target;
    const result = await inviteSpecialist(db, { meetingId, agendaItemId, specialistId }, new Date());
    if (result.ok) {
      setIssues({});
      const name = specialists.find((specialist) => specialist.id === specialistId)?.name ?? '';
      setMessage({ text: t('mdoMeetings.invitations.invited', { name }), isError: false });
    } else if (result.error.kind === 'invalid') {
      setIssues(issueCodesByField(result.error.issues));
    } else {
      setMessage({ text: t(failureKey(result.error.kind, 'mdoMeetings.errors.notFound')), isError: true });
    }
  };

  const issueProps = (field: string) => errorProps(issues[field], text.issue);

  const specialistIssue = issueProps('specialistId');
  const targetIssue = issueProps('agendaItemId');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className={styles.inlineForm}>
      <FormField label={t('mdoMeetings.invitations.specialist')} isRequired {...specialistIssue}>
        {(control) => (
          <select
            {...control}
            value={specialistId}
            onChange={(event) => {
              setSpecialistId(event.target.value);
              setIssues({});
            }}
          >
            <option value="">{t('form.choose')}</option>
            {specialists.map((specialist) => (
              <option key={specialist.id} value={specialist.id}>
                {specialist.organisation === ''
                  ? specialist.name
                  : t('mdoMeetings.invitations.specialistOption', {
                      name: specialist.name,
                      organisation: specialist.organisation,
                    })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('mdoMeetings.invitations.target')} {...targetIssue}>
        {(control) => (
          <select
            {...control}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value);
              setIssues({});
            }}
          >
            <option value={WHOLE_MEETING}>{t('mdoMeetings.invitations.wholeMeeting')}</option>
            {agenda.map((entry, index) => (
              <option key={entry.item.id} value={entry.item.id}>
                {agendaItemLabel(t, entry, index)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className={styles.formButton}>
        <button type="submit" className={buttonClass()}>
          {t('mdoMeetings.invitations.invite')}
        </button>
      </div>
      {message && (
        <p
          role={message.isError ? 'alert' : 'status'}
          className={message.isError ? styles.error : styles.savedInline}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
