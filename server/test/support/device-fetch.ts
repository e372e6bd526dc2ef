/**
 * The app's sync engine reaching the in-process server: a `fetch` for createApiClient that sends each
 * request through Fastify's inject with the account's cookie. `intercept` may answer a request itself
 * (a failed network, a busy server) before it reaches the server; it sees each request's path.
 */
import { afterAll, beforeAll } from 'vitest';
import { setDataKey } from '../../../src/db';
import type { Fetch } from '../../../src/sync/api-client';
import {
  ORIGIN,
  setUpPractice,
  startTestServer,
  type Injector,
  type TestClient,
  type TestServer,
} from '../harness';

/** A practice on an in-process PGlite server and its first account, set in beforeAll. */
export interface PracticeForDevices {
  server: TestServer;
  account: TestClient;
}

/**
 * Starts a PGlite server with a practice before the file's tests and closes it after them, with the
 * devices' data key set: their patient tables are encrypted at rest, and they sync unlocked, as after a
 * sign-in. Read its fields inside the tests.
 */
export function practiceForDevices(): PracticeForDevices {
  const practice = {} as PracticeForDevices;
  beforeAll(async () => {
    setDataKey(crypto.getRandomValues(new Uint8Array(32)));
    practice.server = await startTestServer('pglite');
    practice.account = await setUpPractice(practice.server);
  });
  afterAll(() => practice.server.close());
  return practice;
}

export type Intercept = (path: string) => Response | 'network-error' | undefined;

/** One request of the app's api client, sent to `app` as the browser would, with the account's cookie. */
export async function sendAsDevice(
  app: Injector,
  account: TestClient,
  url: string,
  init: RequestInit = {},
): Promise<Response> {
  const reply = await app.inject({
    method: init.method ?? 'GET',
    url,
    headers: {
      ...(init.headers as Record<string, string>),
      host: '127.0.0.1',
      origin: ORIGIN,
      cookie: account.cookie ?? '',
    },
    ...(typeof init.body === 'string' ? { payload: init.body } : {}),
  });
  return new Response(reply.statusCode === 204 ? null : reply.body, {
    status: reply.statusCode,
    headers: { 'content-type': reply.headers['content-type'] ?? 'application/json' },
  });
}

export function fetchThrough(server: { app: Injector }, account: TestClient, intercept?: Intercept): Fetch {
  return async (url, init = {}) => {
    const answer = intercept?.(url);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer) return answer;
    return sendAsDevice(server.app, account, url, init);
  };
}

/** What the server's back-pressure answers (server/test/back-pressure.test.ts checks that it does). */
export function busyAnswer(retryAfterSeconds: number): Response {
  return new Response(JSON.stringify({ code: 'serverBusy', message: 'The server is busy.' }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) },
  });
}
