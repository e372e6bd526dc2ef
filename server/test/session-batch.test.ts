/**
 * Requests that arrive together read their sessions in one statement (sessions.ts, batched-lookup.ts). What
 * must never happen is a request answered with another's session: every request here gets its own account
 * and practice, an unknown or ended session among them still gets 401, and fewer statements ran than
 * requests came in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';

/** The statements that read sessions by their tokens. */
const sessionReads = (calls: unknown[][]) =>
  calls.filter(([sql]) => typeof sql === 'string' && sql.includes('FROM sessions s'));

describe.each(DATABASES)('sessions read together (%s)', (kind) => {
  let server: TestServer;

  afterEach(async () => {
    await server.close();
  });

  it('answers every request of a burst with its own account and practice', async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    const poh = await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl');
    const nurse = await inviteMember(server, beheerder, 'wijkverpleegkundige', 'wijk@delinde.nl');
    const other = await addPracticeDirectly(server, {
      practiceName: 'De Beuk',
      email: 'gp@debeuk.nl',
      role: 'huisarts',
    });
    const expected = [
      { client: poh.client, email: 'poh@delinde.nl', practice: 'Huisartsenpraktijk De Linde' },
      { client: nurse.client, email: 'wijk@delinde.nl', practice: 'Huisartsenpraktijk De Linde' },
      { client: other.client, email: 'gp@debeuk.nl', practice: 'De Beuk' },
      { client: beheerder, email: 'beheer@delinde.nl', practice: 'Huisartsenpraktijk De Linde' },
    ];
    const stranger = new TestClient(server.app);
    stranger.cookie = 'tijdig_session=no-such-session';

    const queries = vi.spyOn(server.db, 'query');
    // Every account asks three times, interleaved, with the stranger between them.
    const burst = [...expected, ...expected, ...expected].flatMap(({ client }) => [
      client.get<SessionInfo>('/api/auth/session'),
      stranger.get('/api/auth/session'),
    ]);
    const replies = await Promise.all(burst);

    replies.forEach((reply, index) => {
      if (index % 2 === 1) {
        expect(reply.status).toBe(401);
        return;
      }
      const want = expected[(index / 2) % expected.length];
      expect(reply.status).toBe(200);
      const body = reply.body as SessionInfo;
      expect({ email: body.user.email, practice: body.practice.name }).toEqual({
        email: want?.email,
        practice: want?.practice,
      });
    });
    const reads = sessionReads(queries.mock.calls);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThan(replies.length);
  });

  it('refuses a signed-out session in the same burst as live ones', async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    const poh = await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl');
    const leaving = await inviteMember(server, beheerder, 'huisarts', 'weg@delinde.nl');
    const oldCookie = leaving.client.cookie;
    const out = await leaving.client.post('/api/auth/logout', {});
    expect(out.status).toBeLessThan(300);
    leaving.client.cookie = oldCookie;

    const [own, signedOut] = await Promise.all([
      poh.client.get<SessionInfo>('/api/auth/session'),
      leaving.client.get('/api/auth/session'),
    ]);
    expect(own.status).toBe(200);
    expect(own.body.user.email).toBe('poh@delinde.nl');
    expect(signedOut.status).toBe(401);
  });
});
