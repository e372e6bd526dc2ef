/**
 * Named operations on MDO actions: record (what, who, by when), change, mark done or open again, remove.
 * An action without owner or due date is refused: an action nobody owns is an action that gets lost.
 */
import { v7 as uuidv7 } from 'uuid';
import {
  isoDateOf,
  mdoActionFieldsSchema,
  type IsoDateTime,
  type MdoAction,
  type MdoActionFields,
  type PatientId,
} from '../domain';
import type { TijdigDb } from './database';
import { fieldIssuesOf, invalid, liveRow, notFound, runWrite } from './run-write';
import { changeSyncedRecord, deleteSyncedRecord, storeSyncedRecord } from './synced-record';
import type { WriteResult } from './write-result';

type ActionResult = WriteResult<MdoAction>;

export interface NewMdoAction {
  what: string;
  owner: string;
  /** ISO date `YYYY-MM-DD`; empty or anything else is refused. */
  dueDate: string;
  meetingId: string | null;
  agendaItemId: string | null;
  patientId: string | null;
}

/** Records a new open action. */
export async function createMdoAction(db: TijdigDb, input: NewMdoAction, now: Date): Promise<ActionResult> {
  const parsed = mdoActionFieldsSchema.safeParse({ ...input, status: 'open', doneOn: null });
  if (!parsed.success) return invalid(fieldIssuesOf(parsed.error));
  const at = now.toISOString() as IsoDateTime;
  const action: MdoAction = {
    ...parsed.data,
    id: uuidv7(),
    meetingId: input.meetingId,
    agendaItemId: input.agendaItemId,
    patientId: input.patientId as PatientId | null,
    createdAt: at,
    deletedAt: null,
  };
  return runWrite(db, [db.mdoActions], async () => ({
    ok: true,
    value: await storeSyncedRecord(db, 'mdoAction', action, undefined, at),
  }));
}

/** Changes what, owner or due date of an action. */
export async function updateMdoAction(
  db: TijdigDb,
  actionId: string,
  changes: Partial<Pick<MdoActionFields, 'what' | 'owner' | 'dueDate'>>,
  now: Date,
): Promise<ActionResult> {
  const at = now.toISOString() as IsoDateTime;
  return runWrite(db, [db.mdoActions], async () => {
    const previous = liveRow(await db.mdoActions.get(actionId));
    if (!previous) return notFound();
    const parsed = mdoActionFieldsSchema.safeParse({ ...previous, ...changes });
    if (!parsed.success) return invalid(fieldIssuesOf(parsed.error));
    const next = { ...previous, ...parsed.data };
    return { ok: true, value: await storeSyncedRecord(db, 'mdoAction', next, previous, at) };
  });
}

/** Marks an action done today, or open again. */
export function setMdoActionDone(
  db: TijdigDb,
  actionId: string,
  isDone: boolean,
  now: Date,
): Promise<ActionResult> {
  return changeSyncedRecord<MdoAction>(db, 'mdoAction', actionId, now, (row) =>
    isDone ? { ...row, status: 'done', doneOn: isoDateOf(now) } : { ...row, status: 'open', doneOn: null },
  );
}

/** Removes an action recorded by mistake (a tombstone, so every device removes it too). */
export function removeMdoAction(db: TijdigDb, actionId: string, now: Date): Promise<ActionResult> {
  return deleteSyncedRecord(db, 'mdoAction', actionId, now);
}
