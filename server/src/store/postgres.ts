/** PostgreSQL through a pg connection pool, for production and for the test suite's real-database run. */
import pg from 'pg';
import type { Db, Queryable } from './db';

// bigint (the change sequence) fits comfortably in a JavaScript number for this application's lifetime.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openPostgres(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle connection that the database ends (a restart, a failover, an administrator's command) is
  // reported here; without a listener it would crash the server. The pool drops it and opens a new one on
  // the next query, and a query that was running fails on its own with the error.
  pool.on('error', () => undefined);
  const asQueryable = (target: Pick<pg.Pool, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query(sql, [...params]);
      return result.rows as Row[];
    },
  });
  const root = asQueryable(pool);
  return {
    kind: 'postgres',
    query: root.query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(asQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
