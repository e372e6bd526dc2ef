import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import type { AgendaRow } from '../../../db';
import { classNames } from '../../../lib/class-names';
import { StatusBadge } from '../../register/StatusBadge';
import styles from './AgendaBuilder.module.css';
import { agendaItemTitle } from './agenda-item-title';
import { MinutesField } from './MinutesField';
import { OpenActionList } from './OpenActionList';
import { QuestionField } from './QuestionField';
import { ReasonList } from './ReasonList';
import type { AgendaWrites } from './useAgendaWrites';

interface AgendaItemCardProps {
  row: AgendaRow;
  index: number;
  count: number;
  update: AgendaWrites['update'];
  onMove: (row: AgendaRow, toIndex: number, direction: 'up' | 'down') => void;
  onRemove: (row: AgendaRow) => void;
}

/**
 * One agenda item: number, patient (or topic) with status, the reasons, who nominated it, the open actions
 * carried from earlier meetings, the question and the time, and the buttons to move or remove it. The grip
 * is the drag handle (also by keyboard: space, arrows, space).
 */
export function AgendaItemCard({ row, index, count, update, onMove, onRemove }: AgendaItemCardProps) {
  const { t } = useTranslation();
  const { item, patient, openActions } = row;
  const title = agendaItemTitle(row, t);
  const titleId = `agenda-item-${item.id}`;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: item.id,
      attributes: { roleDescription: t('mdoAgenda.dnd.roleDescription') },
    });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={classNames(styles.item, isDragging && styles.dragging)}
      aria-labelledby={titleId}
      data-item={item.id}
    >
      <div className={styles.itemHeader}>
        <button
          type="button"
          ref={setActivatorNodeRef}
          className={styles.handle}
          {...attributes}
          {...listeners}
          aria-label={t('mdoAgenda.agenda.dragLabel', { name: title })}
        >
          <span className={styles.grip} aria-hidden="true" />
        </button>
        <span className={styles.number} aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={titleId} className={styles.itemTitle}>
          {patient ? <Link to={`/patienten/${patient.id}`}>{title}</Link> : title}
        </h3>
        {patient && (
          <span className={styles.status}>
            <StatusBadge patient={patient} />
          </span>
        )}
      </div>
      {item.patientId === null && <p className={styles.muted}>{t('mdoAgenda.agenda.topic')}</p>}
      <ReasonList reasons={item.reasons} />
      {item.nominatedBy && (
        <p className={styles.muted}>{t('mdoAgenda.agenda.nominatedBy', { name: item.nominatedBy.name })}</p>
      )}
      {openActions.length > 0 && (
        <div className={styles.carried}>
          <p className={styles.subhead}>{t('mdoAgenda.agenda.openActions')}</p>
          <OpenActionList actions={openActions} label={t('mdoAgenda.agenda.openActions')} />
        </div>
      )}
      <div className={styles.fields}>
        <QuestionField item={item} update={update} />
        <MinutesField item={item} update={update} />
      </div>
      <div className={styles.itemButtons}>
        <button
          type="button"
          className={buttonClass('secondary')}
          data-move="up"
          disabled={index === 0}
          aria-label={t('mdoAgenda.agenda.upLabel', { name: title })}
          onClick={() => {
            onMove(row, index - 1, 'up');
          }}
        >
          {t('mdoAgenda.agenda.up')}
        </button>
        <button
          type="button"
          className={buttonClass('secondary')}
          data-move="down"
          disabled={index === count - 1}
          aria-label={t('mdoAgenda.agenda.downLabel', { name: title })}
          onClick={() => {
            onMove(row, index + 1, 'down');
          }}
        >
          {t('mdoAgenda.agenda.down')}
        </button>
        <button
          type="button"
          className={buttonClass('danger')}
          aria-label={t('mdoAgenda.agenda.removeLabel', { name: title })}
          onClick={() => {
            onRemove(row);
          }}
        >
          {t('mdoAgenda.agenda.remove')}
        </button>
      </div>
    </li>
  );
}
