import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure, createApiClient, REQUEST_TIMEOUT_MS, type Fetch } from './api-client';
import { createAuthClient, START_REQUEST_TIMEOUT_MS } from './auth-client';

/** A network that takes each request and never answers; a request's signal ends it, as in a browser. */
function silentNetwork(): { fetch: Fetch; signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const fetch: Fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      const signal = init?.signal;
      if (!signal) return;
      signals.push(signal);
      signal.addEventListener('abort', () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
  return { fetch, signals };
}

/** How a request ended: its value, its failure, or still waiting. */
function track<T>(request: Promise<T>): { outcome: () => 'waiting' | 'answered' | ApiFailure } {
  let outcome: 'waiting' | 'answered' | ApiFailure = 'waiting';
  request.then(
    () => {
      outcome = 'answered';
    },
    (error: unknown) => {
      outcome = error instanceof ApiFailure ? error : new ApiFailure(-1, String(error));
    },
  );
  return { outcome: () => outcome };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the api client on a network that does not answer', () => {
  it('gives up at the deadline as a timeout (offline for the app) and ends the request', async () => {
    const network = silentNetwork();
    const api = createApiClient(network.fetch);
    const request = track(api.post('/api/sync/push', { mutations: [] }));

    await vi.advanceTimersByTimeAsync(REQUEST_TIMEOUT_MS - 1);
    expect(request.outcome()).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1);

    const failure = request.outcome();
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ status: 0, code: 'timeout', isOffline: true });
    // The browser is told to drop the connection, not left holding it.
    expect(network.signals).toHaveLength(1);
    expect(network.signals[0]?.aborted).toBe(true);
  });

  it('also gives up on an answer whose body stops half-way', async () => {
    const stalledBody: Fetch = () =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            start: (controller) => {
              controller.enqueue(new Uint8Array([123]));
            },
          }),
          { status: 200 },
        ),
      );
    const request = track(createApiClient(stalledBody, '', { timeoutMs: 5_000 }).get('/api/sync/pull'));

    await vi.advanceTimersByTimeAsync(5_000);
    expect(request.outcome()).toMatchObject({ status: 0, code: 'timeout' });
  });

  it('keeps "offline" for a network that fails at once, and leaves no timer behind', async () => {
    const failing: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(createApiClient(failing).get('/api/auth/session')).rejects.toMatchObject({
      status: 0,
      code: 'offline',
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers within the deadline as before, and leaves no timer behind', async () => {
    const answering: Fetch = () => Promise.resolve(Response.json({ ok: true }));
    await expect(createApiClient(answering).get('/api/health')).resolves.toEqual({ ok: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answers a 204 (no content) with nothing, and leaves no timer behind', async () => {
    const noContent: Fetch = () => Promise.resolve(new Response(null, { status: 204 }));
    await expect(createApiClient(noContent).post('/api/auth/logout')).resolves.toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("lets a request set a deadline of its own, shorter than the client's", async () => {
    const api = createApiClient(silentNetwork().fetch);
    const request = track(api.get('/api/auth/session', { timeoutMs: 2_000 }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(request.outcome()).toMatchObject({ code: 'timeout' });
  });
});

describe('the requests an app start waits for', () => {
  it('give up after the start deadline, so the login page or the lock screen follows', async () => {
    const auth = createAuthClient(createApiClient(silentNetwork().fetch));
    const session = track(auth.currentSession());
    const key = track(auth.deviceKey('0193a000-0000-7000-8000-000000000001'));
    const made = track(auth.makeDeviceKey('0193a000-0000-7000-8000-000000000001'));

    await vi.advanceTimersByTimeAsync(START_REQUEST_TIMEOUT_MS - 1);
    expect([session.outcome(), key.outcome(), made.outcome()]).toEqual(['waiting', 'waiting', 'waiting']);
    await vi.advanceTimersByTimeAsync(1);
    for (const request of [session, key, made])
      expect(request.outcome()).toMatchObject({ status: 0, code: 'timeout' });
    expect(START_REQUEST_TIMEOUT_MS).toBeLessThan(REQUEST_TIMEOUT_MS);
  });
});
