/** What every route module receives: the store, the settings and the clock (injectable for tests). */
import type { ServerConfig } from './config';
import type { Db } from './store/db';

export interface ServerContext {
  db: Db;
  config: ServerConfig;
  now: () => Date;
}
