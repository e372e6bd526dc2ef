/**
 * A copy of an empty PGlite data directory, so each test database starts from it instead of running
 * initdb (about 6 s of a busy test machine's time against under 1 s; a full run opens some 80 of them).
 * Made once per PGlite version (support/cached-pglite-copy.ts).
 */
import { PGlite } from '@electric-sql/pglite';
import { cachedPgliteCopy, pgliteVersion } from './cached-pglite-copy';

export const emptyPglite = cachedPgliteCopy(
  async () => `tijdig-empty-pglite-${await pgliteVersion()}.tar`,
  () => PGlite.create(),
);
