import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRow } from '../../../db';
import styles from './AgendaBuilder.module.css';
import { agendaItemTitle } from './agenda-item-title';
import { AgendaItemCard } from './AgendaItemCard';
import { refusalKey } from './refusal-key';
import type { AgendaWrites } from './useAgendaWrites';

interface AgendaListProps {
  rows: AgendaRow[];
  writes: AgendaWrites;
  /** Says something in the page's status line (moved, removed, refused). */
  announce: (message: string) => void;
}

/**
 * The agenda in order. Items move by drag and drop (pointer, or keyboard: space, arrows, space, with
 * Dutch announcements) and by the Omhoog/Omlaag buttons; the new order shows at once and is then stored.
 */
export function AgendaList({ rows, writes, announce }: AgendaListProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  // The order just chosen, shown until the stored agenda (a new `rows`) arrives.
  const [pending, setPending] = useState<{ basedOn: AgendaRow[]; order: string[] } | null>(null);
  // The Omhoog/Omlaag button just pressed: the focus goes back to it once the stored order arrives.
  const focusRequest = useRef<{ itemId: string; direction: 'up' | 'down' } | null>(null);
  // Where the dragged item was last announced to be.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const byId = new Map(rows.map((row) => [row.item.id, row]));
  const ordered =
    pending?.basedOn === rows
      ? pending.order.flatMap((id) => {
          const row = byId.get(id);
          return row ? [row] : [];
        })
      : rows;
  const ids = ordered.map((row) => row.item.id);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const item = listRef.current?.querySelector(`[data-item="${request.itemId}"]`);
    const other = request.direction === 'up' ? 'down' : 'up';
    // At the top (or bottom) the pressed button is disabled: the other one keeps the focus nearby.
    const button =
      item?.querySelector<HTMLButtonElement>(`[data-move="${request.direction}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>(`[data-move="${other}"]`);
    button?.focus();
  }, [rows]);

  const nameOf = (id: UniqueIdentifier) => {
    const row = byId.get(String(id));
    return row ? agendaItemTitle(row, t) : '';
  };
  const positionOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;

  /**
   * Shows `row` at `toIndex` at once, then stores the move: dropped there (drag and drop), or one place
   * up or down from where it is stored when the write runs (the buttons: two quick clicks are two places).
   */
  const move = async (row: AgendaRow, toIndex: number, by?: -1 | 1): Promise<boolean> => {
    const from = ids.indexOf(row.item.id);
    if (toIndex < 0 || toIndex >= ids.length || from === toIndex) return false;
    setPending({ basedOn: rows, order: arrayMove(ids, from, toIndex) });
    const stored = by === undefined ? writes.move(row.item.id, toIndex) : writes.shift(row.item.id, by);
    const key = refusalKey(await stored);
    if (key === null) return true;
    setPending(null);
    announce(t(key));
    return false;
  };

  const say = (key: 'start' | 'over' | 'end' | 'cancel', id: UniqueIdentifier, at: UniqueIdentifier) =>
    t(`mdoAgenda.dnd.${key}`, { name: nameOf(id), position: positionOf(at), count: ids.length });
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastOver.current = active.id;
      return say('start', active.id, active.id);
    },
    // Only a new place is news: right after it is picked up, the item is over itself.
    onDragOver: ({ active, over }) => {
      if (!over || over.id === lastOver.current) return undefined;
      lastOver.current = over.id;
      return say('over', active.id, over.id);
    },
    onDragEnd: ({ active, over }) => (over ? say('end', active.id, over.id) : undefined),
    onDragCancel: ({ active }) => say('cancel', active.id, active.id),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const row = byId.get(String(active.id));
    if (row && over && active.id !== over.id) void move(row, ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('mdoAgenda.dnd.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={listRef} className={styles.list}>
          {ordered.map((row, index) => (
            <AgendaItemCard
              key={row.item.id}
              row={row}
              index={index}
              count={ordered.length}
              update={writes.update}
              onMove={(moved, toIndex, direction) => {
                focusRequest.current = { itemId: moved.item.id, direction };
                void move(moved, toIndex, direction === 'up' ? -1 : 1).then((isMoved) => {
                  if (!isMoved) {
                    focusRequest.current = null;
                    return;
                  }
                  announce(
                    t('mdoAgenda.agenda.moved', {
                      name: agendaItemTitle(moved, t),
                      position: toIndex + 1,
                      count: ids.length,
                    }),
                  );
                });
              }}
              onRemove={(removed) => {
                void writes.remove(removed.item.id).then((result) => {
                  const key = refusalKey(result);
                  announce(
                    key ? t(key) : t('mdoAgenda.agenda.removed', { name: agendaItemTitle(removed, t) }),
                  );
                });
              }}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
