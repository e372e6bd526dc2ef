/**
 * One sync round: push the outbox (oldest first, in batches), then pull until up to date, then upload
 * queued audit events. Only one tab syncs at a time (Web Locks); network never happens inside a
 * database transaction. Any failure leaves the outbox untouched, so the next round simply retries.
 */
import {
  acknowledgeMutations,
  applyPulledChanges,
  currentDataKey,
  getCheckpoint,
  getClientId,
  pendingMutations,
  queuedAccesses,
  removeQueuedAccesses,
  restoreServerCopies,
  versionOfChange,
  type TijdigDb,
} from '../db';
import {
  MAX_PUSH_MUTATIONS,
  SCHEMA_VERSION,
  type Mutation,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SyncChange,
} from '../domain';
import { ApiFailure, type ApiClient } from './api-client';
import { Backoff } from './backoff';
import { syncStatusStore, type SyncPhase } from './sync-status';

const PULL_PAGE = 500;
/** Bounds one round, so a server that keeps answering "more" can never spin the device forever. */
const MAX_PAGES_PER_ROUND = 200;
const AUDIT_BATCH = 200;

async function pushOutbox(db: TijdigDb, api: ApiClient, now: () => Date): Promise<void> {
  const clientId = await getClientId(db);
  for (let page = 0; page < MAX_PAGES_PER_ROUND; page += 1) {
    const mutations = await pendingMutations(db, MAX_PUSH_MUTATIONS);
    const [first] = mutations;
    if (first === undefined) return;
    const body: PushRequest = {
      clientId,
      // The shape the changes were made in: changes an older app version queued are migrated by the server.
      schemaVersion: versionOfChange(first),
      mutations: mutations.map(({ rejection: _rejection, schemaVersion: _version, ...mutation }) => mutation),
    };
    const response = await api.post<PushResponse>('/api/sync/push', body);
    await acknowledgeMutations(db, response.results, now());
    await restoreRefusedRecords(db, api, mutations, response);
  }
}

/**
 * Where the server refused a change, or kept another device's value in a conflict, this device still
 * shows its own value. Fetch the server's copy of those records so every device shows the same; the
 * refused change itself stays listed in the outbox.
 */
async function restoreRefusedRecords(
  db: TijdigDb,
  api: ApiClient,
  sent: readonly Mutation[],
  response: PushResponse,
): Promise<void> {
  const refusedIds = new Set(
    response.results.filter((result) => result.status !== 'applied').map((result) => result.mutationId),
  );
  const records = new Map<string, Mutation>();
  for (const mutation of sent) {
    if (refusedIds.has(mutation.mutationId)) records.set(`${mutation.entity}:${mutation.recordId}`, mutation);
  }
  const copies = [];
  for (const { entity, recordId } of records.values()) {
    try {
      const change = await api.get<SyncChange>(`/api/records/${entity}/${encodeURIComponent(recordId)}`);
      copies.push({ entity, recordId, change });
    } catch (error) {
      if (!(error instanceof ApiFailure) || error.status !== 404) throw error;
      copies.push({ entity, recordId, change: null });
    }
  }
  await restoreServerCopies(db, copies);
}

/**
 * Pulls page after page from the checkpoint. The checkpoint moves with each stored page (in the same
 * transaction), so a round that breaks off resumes after the last stored page. The next page is asked for
 * while this one is stored (network and storing overlap); it is used only once this one is stored, and a
 * round that breaks off drops it. While more pages follow, the status says how many records came in of
 * how many; a round resuming where the last one broke off continues that count.
 */
async function pullChanges(db: TijdigDb, api: ApiClient): Promise<void> {
  const since = await getCheckpoint(db);
  const started = syncStatusStore.getState().progress;
  let received = started !== null && started.checkpoint === since ? started.received : 0;
  const pageFrom = (checkpoint: number) =>
    api.get<PullResponse>(
      `/api/sync/pull?since=${checkpoint}&limit=${PULL_PAGE}&schemaVersion=${SCHEMA_VERSION}`,
    );
  let next = pageFrom(since);
  for (let page = 0; page < MAX_PAGES_PER_ROUND; page += 1) {
    const response = await next;
    if (response.hasMore && page + 1 < MAX_PAGES_PER_ROUND) {
      next = pageFrom(response.next);
      // Awaited on the next turn; if storing this page fails first, the round ends and this answer is dropped.
      next.catch(() => undefined);
    }
    await applyPulledChanges(db, response);
    if (!response.hasMore) {
      syncStatusStore.setState({ progress: null });
      return;
    }
    received += response.changes.length;
    // A server older than `remaining` says only that there is more.
    syncStatusStore.setState({
      progress:
        response.remaining === undefined
          ? null
          : { received, total: received + response.remaining, checkpoint: response.next },
    });
  }
}

async function uploadAudit(db: TijdigDb, api: ApiClient): Promise<void> {
  const clientId = await getClientId(db);
  for (let page = 0; page < MAX_PAGES_PER_ROUND; page += 1) {
    const events = await queuedAccesses(db, AUDIT_BATCH);
    if (events.length === 0) return;
    await api.post('/api/audit/events', { clientId, events });
    await removeQueuedAccesses(
      db,
      events.map((e) => e.id),
    );
  }
}

function phaseOf(error: unknown): SyncPhase {
  if (!(error instanceof ApiFailure)) return 'error';
  if (error.isOffline) return 'offline';
  if (error.status === 401) return 'signedOut';
  if (error.status === 426) return 'tooOld';
  if (error.isServerBusy) return 'serverBusy';
  return 'error';
}

/** The page's backoff: shared by every round, reset when the server answers again. */
const pageBackoff = new Backoff();

/** Push, pull, upload audit; returns the phase it ended in. Never throws. */
export async function syncOnce(
  db: TijdigDb,
  api: ApiClient,
  now: () => Date = () => new Date(),
  backoff: Backoff = pageBackoff,
): Promise<SyncPhase> {
  // Locked: the outbox cannot be read nor pulled records sealed without the data key. Skip the round and
  // leave the status as it was; the first round after the unlock catches up.
  if (!currentDataKey()) return syncStatusStore.getState().phase;
  syncStatusStore.setState({ phase: 'syncing', retryAt: null });
  try {
    await pushOutbox(db, api, now);
    await pullChanges(db, api);
    await uploadAudit(db, api);
    backoff.reset();
    syncStatusStore.setState({ phase: 'idle', lastSyncedAt: now().toISOString(), errorCode: null });
    return 'idle';
  } catch (error) {
    const phase = phaseOf(error);
    // A busy server: the outbox is untouched (acknowledged only on an answer); the scheduler tries again at retryAt.
    const retryAt =
      phase === 'serverBusy' && error instanceof ApiFailure
        ? new Date(now().getTime() + backoff.next(error.retryAfterMs)).toISOString()
        : null;
    syncStatusStore.setState({
      phase,
      errorCode: error instanceof ApiFailure ? error.code : 'unknown',
      retryAt,
    });
    return phase;
  }
}

/**
 * Runs a sync round unless another tab of this app is already syncing (then that tab's round covers
 * this device's shared database too). Without Web Locks (old browsers, tests) it simply runs.
 */
export async function syncExclusively(db: TijdigDb, api: ApiClient): Promise<SyncPhase | 'busy'> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return syncOnce(db, api);
  return locks.request('tijdig-sync', { ifAvailable: true }, async (lock) =>
    lock ? syncOnce(db, api) : 'busy',
  );
}
