/**
 * The app's only door to the server. Sends JSON with the anti-forgery header, same-origin cookies only,
 * and turns every failure into an ApiFailure the UI can explain: offline, signed out, too old, refused.
 * Every request has a deadline: on a network that neither answers nor fails (a weak signal, a stalled
 * proxy) a request would otherwise wait for minutes, and with it the sync round (the next round never
 * starts while one runs) or the start of the app.
 */
import type { ApiError } from '../domain';
import { parseRetryAfter } from './backoff';

export const CSRF_HEADER = 'x-tijdig-request';

/**
 * How long a request may take, answer included, before it counts as the server not being reached. Long
 * enough for the largest request on slow 4G (a push of 200 changed care plans is under 1 MB, ~6 s up at
 * 1.4 Mbit/s; a pull page is at most 256 KiB of JSON before compression) and the server's work for it.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

/** Per-request settings; the client's default deadline holds when `timeoutMs` is not given. */
export interface RequestOptions {
  timeoutMs?: number;
}

/**
 * Why a request failed. `offline` covers no network and an unreachable server alike; a request that got
 * no (whole) answer before its deadline is status 0 too, with the code `timeout`.
 */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: Partial<ApiError> = {},
    /** The server is too busy (503 or 429) and said when to come back; null when it did not say. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`${status} ${code}`);
  }

  get isOffline(): boolean {
    return this.status === 0;
  }

  /** Back-pressure: the server is up but turned the request away for now; try again later. */
  get isServerBusy(): boolean {
    return this.status === 503 || this.status === 429;
  }
}

/** Why a server call failed: `offline` when the server could not be reached, else the server's code. */
export function failureCodeOf(error: unknown): string {
  if (!(error instanceof ApiFailure)) return 'unknown';
  return error.isOffline ? 'offline' : error.code;
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

/**
 * Runs `work` with a signal that aborts at the deadline, and rejects with a `timeout` failure then, also
 * when `work` does not listen to the signal (a test's fetch, a body that never ends).
 */
async function withDeadline<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new ApiFailure(0, 'timeout'));
      controller.abort();
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const utf8 = new TextDecoder();

/** An API client on `fetch` (the browser's, or a test's that talks to the server in-process). */
export function createApiClient(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  baseUrl = '',
  { timeoutMs: defaultTimeoutMs = REQUEST_TIMEOUT_MS }: RequestOptions = {},
): ApiClient {
  /** The answer's status, headers and whole body, or an `offline` failure when the network failed first. */
  async function exchange(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    signal: AbortSignal,
  ): Promise<{ response: Response; text: string }> {
    try {
      const response = await fetchImpl(baseUrl + path, {
        method,
        credentials: 'same-origin',
        // No Accept header (the server answers JSON on every /api route): a GET then matches the preload of
        // /api/auth/session in index.html, which Chromium reuses only when the headers are the same.
        headers: {
          ...(method === 'POST' ? { [CSRF_HEADER]: '1' } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal,
      });
      // Read within the deadline too: a connection can stall half-way through an answer. (A 204's is empty.)
      // As bytes, decoded here: response.text() decoded a first sync's 4 MB of pull pages in Blink's resource
      // decoder on the main thread (about 0.44 s at 4x CPU), TextDecoder in a fraction of that, the same way
      // (UTF-8, a BOM dropped, broken sequences replaced).
      return { response, text: utf8.decode(await response.arrayBuffer()) };
    } catch {
      throw new ApiFailure(0, 'offline');
    }
  }

  async function send<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    { timeoutMs = defaultTimeoutMs }: RequestOptions = {},
  ): Promise<T> {
    const { response, text } = await withDeadline(timeoutMs, (signal) =>
      exchange(method, path, body, signal),
    );
    if (response.status === 204) return undefined as T;
    let json: unknown = undefined;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      // A proxy's HTML error page, for instance: treated as the server being unreachable.
    }
    if (!response.ok) {
      const error = (json ?? {}) as Partial<ApiError>;
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), new Date());
      // 502-504 come from a proxy in front of a server that is down: for the user that is "offline". A 503
      // with Retry-After is the server's own back-pressure: it is up, only busy.
      const isBusy = response.status === 503 && retryAfterMs !== null;
      const isDown = response.status >= 502 && response.status <= 504 && !isBusy;
      const status = isDown ? 0 : response.status;
      throw new ApiFailure(status, error.code ?? (status === 0 ? 'offline' : 'http'), error, retryAfterMs);
    }
    return json as T;
  }
  return {
    get: (path, options) => send('GET', path, undefined, options),
    post: (path, body, options) => send('POST', path, body ?? {}, options),
  };
}
