/**
 * The one small interface the server stores data through. Two adapters implement it: PGlite (embedded,
 * the default) and PostgreSQL through pg (when DATABASE_URL is set). Both run the same SQL migrations.
 */

/** Runs SQL with positional parameters ($1, $2, ...) and returns the rows. */
export interface Queryable {
  query: <Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]) => Promise<Row[]>;
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}
