/**
 * The three-device sync property (support/three-devices.ts) on one server: offline edits, a bad network,
 * stale conflict resolutions and forged pushes end with every device equal to the server.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { inviteMember, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { checkThreeDevices } from './support/three-devices';

describe('sync between three devices (property)', () => {
  let server: TestServer;
  let accounts: TestClient[];

  beforeAll(async () => {
    server = await startTestServer('pglite');
    const beheerder = await setUpPractice(server);
    accounts = [
      (await inviteMember(server, beheerder, 'huisarts', 'gp@delinde.nl')).client,
      (await inviteMember(server, beheerder, 'huisarts', 'collega@delinde.nl')).client,
      (await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl')).client,
    ];
  });
  afterAll(() => server.close());

  // Twelve random scenarios of up to 30 steps each: bounded, but longer than the default on a busy machine.
  it('ends with every device equal to the server and no change silently lost', { timeout: 240_000 }, () =>
    checkThreeDevices({ db: server.db, target: server.app, accounts, numRuns: 12, maxSteps: 30 }),
  );
});
