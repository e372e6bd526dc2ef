/** PostgreSQL through a pg connection pool, for production and for the test suite's real-database run. */
import pg from 'pg';
import type { Db, Queryable } from './db';
import { createStatementNamer } from './statement-names';

// bigint (the change sequence) fits comfortably in a JavaScript number for this application's lifetime.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export function openPostgres(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle connection that the database ends (a restart, a failover, an administrator's command) is
  // reported here; without a listener it would crash the server. The pool drops it and opens a new one on
  // the next query, and a query that was running fails on its own with the error.
  pool.on('error', () => undefined);
  const statementName = createStatementNamer();
  const asQueryable = (target: Pick<pg.Pool, 'query'>): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      // Statements with parameters are the server's own, run again and again: prepared once per connection.
      // Without parameters they are one-offs (migrations, BEGIN/COMMIT) and stay unnamed.
      const result = await target.query(
        params.length > 0 ? { text: sql, values: [...params], name: statementName(sql) } : sql,
      );
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
