/**
 * Two-factor sign-in (issue 17): enrolment, the second step with a code or a recovery code, replay,
 * clock drift, the per-account rate limit, the beheerder's reset, and who must have it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  EnrolmentDone,
  EnrolmentStart,
  SessionInfo,
  TwoFactorStatus,
} from '../../src/domain';
import {
  advanceClock,
  anyString,
  DATABASES,
  enrolTotp,
  inviteMember,
  PASSWORD,
  setUpPractice,
  signIn,
  startTestServer,
  TestClient,
  totpCodeAt,
  type TestServer,
} from './harness';

const HUISARTS = 'huisarts@delinde.nl';

/** The password step alone, as the login page sends it. */
async function passwordStep(
  server: TestServer,
  email: string,
): Promise<{ client: TestClient; status: number; body: unknown }> {
  const client = new TestClient(server.app);
  const reply = await client.post('/api/auth/login', { email, password: PASSWORD });
  expect(reply.status, 'password step').toBeLessThan(400);
  return { client, status: reply.status, body: reply.body };
}

const verify = (client: TestClient, body: unknown) =>
  client.post<SessionInfo>('/api/auth/two-factor/verify', body);

/** Moves the clock on by whole 30-second steps, so every test's codes are fresh. */
const nextSteps = (server: TestServer, steps = 2) => {
  server.clock.now = new Date(server.clock.now.getTime() + steps * 30_000);
};

async function auditEvents(beheerder: TestClient, event: string): Promise<AuditEntry[]> {
  const reply = await beheerder.get<{ entries: AuditEntry[] }>('/api/audit');
  expect(reply.status).toBe(200);
  return reply.body.entries.filter((entry) => entry.event === event);
}

