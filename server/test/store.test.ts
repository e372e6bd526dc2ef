import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open';

describe('embedded database', () => {
  it('creates a data directory whose parents do not exist yet, and keeps data across a restart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tijdig-store-'));
    const dataDir = join(root, 'nested', 'pglite');
    try {
      const first = await openStore({ databaseUrl: undefined, dataDir });
      await first.query(
        "INSERT INTO practices (id, name) VALUES ('01a20000-0000-7000-8000-000000000001', 'De Linde')",
      );
      await first.close();
      const second = await openStore({ databaseUrl: undefined, dataDir });
      expect(await second.query('SELECT name FROM practices')).toEqual([{ name: 'De Linde' }]);
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
