/**
 * The server's copy of a record with this device's unsent edits on top: what a pull stores, so an edit
 * made offline stays until the server has it. Without Dexie, so the pull reader's worker rebases too.
 */
import { withoutProtocolFields } from '../domain/protocol-fields';
import type { OutboxRow } from './database';

type Row = Record<string, unknown>;

/** An unsent edit as rebasing reads it: the fields it changed. */
export type PendingChange = Pick<OutboxRow, 'changed'>;

/** The server's copy of a record (in this app's shape) with this device's unsent edits on top. */
export function rebase(data: Row, pending: readonly PendingChange[] | undefined): Row {
  // A copy: the row is frozen when sealed ahead, and the caller's pulled data must stay its own.
  let row = { ...data };
  for (const mutation of pending ?? []) {
    row = { ...row, ...withoutProtocolFields(mutation.changed) };
  }
  return row;
}
