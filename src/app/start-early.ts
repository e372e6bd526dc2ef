/**
 * The start's first questions to the server, and opening the database, before the app's bundle has
 * arrived: index.html loads this module as an async script of its own (scripts/early-start-script.ts), and
 * main.tsx imports it as well, so it runs once, as soon as either has it.
 *
 * - A returning device asks for its key (start-key.ts) while the database opens, not after.
 * - A device that remembers no session asks the server about it (session-at-start.ts; index.html preloads
 *   the answer), and a new device has its key made as soon as the session is confirmed.
 *
 * On slow 4G the app's bundle arrives about 1.5 s after the page; asked from the bundle, a new device's key
 * came back about 0.6 s after that (load.cold, bench/HISTORY.md). Everything imported here lands in this
 * script's chunk (vite.config.ts, group 'start'), so keep it to the stores, the API client, the database
 * and these start modules: no React, no zod.
 */
import './open-database-early';
import { isoDateOf } from '../domain/dates';
import { fetchStartKeyEarly } from '../features/lock/start-key';
import { createApiClient } from '../sync/api-client';
import { createAuthClient } from '../sync/auth-client';
import { checkSessionAtStart } from './session-at-start';

const auth = createAuthClient(createApiClient());
fetchStartKeyEarly(auth);
checkSessionAtStart(auth);

// The first date formatter loads the browser's date and time-zone data (60-135 ms at 4x CPU): made while the
// start waits for the app's bundle and the server's answers, not in the register's first render. Made once
// the bundle had run, it was often still busy when a new device's key came back (load.cold profile).
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => isoDateOf(new Date()));
