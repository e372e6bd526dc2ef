import { registerMdoSpecialistTexts } from './mdo-specialist-i18n';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import type { SpecialistMeeting } from '../../../db';
import { formatDate } from '../../../lib/format';
import { useSessionStore } from '../../../state/session-store';
import { InvitationAnswer } from './InvitationAnswer';
import { InvitedItemCard } from './InvitedItemCard';
import { MeetingFacts } from './MeetingFacts';
import styles from './SpecialistView.module.css';
import { usePrintWithLog } from '../../../components/usePrintWithLog';
import { useSpecialistMeeting } from './useSpecialistMeeting';
import { useSubjectText } from './useSubjectText';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoSpecialistTexts();

function BackLink() {
  const { t } = useTranslation();
  return (
    <p className={styles.back} data-no-print>
      <Link to="/uitnodigingen" className={styles.bigLink}>
        {t('mdoSpecialist.detail.back')}
      </Link>
    </p>
  );
}

function MeetingView({ view }: { view: SpecialistMeeting }) {
  const { t, i18n } = useTranslation();
  const subjectText = useSubjectText();
  const session = useSessionStore((state) => state.session);
  const { meeting, invitations, items } = view;
  const print = usePrintWithLog(
    items.flatMap(({ patient }) =>
      patient
        ? [
            {
              event: 'mdoSpecialist.print',
              action: 'E' as const,
              patientId: patient.id,
              recordPart: 'agendaItem',
            },
          ]
        : [],
    ),
  );
  const isDeclined = invitations.every((invitation) => invitation.status === 'declined');
  const labelOf = (itemId: string | null) => {
    if (itemId === null) return subjectText({ kind: 'wholeMeeting' });
    const invited = items.find(({ item }) => item.id === itemId);
    const topic = invited?.item.topic.trim() ?? '';
    return subjectText({ kind: 'item', label: invited?.patient?.initials ?? (topic === '' ? null : topic) });
  };
  return (
    <div className={styles.page}>
      <BackLink />
      <div className={styles.titleRow}>
        <h1>{t('mdoSpecialist.meeting.heading', { date: formatDate(meeting.date, i18n.language) })}</h1>
        <button type="button" className={buttonClass('secondary')} onClick={print} data-no-print>
          {t('mdoSpecialist.detail.print')}
        </button>
      </div>
      <div className={styles.card}>
        <MeetingFacts meeting={meeting} />
        {invitations.map((invitation) => (
          <InvitationAnswer
            key={invitation.id}
            invitation={invitation}
            subject={labelOf(invitation.agendaItemId)}
            isCancelled={meeting.status === 'cancelled'}
          />
        ))}
      </div>
      <section aria-labelledby="invited-items">
        <h2 id="invited-items">
          {t('mdoSpecialist.detail.items')}{' '}
          {items.length > 0 && (
            <span className={styles.count}>
              ({t('mdoSpecialist.detail.itemCount', { count: items.length })})
            </span>
          )}
        </h2>
        {isDeclined ? (
          <p className={styles.empty}>{t('mdoSpecialist.detail.declined')}</p>
        ) : items.length === 0 ? (
          <p className={styles.empty}>{t('mdoSpecialist.detail.noItems')}</p>
        ) : (
          <ol className={styles.items}>
            {items.map((invited) => (
              <InvitedItemCard
                key={invited.item.id}
                invited={invited}
                invitation={
                  meeting.status === 'cancelled'
                    ? undefined
                    : invitations.find((invitation) => invitation.agendaItemId === invited.item.id)
                }
                subject={labelOf(invited.item.id)}
              />
            ))}
          </ol>
        )}
      </section>
      {session && (
        <p className={styles.printOnly}>
          {t('mdoSpecialist.detail.printedBy', { name: session.user.name, practice: session.practice.name })}
        </p>
      )}
    </div>
  );
}

/**
 * One invited meeting on the specialist's tablet: when and where, their answer, and only the agenda items
 * they are invited to, each with the team's question. Everything is read from the device, so it works
 * offline once synced; it prints as a clean handout.
 */
export function InvitedMeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams();
  const data = useSpecialistMeeting(meetingId);
  switch (data.kind) {
    case 'loading':
      return <LoadingStatus />;
    case 'notFound':
      return (
        <div className={styles.page}>
          <BackLink />
          <h1>{t('mdoSpecialist.detail.notFoundTitle')}</h1>
          <p className={styles.empty}>{t('mdoSpecialist.detail.notFound')}</p>
        </div>
      );
    case 'ready':
      return <MeetingView view={data.view} />;
  }
}
