/**
 * One sync round: push the outbox (oldest first, in batches), then pull until up to date (pulled records
 * that fail their schema are kept aside, see src/db/pulled-pages.ts), then upload queued audit events.
 * Only one tab syncs at a time (Web Locks); network never happens inside a database transaction. Any
 * failure leaves the outbox untouched, so the next round simply retries.
 */
import {
  acknowledgeMutations,
  currentDataKey,
  getCheckpoint,
  getClientId,
  pendingMutations,
  preparePulledChanges,
  queuedAccesses,
  readPendingEdits,
  removeQueuedAccesses,
  restoreServerCopies,
  retryQuarantinedRecords,
  storePulledChanges,
  versionOfChange,
  type PreparedPull,
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
/**
 * Records stored per transaction while a pull catches up (a first sync: thousands). Every commit makes the
 * register and other open lists read and decrypt their whole tables again; a transaction per page (some 135
 * care plans under the server's byte budget) made a first sync of 3,000 records re-read them 15 times.
 */
const RECORDS_PER_STORE = 1000;
/**
 * Pull pages asked for ahead of storing (a page holds at most PULL_PAGE records and the server's 256 KiB
 * byte budget): more than one transaction's worth, so the next one's pages come in while one is stored.
 */
const PAGES_AHEAD = 12;

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

/** A pull page asked for ahead of storing: prepared (rebased and sealed) as soon as it comes in. */
interface PageAhead {
  /** The page as the server sent it (null after the last); the next page is asked for from its checkpoint. */
  answer: Promise<PullResponse | null>;
  /** The same page ready to store. */
  prepared: Promise<PreparedPull | null>;
}

/**
 * Pages of one transaction, from the front of `queue`: while they hold fewer than RECORDS_PER_STORE
 * records and more follow, the next page is awaited too, as long as it can share the transaction (not a
 * snapshot, which starts by emptying the tables, and of the same protocol version). A page that fails ends
 * the batch before it: the pages before are stored, and the failure ends the round at the next batch.
 * `onTaken` is told of each page taken, so more can be asked for and the progress shown.
 */
async function takeBatch(queue: PageAhead[], onTaken: (page: PullResponse) => void): Promise<PreparedPull[]> {
  const first = await queue.shift()?.prepared;
  if (!first) return [];
  onTaken(first.response);
  const batch = [first];
  let records = first.response.changes.length;
  for (let entry = queue[0]; entry && records < RECORDS_PER_STORE; entry = queue[0]) {
    if (!batch.at(-1)?.response.hasMore) break;
    const next = await entry.prepared.catch(() => null);
    if (next === null || next.response.isSnapshot) break;
    if (next.response.schemaVersion !== first.response.schemaVersion) break;
    queue.shift();
    onTaken(next.response);
    batch.push(next);
    records += next.response.changes.length;
  }
  return batch;
}

/**
 * Pulls page after page from the checkpoint. Up to PAGES_AHEAD pages are asked for ahead, and each is
 * rebased and sealed as it comes in, while earlier ones are stored, so the network, sealing and storing
 * overlap. Pages are stored together, RECORDS_PER_STORE records or what is left in one transaction with the
 * checkpoint of the last: every commit makes the open lists (the register) read their tables again, so a
 * first sync of thousands of records commits a few times, not once per page. A round that breaks off
 * resumes after the last stored page; pages asked for ahead and not yet stored are dropped. While more pages
 * follow, the status says how many records came in of how many; a round resuming where the last one broke
 * off continues that count from the last stored page.
 */
async function pullChanges(db: TijdigDb, api: ApiClient): Promise<void> {
  const since = await getCheckpoint(db);
  const started = syncStatusStore.getState().progress;
  let stored =
    started !== null && started.checkpoint === since ? (started.receivedAtCheckpoint ?? started.received) : 0;
  let received = stored;
  let checkpoint = since;
  // The edits each page is rebased on as it comes in: the outbox as last read, so preparing a page never
  // waits for the transaction storing an earlier one (which holds the outbox). Edits saved since are
  // caught at the write.
  let edits = await readPendingEdits(db);
  const pageFrom = (from: number) =>
    api.get<PullResponse>(`/api/sync/pull?since=${from}&limit=${PULL_PAGE}&schemaVersion=${SCHEMA_VERSION}`);
  let previous: Promise<unknown> = Promise.resolve();
  const ahead = (answer: Promise<PullResponse | null>): PageAhead => {
    // One page prepared at a time, in order: pages that came in together would otherwise seal side by side,
    // their chunks piling up in the same tasks.
    const prepared = Promise.all([answer, previous.catch(() => undefined)]).then(
      ([page]) => page && preparePulledChanges(db, page, edits),
    );
    previous = prepared;
    // A failure is awaited only later (or never, when the round ends first): not an unhandled rejection.
    prepared.catch(() => undefined);
    return { answer, prepared };
  };
  let last = ahead(pageFrom(since));
  const queue: PageAhead[] = [last];
  let asked = 1;
  const askAhead = () => {
    while (queue.length < PAGES_AHEAD && asked < MAX_PAGES_PER_ROUND) {
      last = ahead(last.answer.then((page) => (page?.hasMore ? pageFrom(page.next) : null)));
      queue.push(last);
      asked += 1;
    }
  };
  const showProgress = (page: PullResponse) => {
    askAhead();
    received += page.changes.length;
    // A server older than `remaining` says only that there is more.
    if (page.hasMore) {
      syncStatusStore.setState({
        progress:
          page.remaining === undefined
            ? null
            : { received, total: received + page.remaining, checkpoint, receivedAtCheckpoint: stored },
      });
    }
  };
  for (;;) {
    askAhead();
    const batch = await takeBatch(queue, showProgress);
    const final = batch.at(-1)?.response;
    if (!final) return;
    edits = await storePulledChanges(db, batch);
    if (!final.hasMore) {
      syncStatusStore.setState({ progress: null });
      return;
    }
    stored = received;
    checkpoint = final.next;
    const progress = syncStatusStore.getState().progress;
    if (progress)
      syncStatusStore.setState({ progress: { ...progress, checkpoint, receivedAtCheckpoint: stored } });
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

/**
 * The databases whose quarantined records (pulled records that failed their schema) were read again since
 * this app started: once per start is enough, as only an app update changes what this device can read.
 */
const retriedQuarantine = new WeakSet<TijdigDb>();

async function retryQuarantineOncePerStart(db: TijdigDb): Promise<void> {
  if (retriedQuarantine.has(db)) return;
  await retryQuarantinedRecords(db);
  retriedQuarantine.add(db);
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
    await retryQuarantineOncePerStart(db);
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
