/**
 * Records pulled from the server that did not pass their schema (src/domain/pulled-record.ts). They never
 * enter the tables the app reads, nor replace a valid copy there; they are kept here, sealed like every row
 * with patient data (encrypted-tables.ts), so nothing the server sent is lost. One entry per record, the
 * latest revision the server sent: a later valid revision takes its place in the app's table and removes the
 * entry, a later broken one replaces it. Every start of the app tries the entries again (pulled-pages.ts), so
 * an app update that reads them (a newer record shape, a fixed schema) brings them in without a new download.
 *
 * Without zod: the sync page counts them on a screen that does not load the record schemas.
 */
import type { RecordIssue } from '../domain';
import type { TijdigDb } from './database';

export interface QuarantinedRecord {
  /** `entity:recordId`, as recordRevs keys a record. */
  key: string;
  entity: string;
  recordId: string;
  /** The server's revision and change number as sent; null when the frame itself was broken. */
  rev: number | null;
  seq: number | null;
  /** The protocol version of the server that sent it: the shape its data is in (record-evolution.ts). */
  dataVersion: number;
  /** The change exactly as the server sent it, to be read again by a later app version. */
  change: unknown;
  /** Where it broke its schema and how; paths and codes, never a value. */
  issues: RecordIssue[];
}

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;
const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The key of a change as sent, whatever its frame holds; recordRevs and the outbox key a record the same way. */
export function keyOfSentChange(change: unknown): string {
  const frame = isRow(change) ? change : {};
  return `${textOf(frame.entity)}:${textOf(frame.recordId)}`;
}

/** The entry for a change that failed its schema. */
export function quarantinedRecordOf(
  change: unknown,
  issues: RecordIssue[],
  dataVersion: number,
): QuarantinedRecord {
  const frame = isRow(change) ? change : {};
  return {
    key: keyOfSentChange(change),
    entity: textOf(frame.entity),
    recordId: textOf(frame.recordId),
    rev: numberOrNull(frame.rev),
    seq: numberOrNull(frame.seq),
    dataVersion,
    change,
    issues,
  };
}

/** How many pulled records this device could not read; a count reads no row, so it needs no data key. */
export function countQuarantinedRecords(db: TijdigDb): Promise<number> {
  return db.quarantinedRecords.count();
}
