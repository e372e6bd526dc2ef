/**
 * One BSN names one patient within a practice: a new patient, or a BSN change, whose BSN already belongs
 * to another patient of the practice that is not deleted is refused as `duplicateBsn` (devices only see
 * their own copy, so two devices could each register the same person offline).
 *
 * Cost: a part of the push's statement of reads, an index lookup per BSN its patient mutations carry
 * (migration 009); the rest is answered from that read and the push's own batch, which holds every
 * patient the push changes, so two new patients with one BSN in the same push clash too, and a BSN freed
 * earlier in the push is free.
 * A BSN is special personal data: it is never logged nor put in an error message or audit target.
 */
import type { Mutation, RejectionReason } from '../../../src/domain';
import { jsonRows, sql, type Sql } from '../store/sql';
import type { RecordBatch, StoredRecord } from './records';

type Row = Record<string, unknown>;

const bsnOf = (data: Row | undefined): string | null =>
  typeof data?.bsn === 'string' && data.bsn !== '' ? data.bsn : null;

const isPatientPut = (mutation: Mutation): boolean => mutation.entity === 'patient' && mutation.op === 'put';

/** The BSNs of a push's patient puts, each once. */
const bsnsOf = (mutations: readonly Mutation[]): string[] => [
  ...new Set(
    mutations
      .filter(isPatientPut)
      .map((m) => bsnOf(m.changed))
      .filter((bsn) => bsn !== null),
  ),
];

/**
 * The stored, not deleted patients of the practice holding one of `bsns`: one descent of migration 009's
 * partial index per BSN, whatever the table's statistics say. Written as `data->>'bsn' = ANY($2)`, a
 * planner with statistics from when the practice was small searched the index by practice alone and
 * checked every patient's BSN: 4-6 ms per push at 900 patients on PostgreSQL, growing with the register.
 * The lateral subquery (kept apart by OFFSET 0) can only run per BSN, with practice and BSN as the keys.
 */
export const bsnHoldersQuery = (practiceId: string, bsns: readonly string[]): Sql => sql`
  SELECT held.record_id, wanted.bsn
    FROM unnest(${bsns}::text[]) AS wanted(bsn)
   CROSS JOIN LATERAL (
     SELECT record_id FROM records
      WHERE practice_id = ${practiceId} AND entity = 'patient' AND NOT is_deleted AND data->>'bsn' = wanted.bsn
     OFFSET 0
   ) AS held`;

/** A stored patient holding one of the BSNs asked for. */
export interface BsnHolder {
  record_id: string;
  bsn: string;
}

/**
 * The SELECT of the stored holders of every BSN the push's patient puts carry, as one JSON array of
 * BsnHolder, for the push's statement of reads to carry (see BsnOwners.of).
 */
export function bsnHoldersJsonQuery(practiceId: string, mutations: readonly Mutation[]): Sql {
  const bsns = bsnsOf(mutations);
  return jsonRows(bsns.length === 0 ? null : bsnHoldersQuery(practiceId, bsns));
}

/** Who holds the BSNs a push names: the stored owners, read once, and the push's own patients. */
export class BsnOwners {
  private constructor(
    /** Per BSN the ids of the stored, not deleted patients that held it when the push began. */
    private readonly stored: ReadonlyMap<string, readonly string[]>,
    /** Every patient the push changes: the batch has its copy as the push left it so far. */
    private readonly pushed: ReadonlySet<string>,
  ) {}

  /**
   * The owners for the push's `mutations` (those it applies now), from the holders bsnHoldersJsonQuery
   * read for them or for more.
   */
  static of(holders: readonly BsnHolder[], mutations: readonly Mutation[]): BsnOwners {
    const stored = new Map<string, string[]>();
    for (const { record_id, bsn } of holders) stored.set(bsn, [...(stored.get(bsn) ?? []), record_id]);
    // Deletions count too: a patient deleted earlier in the push no longer holds its BSN.
    const pushed = mutations.filter((m) => m.entity === 'patient').map((m) => m.recordId);
    return new BsnOwners(stored, new Set(pushed));
  }

  /** Does a patient other than `recordId` hold `bsn` now (as this push has left it so far)? */
  isHeldByAnother(bsn: string, recordId: string, batch: RecordBatch): boolean {
    const holds = (copy: StoredRecord | undefined) =>
      copy !== undefined && !copy.isDeleted && bsnOf(copy.data) === bsn;
    const others = new Set([...(this.stored.get(bsn) ?? []), ...this.pushed]);
    others.delete(recordId);
    for (const other of others) {
      // A patient this push changes counts as the push left it; any other as it was stored.
      const isHeld = this.pushed.has(other) ? holds(batch.find('patient', other)) : true;
      if (isHeld) return true;
    }
    return false;
  }
}

/**
 * Why a patient change (leaving the patient as `row`, stored before as `before`) is refused, or null.
 * Only a new patient or a changed BSN is checked: a patient that already shared its BSN before this
 * rule existed can still be edited, and the duplicate is for people to resolve.
 */
export function bsnRefusal(
  owners: BsnOwners,
  batch: RecordBatch,
  mutation: Mutation,
  row: Row,
  before: Row | undefined,
): RejectionReason | null {
  if (!isPatientPut(mutation)) return null;
  const bsn = bsnOf(row);
  if (bsn === null || (before !== undefined && bsnOf(before) === bsn)) return null;
  return owners.isHeldByAnother(bsn, mutation.recordId, batch) ? 'duplicateBsn' : null;
}
