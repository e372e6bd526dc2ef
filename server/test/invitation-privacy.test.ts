/**
 * Accepting an invitation never reveals that its address has an account in another practice (issue 12,
 * item 7). What happens instead: the inviting practice gets a separate account, and the two stay apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  PASSWORD,
  setUpPractice,
  startTestServer,
  TestClient,
  type TestServer,
} from './harness';

const ELSEWHERE_EMAIL = 'arts@elders.nl';
const NEW_PASSWORD = 'een ander lang wachtwoord';

describe.each(DATABASES)('invitation privacy on %s', (kind) => {
  let server: TestServer;
  let beheerder: TestClient;
  let other: Awaited<ReturnType<typeof addPracticeDirectly>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await setUpPractice(server);
    other = await addPracticeDirectly(server, {
      practiceName: 'Huisartsenpraktijk Elders',
      email: ELSEWHERE_EMAIL,
      role: 'huisarts',
    });
  });
  afterAll(() => server.close());

  async function inviteAndAccept(email: string, password: string) {
    const invited = await beheerder.post<{ token: string }>('/api/invitations', {
      role: 'huisarts',
      name: 'Dr. Nieuw',
      email,
      isSharedDevice: false,
    });
    expect(invited.status).toBe(201);
    return new TestClient(server.app).post<SessionInfo>('/api/invitations/accept', {
      token: invited.body.token,
      name: 'Dr. Nieuw',
      password,
    });
  }

  it('answers an address of another practice exactly as a free address, and keeps the accounts apart', async () => {
    const free = await inviteAndAccept('vrij@delinde.nl', NEW_PASSWORD);
    const elsewhere = await inviteAndAccept(ELSEWHERE_EMAIL, NEW_PASSWORD);

    expect(free.status).toBe(201);
    expect(elsewhere.status).toBe(201);
    expect(Object.keys(elsewhere.body)).toEqual(Object.keys(free.body));
    expect(elsewhere.body.practice.name).toBe('Huisartsenpraktijk De Linde');
    expect(elsewhere.body.user.id).not.toBe(other.userId);

    // The existing account is untouched: its own practice only.
    const memberships = await server.db.query<{ practice_id: string }>(
      'SELECT practice_id FROM memberships WHERE user_id = $1',
      [other.userId],
    );
    expect(memberships).toEqual([{ practice_id: other.practiceId }]);

    // Each password signs in to its own account.
    const asOther = await new TestClient(server.app).post<SessionInfo>('/api/auth/login', {
      email: ELSEWHERE_EMAIL,
      password: PASSWORD,
    });
    expect(asOther.body.practice.name).toBe('Huisartsenpraktijk Elders');
    const asNew = await new TestClient(server.app).post<SessionInfo>('/api/auth/login', {
      email: ELSEWHERE_EMAIL,
      password: NEW_PASSWORD,
    });
    expect(asNew.body.practice.name).toBe('Huisartsenpraktijk De Linde');
    expect(asNew.body.user.id).toBe(elsewhere.body.user.id);
  });

  it('still refuses a second account for an address the inviting practice already has', async () => {
    const accepted = await inviteAndAccept('beheer@delinde.nl', PASSWORD);
    expect(accepted.status).toBe(409);
    expect(accepted.body).toMatchObject({ code: 'emailTaken' });
  });
});
