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
/** Pull pages asked for ahead of storing (a page holds at most PULL_PAGE records and the server's byte budget). */
const PAGES_AHEAD = 4;

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

/** A pull page asked for ahead of storing: settled tells, without awaiting, whether it has come in. */
interface PageAhead {
  answer: Promise<PullResponse | null>;
  settled: { page: PullResponse | null } | 'failed' | null;
}

function track(answer: Promise<PullResponse | null>): PageAhead {
  const entry: PageAhead = { answer, settled: null };
  // Also keeps a failure that is only awaited later (or never, when the round ends first) from going unhandled.
  answer.then(
    (page) => (entry.settled = { page }),
    () => (entry.settled = 'failed'),
  );
  return entry;
}

/**
 * The pages that came in while the previous ones were stored, from the front of `queue`: the first one
 * awaited, then every one already in that can share its transaction (not a snapshot, which starts by
 * emptying the tables, and of the same protocol version).
 */
async function takeArrived(queue: PageAhead[]): Promise<PullResponse[]> {
  const first = await queue.shift()?.answer;
  if (!first) return [];
  const batch = [first];
  for (let entry = queue[0]; entry?.settled; entry = queue[0]) {
    const page = entry.settled === 'failed' ? null : entry.settled.page;
    if (page === null || page.isSnapshot || page.schemaVersion !== first.schemaVersion) break;
    batch.push(page);
    queue.shift();
  }
  return batch;
}

/**
 * Pulls page after page from the checkpoint. Up to PAGES_AHEAD pages are asked for ahead while earlier
 * ones are stored, so the network and storing overlap; the pages that came in meanwhile are stored
 * together, in one transaction with the checkpoint of the last, so a slow device stores (and its open
 * lists re-read) less often. A round that breaks off resumes after the last stored page; pages asked for
 * ahead and not yet stored are dropped. While more pages follow, the status says how many records came in
 * of how many; a round resuming where the last one broke off continues that count.
 */
async function pullChanges(db: TijdigDb, api: ApiClient): Promise<void> {
  const since = await getCheckpoint(db);
  const started = syncStatusStore.getState().progress;
  let received = started !== null && started.checkpoint === since ? started.received : 0;
  const pageFrom = (checkpoint: number) =>
    api.get<PullResponse>(
      `/api/sync/pull?since=${checkpoint}&limit=${PULL_PAGE}&schemaVersion=${SCHEMA_VERSION}`,
    );
  let last = track(pageFrom(since));
  const queue: PageAhead[] = [last];
  let asked = 1;
  for (;;) {
    while (queue.length < PAGES_AHEAD && asked < MAX_PAGES_PER_ROUND) {
      last = track(last.answer.then((page) => (page?.hasMore ? pageFrom(page.next) : null)));
      queue.push(last);
      asked += 1;
    }
    const batch = await takeArrived(queue);
    const [first] = batch;
    const final = batch.at(-1);
    if (!first || !final) return;
    await applyPulledChanges(db, {
      ...final,
      isSnapshot: first.isSnapshot,
      changes: batch.flatMap((page) => page.changes),
    });
    if (!final.hasMore) {
      syncStatusStore.setState({ progress: null });
      return;
    }
    received += batch.reduce((sum, page) => sum + page.changes.length, 0);
    // A server older than `remaining` says only that there is more.
    syncStatusStore.setState({
      progress:
        final.remaining === undefined
          ? null
          : { received, total: received + final.remaining, checkpoint: final.next },
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
