import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../../db';
import { AgendaItemTitle } from './AgendaItemTitle';
import styles from './Meetings.module.css';

/** The agenda in its order: who or what, why, the question for the team and the time planned. */
export function MeetingAgenda({ meetingId, agenda }: { meetingId: string; agenda: AgendaEntry[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agenda-title" className={styles.panel}>
      <h2 id="agenda-title">{t('mdoMeetings.agenda.title')}</h2>
      {agenda.length === 0 ? (
        <p>{t('mdoMeetings.agenda.empty')}</p>
      ) : (
        <ol className={styles.agenda} aria-labelledby="agenda-title">
          {agenda.map((entry) => {
            const { item } = entry;
            return (
              <li key={item.id} className={styles.agendaItem}>
                <p className={styles.agendaTitle}>
                  <AgendaItemTitle meetingId={meetingId} entry={entry} />
                  {item.minutes !== null && (
                    <span className={styles.tag}>
                      {t('mdoMeetings.agenda.minutes', { count: item.minutes })}
                    </span>
                  )}
                </p>
                {item.reasons.length > 0 && (
                  <p className={styles.cardLine}>
                    {t('mdoMeetings.agenda.reasons', {
                      reasons: item.reasons
                        .map((reason) => t(`mdoMeetings.agenda.reason.${reason}`))
                        .join(', '),
                    })}
                  </p>
                )}
                <p>
                  {item.question !== ''
                    ? t('mdoMeetings.agenda.question', { question: item.question })
                    : t('mdoMeetings.agenda.noQuestion')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
