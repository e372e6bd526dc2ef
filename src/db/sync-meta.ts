/**
 * The device's small sync facts, apart from the sync engine's push and pull paths (sync-repository.ts) so
 * the first screen reads them without loading those paths: this device's id towards the server, whose data
 * it holds, the counts the sync status shows, and wiping it all. The pull checkpoint's key lives here too,
 * as a lost data key forgets the checkpoint.
 */
import { Dexie } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { ClientId } from '../domain';
import type { TijdigDb } from './database';

const CLIENT_ID_KEY = 'syncClientId';
/** The meta row that holds how far this device has pulled (written by sync-repository.ts). */
export const CHECKPOINT_KEY = 'pullCheckpoint';

/**
 * An id picked before the database could be asked for its own: a start that expects a new device asks
 * the server for that id's key while the database is still being created (features/lock/start-key.ts).
 */
let reservedClientId: ClientId | null = null;

/** The id the next database of this page that has none will take (the same one until it is taken). */
export function reserveClientId(): ClientId {
  reservedClientId ??= uuidv7() as ClientId;
  return reservedClientId;
}

/** Drops the reservation: a database made after this gets an id of its own. */
export function dropReservedClientId(): void {
  reservedClientId = null;
}

/**
 * This device's id towards the server, made once per database (a wiped device gets a new one): the
 * reserved id when there is one, else a new one.
 */
export async function getClientId(db: TijdigDb): Promise<ClientId> {
  return db.transaction('rw', db.meta, async () => {
    const stored = await db.meta.get(CLIENT_ID_KEY);
    if (typeof stored?.value === 'string') return stored.value as ClientId;
    const id = reservedClientId ?? (uuidv7() as ClientId);
    await db.meta.put({ key: CLIENT_ID_KEY, value: id });
    reservedClientId = null;
    return id;
  });
}

/** Deletes everything on this device: used at logout and user switch, also offline. */
export async function wipeDevice(db: TijdigDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

export interface SyncCounts {
  /** Changes waiting for the server. */
  pending: number;
  /** Open conflicts, to be resolved by a person. */
  conflicts: number;
  /** Changes the server refused, kept until a person deals with them. */
  rejected: number;
}

/** The numbers the sync status shows; one read over the outbox and the conflicts. */
export async function syncCounts(db: TijdigDb): Promise<SyncCounts> {
  let pending = 0;
  let rejected = 0;
  await db.outbox.each((row) => {
    if (row.rejection === undefined) pending += 1;
    else rejected += 1;
  });
  const conflicts = await db.conflicts.where('status').equals('open').count();
  return { pending, conflicts, rejected };
}

/** Forgets how far this device has pulled, so its next sync starts from the beginning (joins the caller's transaction). */
export function forgetPullCheckpoint(db: TijdigDb): Promise<void> {
  return db.meta.delete(CHECKPOINT_KEY);
}

/** Who this device's data belongs to; set at the first sign-in, checked at every start. */
const OWNER_KEY = 'ownerUserId';

export async function deviceOwner(db: TijdigDb): Promise<string | null> {
  const stored = await db.meta.get(OWNER_KEY);
  return typeof stored?.value === 'string' ? stored.value : null;
}

export async function claimDevice(db: TijdigDb, userId: string): Promise<void> {
  await db.meta.put({ key: OWNER_KEY, value: userId });
}
