/**
 * A store for @fastify/rate-limit that counts in the database (window-counter.ts) instead of the
 * plugin's default, which counts in this process's memory: behind a load balancer every process would
 * allow the full number of sign-in attempts, N processes N times as many. Fixed windows only; the
 * plugin's continueExceeding and exponentialBackoff options are not used by Tijdig and not supported.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { WindowCount, WindowCounter } from './window-counter';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

interface RouteInfo {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** Hands a count to the plugin's callback in the shape it expects. */
function answer(counted: Promise<WindowCount>, callback: Callback): void {
  counted.then(
    ({ hits, msLeft }) => {
      callback(null, { current: hits, ttl: msLeft });
    },
    (error: unknown) => {
      callback(error instanceof Error ? error : new Error(String(error)));
    },
  );
}

/** A store class bound to `counter` (the plugin constructs the store itself, from its options only). */
export function databaseRateLimitStore(counter: WindowCounter): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    /**
     * The plugin passes its options, which a database store does not need. Routes with a limit of their
     * own count apart (`namespace`): the same key on another route is another bucket.
     */
    constructor(
      _options?: unknown,
      private readonly namespace = 'rate-limit',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      answer(counter.hit(`${this.namespace}|${key}`, timeWindow), callback);
    }

    read(key: string, callback: Callback): void {
      answer(counter.peek(`${this.namespace}|${key}`), callback);
    }

    // Typed as the route's options, but the plugin passes its merged limit settings with `routeInfo`.
    child(routeOptions: object): FastifyRateLimitStore {
      const { method, url } = (routeOptions as RouteInfo).routeInfo ?? {};
      return new DatabaseStore(undefined, url === undefined ? this.namespace : `${String(method)} ${url}`);
    }
  }
  return DatabaseStore;
}
