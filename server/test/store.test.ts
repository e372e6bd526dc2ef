import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open';
import { createStatementNamer } from '../src/store/statement-names';
import { DATABASES, startTestServer } from './harness';

describe('embedded database', () => {
  it('creates a data directory whose parents do not exist yet, and keeps data across a restart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tijdig-store-'));
    const dataDir = join(root, 'nested', 'pglite');
    try {
      const first = await openStore({ databaseUrl: undefined, dataDir, upkeepIntervalMs: 0 });
      await first.query(
        "INSERT INTO practices (id, name) VALUES ('01a20000-0000-7000-8000-000000000001', 'De Linde')",
      );
      await first.close();
      const second = await openStore({ databaseUrl: undefined, dataDir, upkeepIntervalMs: 0 });
      expect(await second.query('SELECT name FROM practices')).toEqual([{ name: 'De Linde' }]);
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('statement names', () => {
  it('gives one text one name, other texts other names, and past the limit leaves new texts unnamed', () => {
    const nameOf = createStatementNamer(2);
    const first = nameOf('SELECT 1 WHERE $1::int = 1');
    expect(first).toMatch(/^tijdig_[0-9a-f]{24}$/);
    expect(nameOf('SELECT 1 WHERE $1::int = 1')).toBe(first);
    const second = nameOf('SELECT 2 WHERE $1::int = 1');
    expect(second).not.toBe(first);
    expect(nameOf('SELECT 3 WHERE $1::int = 1')).toBeUndefined();
    expect(nameOf('SELECT 2 WHERE $1::int = 1')).toBe(second);
  });
});

describe.each(DATABASES)('prepared statements on %s', (kind) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());
  const PRACTICE = '01a20000-0000-7000-8000-000000000009';

  it('prepares a statement with parameters once and runs it again by name, inside and outside a transaction', async () => {
    const sql = 'SELECT name FROM practices WHERE id = $1';
    await server.db.query("INSERT INTO practices (id, name) VALUES ($1, 'De Linde')", [PRACTICE]);
    expect(await server.db.query(sql, [PRACTICE])).toEqual([{ name: 'De Linde' }]);
    const prepared = await server.db.transaction(async (tx) => {
      expect(await tx.query(sql, [PRACTICE])).toEqual([{ name: 'De Linde' }]);
      expect(await tx.query(sql, [PRACTICE])).toEqual([{ name: 'De Linde' }]);
      return tx.query<{ name: string; statement: string }>(
        "SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT name FROM practices%'",
      );
    });
    expect(prepared).toEqual([{ name: expect.stringMatching(/^tijdig_/) as string, statement: sql }]);
  });

  it('rolls back a transaction whose prepared statement fails, and serves the next statement', async () => {
    const insert = 'INSERT INTO practices (id, name) VALUES ($1, $2)';
    const other = '01a20000-0000-7000-8000-00000000000a';
    await expect(
      server.db.transaction(async (tx) => {
        await tx.query(insert, [other, 'Oost']);
        await tx.query(insert, [other, 'Oost again']);
      }),
    ).rejects.toThrow(/duplicate key/);
    await expect(server.db.query('SELECT id FROM practices WHERE id = $1', [other])).resolves.toEqual([]);
    await expect(server.db.query('SELECT nonsense FROM practices WHERE id = $1', [other])).rejects.toThrow(
      /nonsense/,
    );
    await server.db.query(insert, [other, 'Oost']);
    expect(await server.db.query('SELECT name FROM practices WHERE id = $1', [other])).toEqual([
      { name: 'Oost' },
    ]);
  });
});

describe.runIf(DATABASES.includes('postgres'))('PostgreSQL', () => {
  it('keeps serving after the database ends an idle connection (a restart or an administrator)', async () => {
    const server = await startTestServer('postgres');
    try {
      const rows = await server.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      // pg_terminate_backend only signals: wait until the backend is gone, so its goodbye has been sent
      // before the next query (on a busy machine that query sometimes came first).
      await expect
        .poll(
          async () =>
            (await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [rows[0]?.pid])).rowCount,
          { timeout: 10_000 },
        )
        .toBe(0);
      await admin.end();
      // The ended connection is dropped from the pool instead of crashing the process; the next query
      // opens a new one.
      await expect(server.db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await server.close();
    }
  });
});
