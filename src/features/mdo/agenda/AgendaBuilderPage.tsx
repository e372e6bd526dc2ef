import { registerMdoAgendaTexts } from './mdoAgenda-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useSessionStore } from '../../../state/session-store';
import { useAccessLog } from '../../../components/useAccessLog';
import { AddPatientField } from './AddPatientField';
import { AddTopicForm } from './AddTopicForm';
import styles from './AgendaBuilder.module.css';
import { AgendaList } from './AgendaList';
import { AgendaTotal } from './AgendaTotal';
import { OpenActionList } from './OpenActionList';
import { SuggestionList } from './SuggestionList';
import { useAgendaView } from './useAgendaView';
import { useAgendaWrites } from './useAgendaWrites';

registerMdoAgendaTexts();

/**
 * Agenda voorbereiden (/mdo/:meetingId/agenda): the POH builds the meeting's agenda from the register's
 * suggestions, adds patients and general topics, orders the items, plans the time and writes the question
 * per item. Open actions of earlier meetings are carried onto it, so none is lost between meetings.
 */
export function AgendaBuilderPage() {
  const { t, i18n } = useTranslation();
  const { meetingId = '' } = useParams();
  const role = useSessionStore((state) => state.session?.user.role);
  const view = useAgendaView(meetingId);
  const writes = useAgendaWrites(meetingId);
  const [message, setMessage] = useState('');
  useAccessLog(
    view ? { event: 'mdo.agenda.view', action: 'R', patientId: null, recordPart: 'mdoAgenda' } : null,
    view ? `agenda:${meetingId}` : '',
  );

  if (role === 'specialist-pz') return <p>{t('mdoAgenda.notForRole')}</p>;
  if (view === undefined) return <p role="status">{t('mdoAgenda.loading')}</p>;
  if (view === null) {
    return (
      <section aria-labelledby="page-title" className={styles.page}>
        <h1 id="page-title">{t('mdoAgenda.title')}</h1>
        <p>{t('mdoAgenda.notFound')}</p>
        <Link to="/mdo">{t('mdoAgenda.toMeetings')}</Link>
      </section>
    );
  }
  const { meeting, rows, generalActions } = view;
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <p>
        <Link to={`/mdo/${meeting.id}`}>{t('mdoAgenda.backToMeeting')}</Link>
      </p>
      <h1 id="page-title">{t('mdoAgenda.title')}</h1>
      <p className={styles.meeting}>
        {t('mdoAgenda.meeting', {
          date: formatDate(meeting.date, i18n.language),
          start: meeting.startTime,
          end: meeting.endTime,
        })}
      </p>
      {meeting.status === 'cancelled' && <p className={styles.error}>{t('mdoAgenda.cancelled')}</p>}
      <p role="status" className={styles.message}>
        {message}
      </p>
      <div className={styles.columns}>
        <div className={styles.column}>
          <section aria-labelledby="agenda-title" className={styles.card}>
            <h2 id="agenda-title">{t('mdoAgenda.agenda.title')}</h2>
            <AgendaTotal meeting={meeting} rows={rows} />
            {rows.length === 0 ? (
              <p>{t('mdoAgenda.agenda.empty')}</p>
            ) : (
              <AgendaList rows={rows} writes={writes} announce={setMessage} />
            )}
          </section>
          <section aria-labelledby="general-actions-title" className={styles.card}>
            <h2 id="general-actions-title">{t('mdoAgenda.actions.generalTitle')}</h2>
            <p className={styles.muted}>{t('mdoAgenda.actions.generalIntro')}</p>
            {generalActions.length === 0 ? (
              <p>{t('mdoAgenda.actions.generalEmpty')}</p>
            ) : (
              <OpenActionList actions={generalActions} label={t('mdoAgenda.actions.generalTitle')} />
            )}
          </section>
        </div>
        <div className={styles.column}>
          <SuggestionList
            meetingId={meeting.id}
            onAgenda={new Set(rows.flatMap(({ item }) => (item.patientId === null ? [] : [item.patientId])))}
            add={writes.add}
            announce={setMessage}
          />
          <section aria-labelledby="add-title" className={styles.card}>
            <h2 id="add-title">{t('mdoAgenda.add.title')}</h2>
            <AddPatientField add={writes.add} announce={setMessage} />
            <AddTopicForm add={writes.add} announce={setMessage} />
          </section>
        </div>
      </div>
    </section>
  );
}
