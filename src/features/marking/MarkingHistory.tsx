import { useTranslation } from 'react-i18next';
import type { MarkingEvent, RegisterColour } from '../../domain';
import { formatDate, formatDateTime } from '../../lib/format';
import styles from './Marking.module.css';
import { registerMarkingHistoryTexts } from './marking-history-i18n';

registerMarkingHistoryTexts();

function useEventText() {
  const { t, i18n } = useTranslation();
  return (event: MarkingEvent): string[] => {
    const colour = (value: RegisterColour) => t(`marking.colour.${value}`);
    switch (event.kind) {
      case 'palliative':
        return [
          t('markingHistory.palliative', {
            markedBy: event.markedBy,
            basis: t(`marking.basis.${event.basis}`),
            colour: colour(event.colour),
          }),
          event.isConversationHeld && event.conversationDate
            ? t('markingHistory.conversation', {
                date: formatDate(event.conversationDate, i18n.language),
              })
            : t('markingHistory.noConversation'),
        ];
      case 'colour':
        return [t('markingHistory.colour', { colour: colour(event.colour) })];
      case 'dyingPhase':
        return [t('markingHistory.dyingPhase')];
      case 'unmark':
        return [t('markingHistory.unmark', { reason: event.reason })];
      case 'death':
        return [
          t('markingHistory.death', {
            place: t(`patient.placeOfDeath.${event.place}`),
            preferred: t(`marking.preferred.${event.wasPreferredPlace}`),
          }),
        ];
    }
  };
}

/**
 * Every marking change, newest first, with who recorded it and when, and namens which huisarts when a POH
 * recorded it. Nothing is ever overwritten.
 */
export function MarkingHistory({ events }: { events: MarkingEvent[] }) {
  const { t, i18n } = useTranslation();
  const textOf = useEventText();
  const live = events.filter((event) => event.deletedAt === null).reverse();
  return (
    <section aria-labelledby="marking-history-title">
      <h3 id="marking-history-title">{t('markingHistory.title')}</h3>
      {live.length === 0 ? (
        <p>{t('markingHistory.empty')}</p>
      ) : (
        <ol className={styles.history}>
          {live.map((event) => (
            <li key={event.id}>
              <strong>{formatDate(event.date, i18n.language)}</strong> {textOf(event).join(' ')}
              <span className={styles.meta}>
                {t(event.onBehalfOf ? 'markingHistory.byOnBehalf' : 'markingHistory.by', {
                  name: event.author.name,
                  role: t(`roles.${event.author.role}`),
                  huisarts: event.onBehalfOf?.name,
                  recorded: formatDateTime(event.recordedAt, i18n.language),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
