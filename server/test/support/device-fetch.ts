/**
 * The app's sync engine reaching the in-process server: a `fetch` for createApiClient that sends each
 * request through Fastify's inject with the account's cookie. `intercept` may answer a request itself
 * (a failed network, a busy server) before it reaches the server; it sees each request's path.
 */
import type { Fetch } from '../../../src/sync/api-client';
import { ORIGIN, type TestClient, type TestServer } from '../harness';

export type Intercept = (path: string) => Response | 'network-error' | undefined;

export function fetchThrough(server: TestServer, account: TestClient, intercept?: Intercept): Fetch {
  return async (url, init = {}) => {
    const answer = intercept?.(url);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    if (answer) return answer;
    const reply = await server.app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
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
  };
}

/** What the server's back-pressure answers (server/test/back-pressure.test.ts checks that it does). */
export function busyAnswer(retryAfterSeconds: number): Response {
  return new Response(JSON.stringify({ code: 'serverBusy', message: 'The server is busy.' }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) },
  });
}
