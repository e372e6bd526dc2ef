/**
 * The one small interface the server stores data through. Two adapters implement it: PGlite (embedded,
 * the default) and PostgreSQL through pg (when DATABASE_URL is set). Both run the same SQL migrations.
 */

import type { MutationResult, PushRequest } from '../../../src/domain';
import type { Actor } from '../auth/actor';

/** Runs SQL with positional parameters ($1, $2, ...) and returns the rows. */
export interface Queryable {
  query: <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs a whole push (sync/push.ts) where the data is, when the adapter can: PGlite runs it in its worker
   * thread, so the push's transaction never waits for this event loop while every other request waits
   * for PGlite's one connection. Absent (PostgreSQL), the push runs on this thread.
   */
  readonly pushInPlace?: (actor: Actor, request: PushRequest, now: Date) => Promise<MutationResult[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}
