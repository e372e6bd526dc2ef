import { useEffect } from 'react';
import type { TijdigDb } from '../../db';
import type { ApiClient } from '../../sync/api-client';
import { startSync, stopSync } from '../../sync/sync-controller';

/** Runs the sync scheduler for as long as `userId` is signed in on this page. */
export function useSyncWhileSignedIn(db: TijdigDb, api: ApiClient | null, userId: string | null): void {
  useEffect(() => {
    if (userId === null || api === null) return;
    startSync(db, api);
    return stopSync;
  }, [db, api, userId]);
}
