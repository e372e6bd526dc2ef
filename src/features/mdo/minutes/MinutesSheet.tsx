import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from '../../../db';
import { formatDateTime } from '../../../lib/format';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import { MinutesActions } from './MinutesActions';
import { MinutesItem } from './MinutesItem';
import { MinutesList } from './MinutesList';
import styles from './Minutes.module.css';

interface MinutesSheetProps {
  record: MeetingRecord;
  printedAt: Date;
  printedBy: string | null;
}

/**
 * The minutes as one document: the meeting, who was there, the outcome per item, the actions, and what the
 * group collected. No `<header>` element: the global print rule hides headers (the app's own).
 */
export function MinutesSheet({ record, printedAt, printedBy }: MinutesSheetProps) {
  const { t, i18n } = useTranslation();
  const words = useMdoWords();
  const { meeting, items, actions } = record;
  const present = meeting.members.filter((member) => meeting.presentMemberIds.includes(member.id));
  const absent = meeting.members.filter((member) => !meeting.presentMemberIds.includes(member.id));
  const chair = meeting.members.find((member) => member.id === meeting.chairMemberId);
  const itemIds = new Set(items.map(({ item }) => item.id));
  const otherActions = actions.filter(
    (action) => action.agendaItemId === null || !itemIds.has(action.agendaItemId),
  );
  const dateTime = formatDateTime(printedAt.toISOString(), i18n.language);
  const names = (list: typeof present) =>
    list.length === 0 ? t('mdoMeeting.minutes.nobody') : list.map(words.member).join(', ');
  return (
    <article aria-labelledby="minutes-title" className={styles.sheet}>
      <h1 id="minutes-title" className={styles.title}>
        {t('mdoMeeting.minutes.title', { date: words.date(meeting.date) })}
      </h1>
      {meeting.status === 'cancelled' && (
        <p className={styles.cancelled}>{t('mdoMeeting.mode.cancelled', { reason: meeting.cancelReason })}</p>
      )}
      <dl className={styles.details}>
        <div>
          <dt>{t('mdoMeeting.minutes.time')}</dt>
          <dd>{words.when(meeting)}</dd>
        </div>
        {meeting.location && (
          <div>
            <dt>{t('mdoMeeting.minutes.location')}</dt>
            <dd>{meeting.location}</dd>
          </div>
        )}
        {meeting.videoLink && (
          <div>
            <dt>{t('mdoMeeting.minutes.videoLink')}</dt>
            <dd>{meeting.videoLink}</dd>
          </div>
        )}
        {chair && (
          <div>
            <dt>{t('mdoMeeting.minutes.chair')}</dt>
            <dd>{words.member(chair)}</dd>
          </div>
        )}
        <div className={styles.wide}>
          <dt>{t('mdoMeeting.minutes.present')}</dt>
          <dd>{names(present)}</dd>
        </div>
        <div className={styles.wide}>
          <dt>{t('mdoMeeting.minutes.absent')}</dt>
          <dd>{names(absent)}</dd>
        </div>
      </dl>
      <section aria-labelledby="minutes-items" className={styles.section}>
        <h2 id="minutes-items">{t('mdoMeeting.minutes.items')}</h2>
        {items.length === 0 && <p>{t('mdoMeeting.minutes.noItems')}</p>}
        {items.map((entry, index) => (
          <MinutesItem
            key={entry.item.id}
            entry={entry}
            position={index + 1}
            actions={actions.filter((action) => action.agendaItemId === entry.item.id)}
          />
        ))}
      </section>
      {otherActions.length > 0 && (
        <section aria-labelledby="minutes-other-actions" className={styles.section}>
          <h2 id="minutes-other-actions">{t('mdoMeeting.minutes.actions')}</h2>
          <MinutesActions actions={otherActions} />
        </section>
      )}
      <div className={styles.columns}>
        <MinutesList
          id="minutes-bottlenecks"
          title={t('mdoMeeting.lists.bottlenecks')}
          entries={meeting.bottlenecks}
        />
        <MinutesList
          id="minutes-training"
          title={t('mdoMeeting.lists.trainingNeeds')}
          entries={meeting.trainingNeeds}
        />
      </div>
      <p className={styles.footer}>
        {printedBy
          ? t('mdoMeeting.minutes.printed', { dateTime, name: printedBy })
          : t('mdoMeeting.minutes.printedAt', { dateTime })}
      </p>
    </article>
  );
}