describe.each(DATABASES)('two-factor sign-in on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  /** The huisarts's app, once enrolled in the first test. */
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    // Many sign-ins of one account: the password step's own rate limit must not be what answers.
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    beheerder = await setUpPractice(server);
    await inviteMember(server, beheerder, 'huisarts', HUISARTS);
  });
  afterAll(() => server.close());

  it('lets an account enrol from its session: a secret and URI, then a code gives ten recovery codes once', async () => {
    const huisarts = await signIn(server, HUISARTS);
    const started = await huisarts.post<EnrolmentStart>('/api/auth/two-factor/enrol', {});
    expect(started.status).toBe(201);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/Tijdig:.*\?.*secret=/);
    expect(started.body.uri).toContain(started.body.secret);

    const wrong = await huisarts.post('/api/auth/two-factor/enrol/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ code: 'invalidCode', message: anyString });

    const done = await huisarts.post<EnrolmentDone>('/api/auth/two-factor/enrol/confirm', {
      code: totpCodeAt(server, started.body.secret),
    });
    expect(done.status).toBe(201);
    expect(new Set(done.body.recoveryCodes).size).toBe(10);
    secret = started.body.secret;
    recoveryCodes = done.body.recoveryCodes;
    // Only hashes are stored: no recovery code (nor its dashless form) is in the table.
    const stored = await server.db.query<{ code_hash: string }>('SELECT code_hash FROM totp_recovery_codes');
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(storedText).not.toContain(code.replace('-', ''));

    const status = await huisarts.get<TwoFactorStatus>('/api/auth/two-factor');
    expect(status.body).toEqual({
      isEnrolled: true,
      isRequired: false,
      isGivenThisSession: true,
      recoveryCodesLeft: 10,
    });
  });

  it('refuses an enrolment confirmed after ten minutes with enrolmentExpired', async () => {
    const other = await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl');
    const started = await other.client.post<EnrolmentStart>('/api/auth/two-factor/enrol', {});
    advanceClock(server, { minutes: 11 });
    const late = await other.client.post('/api/auth/two-factor/enrol/confirm', {
      code: totpCodeAt(server, started.body.secret),
    });
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({ code: 'enrolmentExpired' });
  });

  it('asks an enrolled account for a code after the password; no session before it', async () => {
    nextSteps(server);
    const { client, status, body } = await passwordStep(server, HUISARTS);
    expect(status).toBe(202);
    expect(body).toMatchObject({ step: 'verify', expiresAt: anyString });
    expect(client.cookie).toBeNull();
    expect((await client.get('/api/auth/session')).status).toBe(401);

    const wrong = await verify(client, { code: '123456' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'invalidCode' });
    const right = await verify(client, { code: totpCodeAt(server, secret) });
    expect(right.status).toBe(200);
    expect(right.body.user.email).toBe(HUISARTS);
    expect((await client.get('/api/auth/session')).status).toBe(200);
    const denied = (await auditEvents(beheerder, 'login')).filter((e) => e.outcome === 'denied');
    expect(denied.some((entry) => entry.userName === 'Collega huisarts')).toBe(true);
  });

  it('refuses a code that was used already (replay), also from another browser', async () => {
    nextSteps(server);
    const code = totpCodeAt(server, secret);
    const first = await passwordStep(server, HUISARTS);
    expect((await verify(first.client, { code })).status).toBe(200);
    const second = await passwordStep(server, HUISARTS);
    const replay = await verify(second.client, { code });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'codeReused' });
  });

  it('accepts one step of clock drift either way, not two', async () => {
    nextSteps(server, 4);
    for (const offset of [-1, 1]) {
      const { client } = await passwordStep(server, HUISARTS);
      expect((await verify(client, { code: totpCodeAt(server, secret, offset) })).status).toBe(200);
      nextSteps(server, 3);
    }
    const { client } = await passwordStep(server, HUISARTS);
    const tooFar = await verify(client, { code: totpCodeAt(server, secret, 2) });
    expect(tooFar.status).toBe(401);
    expect(tooFar.body).toMatchObject({ code: 'invalidCode' });
  });

  it('takes each recovery code once, typed in any case without its dash', async () => {
    const code = recoveryCodes[0] ?? '';
    const { client } = await passwordStep(server, HUISARTS);
    const used = await verify(client, { recoveryCode: code.replace('-', '').toLowerCase() });
    expect(used.status).toBe(200);
    const again = await passwordStep(server, HUISARTS);
    const reused = await verify(again.client, { recoveryCode: code });
    expect(reused.status).toBe(401);
    expect(reused.body).toMatchObject({ code: 'invalidRecoveryCode' });
    expect((await verify(again.client, { code: totpCodeAt(server, secret, 1) })).status).toBe(200);
    const left = await again.client.get<TwoFactorStatus>('/api/auth/two-factor');
    expect(left.body.recoveryCodesLeft).toBe(9);
  });

  it('stops an account after five wrong codes, whatever browser they come from, for fifteen minutes', async () => {
    nextSteps(server);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const { client } = await passwordStep(server, HUISARTS);
      expect((await verify(client, { code: '000001' })).status).toBe(401);
    }
    const { client } = await passwordStep(server, HUISARTS);
    const limited = await verify(client, { code: totpCodeAt(server, secret) });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'tooManyCodes' });
    expect(limited.headers['retry-after']).toBeDefined();

    advanceClock(server, { minutes: 16 });
    const later = await passwordStep(server, HUISARTS);
    expect((await verify(later.client, { code: totpCodeAt(server, secret) })).status).toBe(200);
  });

  it('lets a beheerder reset a member’s second factor: audited, sessions ended, the member signs in without it', async () => {
    nextSteps(server);
    const huisarts = await passwordStep(server, HUISARTS);
    expect((await verify(huisarts.client, { code: totpCodeAt(server, secret) })).status).toBe(200);
    const [member] = await server.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [
      HUISARTS,
    ]);

    // Only a beheerder may; the huisarts may not reset anyone's, not even their own through this route.
    const refused = await huisarts.client.post(`/api/team/members/${member?.id}/two-factor/reset`, {});
    expect(refused.status).toBe(403);
    // A device of theirs has its key with the server (the phone with the second factor may be lost with it).
    const deviceId = randomUUID();
    expect((await huisarts.client.post('/api/auth/device-key', { deviceId })).status).toBe(200);

    const reset = await beheerder.post(`/api/team/members/${member?.id}/two-factor/reset`, {});
    expect(reset.status).toBe(204);
    expect((await huisarts.client.get('/api/auth/session')).status).toBe(401);
    const again = await passwordStep(server, HUISARTS);
    expect(again.status).toBe(200);
    // Its key is gone: that device opens its data only with the password again.
    expect((await again.client.get(`/api/auth/device-key?deviceId=${deviceId}`)).status).toBe(404);
    const audited = await auditEvents(beheerder, 'twoFactor.reset');
    expect(audited).toEqual([
      expect.objectContaining({ userName: 'Anna Beheer', action: 'D', target: `account/${member?.id}` }),
    ]);
  });

  it('requires a second factor of every specialist PZ: enrolment right after the password', async () => {
    const invited = await beheerder.post<{ token: string }>('/api/invitations', {
      role: 'specialist-pz',
      name: 'Sanne Consulent',
      email: 'consulent@stop.nl',
    });
    const visitor = new TestClient(server.app);
    const accepted = await visitor.post('/api/invitations/accept', {
      token: invited.body.token,
      name: 'Sanne Consulent',
      password: PASSWORD,
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ step: 'enrol' });
    expect(visitor.cookie).toBeNull();
    // Walking away from the enrolment leaves no way in without it.
    const again = await passwordStep(server, 'consulent@stop.nl');
    expect(again.body).toMatchObject({ step: 'enrol' });
    expect((await verify(again.client, { code: '123456' })).status).toBe(409);
    const done = await enrolTotp(server, again.client, 'consulent@stop.nl');
    expect(done.session?.user.role).toBe('specialist-pz');
    expect((await again.client.get('/api/auth/session')).status).toBe(200);
  });

  it('asks every account for it once the practice setting is on (default off), audited', async () => {
    const poh = await passwordStep(server, 'poh@delinde.nl');
    expect(poh.status).toBe(200);
    expect((await beheerder.get('/api/practice/settings')).body).toEqual({ requiresTwoFactor: false });
    const changed = await beheerder.post('/api/practice/settings', { requiresTwoFactor: true });
    expect(changed.status).toBe(200);
    // The session signed in with the password alone ends at once, not at its own end hours later; the
    // beheerder's own (with a second factor) goes on.
    expect((await poh.client.get('/api/auth/session')).status).toBe(401);
    expect((await beheerder.get('/api/practice/settings')).status).toBe(200);
    const now = await passwordStep(server, 'poh@delinde.nl');
    expect(now.status).toBe(202);
    expect(now.body).toMatchObject({ step: 'enrol' });
    expect(await auditEvents(beheerder, 'practice.settings')).toHaveLength(1);
    await beheerder.post('/api/practice/settings', { requiresTwoFactor: false });
  });

  it('ends a pending sign-in after ten minutes', async () => {
    nextSteps(server);
    const { client } = await passwordStep(server, 'consulent@stop.nl');
    advanceClock(server, { minutes: 11 });
    const late = await verify(client, { code: '123456' });
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: 'challengeExpired' });
  });
});

describe.each(DATABASES)('beheer and the audit log without a second factor on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = new TestClient(server.app);
    const setup = await beheerder.post('/api/setup', {
      practiceName: 'Huisartsenpraktijk De Linde',
      name: 'Anna Beheer',
      email: 'beheer@delinde.nl',
      password: PASSWORD,
      clinicalRole: 'huisarts',
    });
    expect(setup.status).toBe(201);
  });
  afterAll(() => server.close());

  it('refuses the audit log, the team and the settings with secondFactorRequired until the beheerder enrols', async () => {
    for (const path of ['/api/audit', '/api/team', '/api/practice/settings', '/api/team/two-factor']) {
      const refused = await beheerder.get(path);
      expect(refused.status, path).toBe(403);
      expect(refused.body, path).toEqual({ code: 'secondFactorRequired', message: anyString });
    }
    const status = await beheerder.get<TwoFactorStatus>('/api/auth/two-factor');
    expect(status.body).toMatchObject({ isEnrolled: false, isRequired: true, isGivenThisSession: false });
    await enrolTotp(server, beheerder, 'beheer@delinde.nl');
    expect((await beheerder.get('/api/audit')).status).toBe(200);
    expect((await beheerder.get('/api/team')).status).toBe(200);
  });
});
