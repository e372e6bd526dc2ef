import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from '../../../db';
import { AgendaEntry, agendaHeadingId } from './AgendaEntry';
import styles from './MeetingMode.module.css';

/**
 * The agenda to move through: every item in order, the current one open with its summary and outcome,
 * and "Vorige" / "Volgende" to go on (focus follows, so the keyboard and a screen reader keep their place).
 */
export function AgendaRunner({ record }: { record: MeetingRecord }) {
  const { t } = useTranslation();
  const [currentId, setCurrentId] = useState<string | null>(null);
  const { items } = record;
  const found = items.findIndex((entry) => entry.item.id === currentId);
  const currentIndex = found === -1 ? 0 : found;

  const open = (index: number) => {
    const entry = items[index];
    if (!entry) return;
    setCurrentId(entry.item.id);
    document.getElementById(agendaHeadingId(entry.item.id))?.focus();
  };

  return (
    <section aria-labelledby="agenda-title" className={styles.section}>
      <h2 id="agenda-title">{t('mdoMeeting.agenda.title')}</h2>
      {items.length === 0 ? (
        <p>{t('mdoMeeting.agenda.empty')}</p>
      ) : (
        <ol className={styles.agenda}>
          {items.map((entry, index) => (
            <AgendaEntry
              key={entry.item.id}
              entry={entry}
              meeting={record.meeting}
              actions={record.actions}
              position={index + 1}
              total={items.length}
              isCurrent={index === currentIndex}
              onOpen={() => {
                open(index);
              }}
              onPrevious={
                index > 0
                  ? () => {
                      open(index - 1);
                    }
                  : null
              }
              onNext={
                index < items.length - 1
                  ? () => {
                      open(index + 1);
                    }
                  : null
              }
            />
          ))}
        </ol>
      )}
    </section>
  );
}
