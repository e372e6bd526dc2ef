import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open';
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

describe.runIf(DATABASES.includes('postgres'))('PostgreSQL', () => {
  it('keeps serving after the database ends an idle connection (a restart or an administrator)', async () => {
    const server = await startTestServer('postgres');
    try {
      const rows = await server.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);
      await admin.end();
      // The ended connection is dropped from the pool instead of crashing the process; the next query
      // opens a new one.
      await expect(server.db.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await server.close();
    }
  });
});
