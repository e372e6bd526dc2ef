/** What every route module receives: the store, the settings and the clock (injectable for tests). */
import type { HashGate } from './auth/hash-gate';
import type { ServerConfig } from './config';
import type { WindowCounter } from './http/window-counter';
import type { Db } from './store/db';

export interface ServerContext {
  db: Db;
  config: ServerConfig;
  now: () => Date;
}

/** The context buildApp hands to the routes: the above plus what the app shares between them. */
export interface AppContext extends ServerContext {
  /** The one bound on password hashing for every route that hashes (setup, login, invitations). */
  hashGate: HashGate;
  /** Fixed-window counters every server process shares (rate limits, upload budgets). */
  windowCounter: WindowCounter;
}
