import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOverview } from '../../../db';
import styles from '../meetings/Meetings.module.css';
import { agendaItemTitle } from '../meetings/agenda-item-label';
import { InvitationItem } from './InvitationItem';
import { InviteForm } from './InviteForm';

/** The specialists invited to this meeting or to its items, and a form to invite another. */
export function InvitationsSection({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const { meeting, agenda, invitations, specialistsById } = overview;
  const [message, setMessage] = useState<string | null>(null);
  const targetLabel = (agendaItemId: string | null) => {
    if (agendaItemId === null) return t('mdoMeetings.invitations.forWhole');
    const index = agenda.findIndex((entry) => entry.item.id === agendaItemId);
    const entry = agenda[index];
    return entry
      ? t('mdoMeetings.invitations.forItem', { number: index + 1, title: agendaItemTitle(t, entry) })
      : t('mdoMeetings.invitations.forRemovedItem');
  };
  return (
    <section aria-labelledby="invitations-title" className={styles.panel}>
      <h2 id="invitations-title">{t('mdoMeetings.invitations.title')}</h2>
      <p className={styles.hint}>{t('mdoMeetings.invitations.intro')}</p>
      {meeting.status === 'planned' && <InviteForm meetingId={meeting.id} agenda={agenda} />}
      {message && (
        <p role="status" className={styles.savedInline}>
          {message}
        </p>
      )}
      {invitations.length === 0 ? (
        <p>{t('mdoMeetings.invitations.empty')}</p>
      ) : (
        <>
          <p className={styles.hint}>{t('mdoMeetings.invitations.statusHint')}</p>
          <ul className={styles.cards} aria-label={t('mdoMeetings.invitations.listLabel')}>
            {invitations.map((invitation) => (
              <InvitationItem
                key={invitation.id}
                invitation={invitation}
                meeting={meeting}
                specialist={
                  invitation.specialistId === null ? undefined : specialistsById.get(invitation.specialistId)
                }
                targetLabel={targetLabel(invitation.agendaItemId)}
                onWithdrawn={() => {
                  setMessage(t('mdoMeetings.invitations.withdrawn'));
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
