/**
 * Named operations on an MDO agenda: add patients or general topics, edit an item (question, time, and
 * during the meeting its outcome), reorder, remove. A patient appears at most once per agenda.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  agendaItemSchema,
  isPatientOnAgenda,
  type AgendaItem,
  type AgendaReason,
  type Author,
  type IsoDateTime,
  type PatientId,
} from '../domain';
import type { TijdigDb } from './database';
import { fieldIssuesOf, invalid, liveRow, notFound, runWrite } from './run-write';
import { deleteSyncedRecord, storeSyncedRecord } from './synced-record';
import type { FieldIssue, WriteResult } from './write-result';

export interface NewAgendaItem {
  /** The patient to discuss, or null for a general topic (then `topic` names it). */
  patientId: string | null;
  topic?: string;
  reasons?: AgendaReason[];
  question?: string;
  minutes?: number | null;
  /** Set when a team member puts a patient forward (voordragen). */
  nominatedBy?: Author | null;
}

/** The fields of an item people edit after adding it; the rest is fixed by how it was added. */
export type AgendaItemChanges = Partial<
  Omit<AgendaItem, 'id' | 'meetingId' | 'patientId' | 'createdAt' | 'deletedAt'>
>;

/** The meeting's items that are not removed, in agenda order. */
export async function agendaOf(db: TijdigDb, meetingId: string): Promise<AgendaItem[]> {
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  return items.filter((item) => item.deletedAt === null).sort((a, b) => a.position - b.position);
}

/**
 * Adds items at the end of the agenda, all or none. Refused with `agenda.duplicatePatient` (field
 * `items.<n>.patientId`) when a patient is already on it or twice in the list, `notFound` when the meeting
 * does not exist.
 */
export async function addAgendaItems(
  db: TijdigDb,
  meetingId: string,
  entries: readonly NewAgendaItem[],
  now: Date,
): Promise<WriteResult<AgendaItem[]>> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.meetings, db.agendaItems], async () => {
    const meeting = liveRow(await db.meetings.get(meetingId));
    if (!meeting) return notFound();
    const existing = await agendaOf(db, meetingId);
    const rows: AgendaItem[] = [];
    const issues: FieldIssue[] = [];
    let position = existing.reduce((max, item) => Math.max(max, item.position + 1), 0);
    for (const [index, entry] of entries.entries()) {
      if (entry.patientId !== null && isPatientOnAgenda([...existing, ...rows], meetingId, entry.patientId)) {
        issues.push({ field: `items.${String(index)}.patientId`, code: 'agenda.duplicatePatient' });
        continue;
      }
      const parsed = agendaItemSchema.safeParse({
        id: uuidv7(),
        meetingId,
        patientId: entry.patientId as PatientId | null,
        topic: entry.topic ?? '',
        reasons: entry.reasons ?? [],
        nominatedBy: entry.nominatedBy ?? null,
        question: entry.question ?? '',
        minutes: entry.minutes ?? null,
        position,
        createdAt: at,
        deletedAt: null,
      });
      if (!parsed.success) {
        issues.push(
          ...fieldIssuesOf(parsed.error).map((i) => ({ ...i, field: `items.${String(index)}.${i.field}` })),
        );
        continue;
      }
      if (parsed.data.patientId === null && parsed.data.topic === '') {
        issues.push({ field: `items.${String(index)}.topic`, code: 'required' });
        continue;
      }
      rows.push(parsed.data);
      position += 1;
    }
    if (issues.length > 0) return invalid(issues);
    for (const row of rows) await storeSyncedRecord(db, 'agendaItem', row, undefined, at);
    return { ok: true, value: rows };
  });
}

/** Changes some fields of one item (autosave during the meeting sends one field at a time). */
export async function updateAgendaItem(
  db: TijdigDb,
  itemId: string,
  changes: AgendaItemChanges,
  now: Date,
): Promise<WriteResult<AgendaItem>> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.agendaItems], async () => {
    const previous = liveRow(await db.agendaItems.get(itemId));
    if (!previous) return notFound();
    const parsed = agendaItemSchema.safeParse({ ...previous, ...changes, id: previous.id });
    if (!parsed.success) return invalid(fieldIssuesOf(parsed.error));
    return { ok: true, value: await storeSyncedRecord(db, 'agendaItem', parsed.data, previous, at) };
  });
}

/**
 * Puts an item where `targetOf` says, given its index in the stored agenda order and the agenda's length;
 * only the items whose position changes are written.
 */
function reorderAgendaItem(
  db: TijdigDb,
  itemId: string,
  targetOf: (from: number, length: number) => number,
  now: Date,
): Promise<WriteResult<AgendaItem[]>> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.agendaItems], async () => {
    const item = liveRow(await db.agendaItems.get(itemId));
    if (!item) return notFound();
    const agenda = await agendaOf(db, item.meetingId);
    const target = targetOf(
      agenda.findIndex((other) => other.id === itemId),
      agenda.length,
    );
    const order = agenda.filter((other) => other.id !== itemId);
    order.splice(Math.max(0, Math.min(target, order.length)), 0, item);
    const moved: AgendaItem[] = [];
    for (const [position, row] of order.entries()) {
      if (row.position === position) continue;
      moved.push(await storeSyncedRecord(db, 'agendaItem', { ...row, position }, row, at));
    }
    return { ok: true, value: moved };
  });
}

/** Moves an item to `toIndex` in agenda order (drag and drop). */
export function moveAgendaItem(
  db: TijdigDb,
  itemId: string,
  toIndex: number,
  now: Date,
): Promise<WriteResult<AgendaItem[]>> {
  return reorderAgendaItem(db, itemId, () => toIndex, now);
}

/**
 * Moves an item one place up (-1) or down (1) from where it is stored when the write runs (Omhoog/Omlaag).
 * Relative on purpose: two quick clicks are two places, however the two writes meet the screen's order.
 */
export function shiftAgendaItem(
  db: TijdigDb,
  itemId: string,
  by: -1 | 1,
  now: Date,
): Promise<WriteResult<AgendaItem[]>> {
  return reorderAgendaItem(db, itemId, (from) => from + by, now);
}

/** Takes an item off the agenda (a tombstone, so every device removes it too). */
export function removeAgendaItem(db: TijdigDb, itemId: string, now: Date): Promise<WriteResult<AgendaItem>> {
  return deleteSyncedRecord(db, 'agendaItem', itemId, now);
}
