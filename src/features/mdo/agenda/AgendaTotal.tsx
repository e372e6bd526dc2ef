import { useTranslation } from 'react-i18next';
import type { AgendaRow } from '../../../db';
import type { Meeting } from '../../../domain';
import styles from './AgendaBuilder.module.css';

function minutesOf(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The minutes planned per item added up, against the meeting's length; too many is said in words. */
export function AgendaTotal({ meeting, rows }: { meeting: Meeting; rows: readonly AgendaRow[] }) {
  const { t } = useTranslation();
  const planned = rows.reduce((sum, row) => sum + (row.item.minutes ?? 0), 0);
  const available = Math.max(0, minutesOf(meeting.endTime) - minutesOf(meeting.startTime));
  const over = planned - available;
  return (
    <p className={over > 0 ? styles.over : styles.total}>
      {over > 0
        ? t('mdoAgenda.agenda.totalOver', { planned, available, over })
        : t('mdoAgenda.agenda.total', { planned, available })}
    </p>
  );
}
