/**
 * The id the next new database of this page will take, picked before that database could be asked for its
 * own: a start that expects a new device asks the server for that id's key while the database is still
 * being created (features/lock/start-key.ts). A module of its own, without Dexie, because that start runs
 * in the small early script (app/start-early.ts) that must not wait for the database code.
 */
import { v7 as uuidv7 } from 'uuid';
import type { ClientId } from '../domain';

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

/** The reserved id for a database that is taking it now, or a new one; the reservation ends. */
export function takeReservedClientId(): ClientId {
  const id = reservedClientId ?? (uuidv7() as ClientId);
  reservedClientId = null;
  return id;
}
