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

/** The connection of one transaction (Db.transaction). */
export interface TransactionQueryable extends Queryable {
  /**
   * Runs the transaction's last statement and commits, asking for COMMIT right behind the statement
   * instead of after its answer: on PGlite, whose one connection every other request waits for, that is
   * one round trip to the server's event loop less while the transaction holds it. When the statement
   * fails nothing is committed (PostgreSQL turns the COMMIT of a failed transaction into a rollback)
   * and this rejects with the statement's error. Nothing may run in the transaction afterwards.
   */
  queryAndCommit: <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;
}

export interface Db extends Queryable {
  /**
   * Runs `work` in one transaction: committed when it resolves (unless it committed itself with
   * queryAndCommit), rolled back when it throws before that.
   */
  transaction<T>(work: (tx: TransactionQueryable) => Promise<T>): Promise<T>;
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
