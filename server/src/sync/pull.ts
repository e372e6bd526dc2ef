/**
 * A pull: the practice's records changed after the device's checkpoint, in sequence order, tombstones
 * and conflicts included (pull-page.ts). A specialist PZ instead gets a snapshot of exactly what their open
 * invitations allow, so a record whose invitation ended disappears from their device at the next sync.
 */
import {
  hasClinicalRole,
  readableEntities,
  SCHEMA_VERSION,
  SYNC_ENTITIES,
  SYNC_ENTITY_DEFINITIONS,
  type PullResponse,
  type SyncChange,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import type { EncodedPage, PageBuilder } from './page-builder';
import type { PageEncoding } from './page-encoding';
import { buildPage, type PageBounds, type PageRequest } from './pull-page';
import type { StoredRecord } from './records';
import { specialistScope } from './scope';

const toChange = (record: StoredRecord, data = record.data): SyncChange => ({
  entity: record.entity,
  recordId: record.recordId,
  rev: record.rev,
  seq: record.seq,
  isDeleted: record.isDeleted,
  data,
});

/** One part of one patient's record that a pull sent, for the audit log (NEN 7513: what was disclosed). */
export interface Disclosure {
  patientId: string;
  recordPart: string;
}

/** A pull answer: JSON bytes in `encoding`, how many changes they hold, and what they disclosed. */
export interface PullAnswer extends EncodedPage {
  /** Per patient and record part for a specialist; null for the practice's own team (see below). */
  disclosures: Disclosure[] | null;
}

/**
 * The pull answer: a specialist's snapshot, or a page of the practice's changes. A page with changes to
 * read is built and compressed by `pages` (its turn, perhaps another thread) in `encoding` where that is
 * worth it; a pull at head, which is most pulls (every device checks in the background), reads nothing
 * and is answered here at once. It and the snapshot (a few patients) leave compression to @fastify/compress.
 */
export async function pullAnswer(
  db: Queryable,
  pages: PageBuilder,
  actor: Actor,
  bounds: PageBounds,
  now: Date,
  /** The practice's last reserved change number, read with the session (pull-page.ts PageRequest). */
  head: number,
  encoding: PageEncoding,
): Promise<PullAnswer> {
  if (actor.role === 'specialist-pz') {
    const snapshot = await pullSpecialistSnapshot(db, actor, now, head);
    return {
      body: Buffer.from(JSON.stringify(snapshot)),
      count: snapshot.changes.length,
      encoding: 'identity',
      disclosures: disclosuresOf(snapshot.changes),
    };
  }
  const request: PageRequest = {
    ...bounds,
    practiceId: actor.practiceId,
    // An account without a clinical role (a beheerder only) receives only the record kinds the access
    // policy lets it read: no patient data. The kernteam's pull stays the plain query.
    entities: hasClinicalRole(actor.roles) ? null : readableEntities(actor.roles, SYNC_ENTITIES),
    head,
  };
  const page =
    bounds.since < head
      ? await pages.build(request, encoding)
      : { ...(await buildPage(db, request)), encoding: 'identity' as const };
  // The practice's own team: one row per pull, not per patient (their access is the whole practice).
  return { ...page, disclosures: null };
}

/** Each patient's record parts in a snapshot, once each, in the order they first appear. */
function disclosuresOf(changes: readonly SyncChange[]): Disclosure[] {
  const seen = new Map<string, Disclosure>();
  for (const change of changes) {
    const patientId = SYNC_ENTITY_DEFINITIONS[change.entity].patientIdOf(change.data);
    if (patientId === null) continue;
    const key = `${patientId}|${change.entity}`;
    if (!seen.has(key)) seen.set(key, { patientId, recordPart: change.entity });
  }
  return [...seen.values()];
}

async function pullSpecialistSnapshot(
  db: Queryable,
  actor: Actor,
  now: Date,
  currentSeq: number,
): Promise<PullResponse> {
  const records = await specialistScope(db, actor, now);
  const changes: SyncChange[] = [];
  for (const record of records) {
    const view = SYNC_ENTITY_DEFINITIONS[record.entity].specialistView;
    if (view) changes.push(toChange(record, view(record.data)));
  }
  return {
    changes,
    next: currentSeq,
    hasMore: false,
    isSnapshot: true,
    remaining: 0,
    schemaVersion: SCHEMA_VERSION,
  };
}
