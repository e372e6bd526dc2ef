/**
 * Migration 017 keys the device tables by practice (issue 15, Citus): a device registered before it keeps
 * its counter and the outcomes of what it sent, so a replay after the upgrade gets the stored outcome.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../src/domain';
import { migrate } from '../src/store/migrate';
import { DATABASES, setUpPractice, startTestServer, type TestServer } from './harness';
import { Device, patientData } from './mutations';

describe.each(DATABASES)('device tables keyed by practice on %s', (kind) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('keeps a device registered before the migration: its replay gets the stored outcome', async () => {
    server = await startTestServer(kind, {}, { migrateBefore: '017' });
    const beheerder = await setUpPractice(server);
    const [{ id: userId, practice_id: practiceId } = { id: '', practice_id: '' }] = await server.db.query<{
      id: string;
      practice_id: string;
    }>('SELECT user_id AS id, practice_id FROM memberships');
    const device = new Device(beheerder);
    const sent = device.mutation('patient', randomUUID(), patientData(), null);
    const stored: MutationResult = { mutationId: sent.mutationId, status: 'applied', rev: 1 };
    // As the server before the migration kept them: the outcome without a practice.
    await server.db.query(
      'INSERT INTO sync_clients (client_id, practice_id, user_id, last_counter) VALUES ($1, $2, $3, 1)',
      [device.clientId, practiceId, userId],
    );
    await server.db.query('INSERT INTO sync_mutations (client_id, mutation_id, result) VALUES ($1, $2, $3)', [
      device.clientId,
      sent.mutationId,
      JSON.stringify(stored),
    ]);

    await migrate(server.db);
    const [row] = await server.db.query<{ practice_id: string }>('SELECT practice_id FROM sync_mutations');
    expect(row?.practice_id).toBe(practiceId);
    const replay = await device.push([sent]);
    expect(replay.body.results).toEqual([stored]);
    const next = await device.push([device.mutation('patient', randomUUID(), patientData(), null)]);
    expect(next.body.results).toEqual([expect.objectContaining({ status: 'applied' })]);
  });
});
