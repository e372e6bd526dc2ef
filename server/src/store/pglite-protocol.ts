/**
 * The messages between the server's event loop and the worker thread that owns PGlite (pglite.ts and
 * pglite-worker.ts). Every request carries an id; the worker answers each id exactly once.
 */
import type { PushRequest } from '../../../src/domain';
import type { Actor } from '../auth/actor';
import { HttpError } from '../http-error';

/** What the worker opens (pglite.ts's PgliteOptions say what each means). */
export interface PgliteWorkerData {
  /** Undefined: in memory. */
  dataDir: string | undefined;
  startFrom?: Uint8Array<ArrayBuffer>;
  compileOptimized: boolean;
}

export type WorkerRequest =
  /** A whole push (sync/push.ts), run by the worker next to its connection; answered with its results. */
  | { id: number; op: 'push'; actor: Actor; request: PushRequest; now: Date }
  | { id: number; op: 'query'; sql: string; params: unknown[]; txId: number | null }
  | { id: number; op: 'exec'; sql: string }
  /**
   * Waits for PGlite's one connection, runs BEGIN and answers; the request's id names the transaction.
   * Its statements may follow at once: they wait until it has begun.
   */
  | { id: number; op: 'begin' }
  | { id: number; op: 'commit'; txId: number }
  | { id: number; op: 'rollback'; txId: number }
  /** Closes PGlite, which writes its data directory out; the worker ends after answering. */
  | { id: number; op: 'close' };

export type WorkerReply =
  { id: number; ok: true; rows?: unknown[] } | { id: number; ok: false; error: SerializedError };

/** The first message of a worker: PGlite is open, or it could not be opened. */
export type WorkerStartup = { ready: true } | { ready: false; error: SerializedError };

/**
 * An error as plain data: the fields of PGlite's DatabaseError the server reads (code = SQLSTATE), and all
 * of an HttpError a push throws on purpose (a counter gap, a device of another account).
 */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, string | number>;
  http?: Pick<HttpError, 'statusCode' | 'code' | 'extra' | 'headers'>;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  const { name, message } = error;
  if (!(error instanceof HttpError)) return { name, message, fields };
  const { statusCode, code, extra, headers } = error;
  return { name, message, fields, http: { statusCode, code, extra, headers } };
}

/** Rebuilds the worker's error on this side: an HttpError as one, others with their SQLSTATE `code` and fields. */
export function deserializeError(serialized: SerializedError): Error {
  const { http } = serialized;
  if (http) return new HttpError(http.statusCode, http.code, serialized.message, http.extra, http.headers);
  const error = new Error(serialized.message);
  error.name = serialized.name;
  return Object.assign(error, serialized.fields);
}
