/**
 * The app's only door to the server. Sends JSON with the anti-forgery header, same-origin cookies only,
 * and turns every failure into an ApiFailure the UI can explain: offline, signed out, too old, refused.
 */
import type { ApiError } from '../domain';
import { parseRetryAfter } from './backoff';

export const CSRF_HEADER = 'x-tijdig-request';

/** Why a request failed. `offline` covers no network and an unreachable server alike. */
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
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
}

/** An API client on `fetch` (the browser's, or a test's that talks to the server in-process). */
export function createApiClient(
  fetchImpl: Fetch = (input, init) => fetch(input, init),
  baseUrl = '',
): ApiClient {
  async function send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(baseUrl + path, {
        method,
        credentials: 'same-origin',
        // No Accept header (the server answers JSON on every /api route): a GET then matches the preload of
        // /api/auth/session in index.html, which Chromium reuses only when the headers are the same.
        headers: {
          ...(method === 'POST' ? { [CSRF_HEADER]: '1' } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new ApiFailure(0, 'offline');
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
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
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body ?? {}),
  };
}
