import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetDeviceKeys } from '../src/auth/device-key-routes';
import {
  addPracticeDirectly,
  advanceClock,
  DATABASES,
  inviteMember,
  setUpPractice,
  TestClient,
  type TestServer,
  startTestServer,
} from './harness';

interface KeyReply {
  key?: string;
  code?: string;
}

describe.each(DATABASES)('the device-key endpoint on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
  });
  afterAll(() => server.close());

  const make = (client: TestClient, deviceId: string) =>
    client.post<KeyReply>('/api/auth/device-key', { deviceId });
  const fetchKey = (client: TestClient, deviceId: string) =>
    client.get<KeyReply>(`/api/auth/device-key?deviceId=${deviceId}`);

  it('makes a random 32-byte key once per device and returns the same key afterwards, never cached', async () => {
    const deviceId = randomUUID();
    const made = await make(beheerder, deviceId);
    expect(made.status).toBe(200);
    expect(made.headers['cache-control']).toBe('no-store');
    expect(Buffer.from(made.body.key ?? '', 'base64')).toHaveLength(32);
    expect((await make(beheerder, deviceId)).body.key).toBe(made.body.key);
    const fetched = await fetchKey(beheerder, deviceId);
    expect(fetched.status).toBe(200);
    expect(fetched.headers['cache-control']).toBe('no-store');
    expect(fetched.body.key).toBe(made.body.key);
  });

  it('gives every device its own key, and answers 404 for a device that has none', async () => {
    const first = await make(beheerder, randomUUID());
    const second = await make(beheerder, randomUUID());
    expect(first.body.key).not.toBe(second.body.key);
    const unknown = await fetchKey(beheerder, randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('deviceKeyNotFound');
  });

  it('needs a signed-in session', async () => {
    const anonymous = new TestClient(server.app);
    const deviceId = randomUUID();
    expect((await make(anonymous, deviceId)).status).toBe(401);
    expect((await fetchKey(anonymous, deviceId)).status).toBe(401);
  });

  it('refuses a session that expired while idle', async () => {
    const { client } = await inviteMember(server, beheerder, 'poh', `poh-${randomUUID()}@delinde.nl`, {
      isSharedDevice: true,
    });
    const deviceId = randomUUID();
    expect((await make(client, deviceId)).status).toBe(200);
    advanceClock(server, { minutes: 6 });
    expect((await fetchKey(client, deviceId)).status).toBe(401);
  });

  it("never releases another account's key, in the same practice or another, even for the same device id", async () => {
    const deviceId = randomUUID();
    const own = await make(beheerder, deviceId);
    const { client: colleague } = await inviteMember(
      server,
      beheerder,
      'huisarts',
      `ha-${randomUUID()}@delinde.nl`,
    );
    const { client: stranger } = await addPracticeDirectly(server, {
      practiceName: `Praktijk ${randomUUID()}`,
      email: `vreemd-${randomUUID()}@elders.nl`,
      role: 'huisarts',
    });
    for (const other of [colleague, stranger]) {
      expect((await fetchKey(other, deviceId)).status).toBe(404);
      const theirs = await make(other, deviceId);
      expect(theirs.status).toBe(200);
      expect(theirs.body.key).not.toBe(own.body.key);
    }
    expect((await fetchKey(beheerder, deviceId)).body.key).toBe(own.body.key);
  });

  it('refuses a device id that is not a UUID with a 400 and a code', async () => {
    const reply = await fetchKey(beheerder, 'not-a-device');
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBeTypeOf('string');
    expect((await make(beheerder, 'x')).status).toBe(400);
  });

  it('answers 404 once the keys were forgotten (beheerder reset), so the device asks for the password', async () => {
    const deviceId = randomUUID();
    await make(beheerder, deviceId);
    const [actor] = await server.db.query<{ user_id: string; practice_id: string }>(
      "SELECT m.user_id, m.practice_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'beheer@delinde.nl'",
    );
    await forgetDeviceKeys(server.db, actor?.practice_id ?? '', actor?.user_id ?? '');
    expect((await fetchKey(beheerder, deviceId)).status).toBe(404);
  });

  it('logs each release in the audit log without the key, and a refusal once', async () => {
    const deviceId = randomUUID();
    const { body } = await make(beheerder, deviceId);
    await fetchKey(beheerder, deviceId);
    const refusals = () =>
      server.db.query(
        "SELECT action, outcome, target FROM audit_log WHERE event = 'deviceKey' AND outcome <> 'success' ORDER BY id",
      );
    const before = (await refusals()).length;
    await fetchKey(beheerder, randomUUID());
    const after = await refusals();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toEqual({ action: 'R', outcome: 'denied', target: 'GET /api/auth/device-key' });
    const rows = await server.db.query(
      "SELECT * FROM audit_log WHERE event = 'deviceKey' AND target = $1 ORDER BY id",
      [`device/${deviceId}`],
    );
    expect(rows.map((row) => [row.action, row.outcome])).toEqual([
      ['C', 'success'],
      ['R', 'success'],
    ]);
    expect(JSON.stringify(rows)).not.toContain(body.key);
  });
});
