/**
 * Clinical rules the server holds for every device, checked on push after a change passes its schema:
 * after death only the nabespreking, MDO bookkeeping and corrections of the death record remain. New
 * clinical work on a deceased patient (a care plan or its version, a checklist, a marking other than the
 * death itself) is refused as `patientDeceased`; deleting a mistaken record stays possible.
 *
 * Cost: one read by primary key per clinical mutation (none for patients, meetings and the rest). Folding
 * it into the push's one locking read would keep a push of N checklists at a fixed number of statements.
 */
import { SYNC_ENTITY_DEFINITIONS, type Mutation, type RejectionReason } from '../../../src/domain';
import type { Queryable } from '../store/db';
import { readRecord } from './records';

type Row = Record<string, unknown>;

/** Record kinds that are clinical work on a living patient. */
const CLINICAL_WORK = new Set<Mutation['entity']>(['carePlan', 'carePlanVersion', 'checklistResult']);

function isNewClinicalWork(mutation: Mutation, row: Row): boolean {
  if (mutation.op === 'delete') return false;
  if (CLINICAL_WORK.has(mutation.entity)) return true;
  // The death event itself is the death record: correcting it is allowed.
  return mutation.entity === 'markingEvent' && row.kind !== 'death';
}

async function isDeceased(tx: Queryable, practiceId: string, patientId: string): Promise<boolean> {
  const patient = await readRecord(tx, practiceId, 'patient', patientId);
  return patient !== undefined && !patient.isDeleted && patient.data.status === 'deceased';
}

/**
 * Why the change `mutation` makes (leaving the record as `row`) is refused, or null when it may be stored.
 */
export async function clinicalRefusal(
  tx: Queryable,
  practiceId: string,
  mutation: Mutation,
  row: Row,
): Promise<RejectionReason | null> {
  if (!isNewClinicalWork(mutation, row)) return null;
  const patientId = SYNC_ENTITY_DEFINITIONS[mutation.entity].patientIdOf(row);
  return patientId !== null && (await isDeceased(tx, practiceId, patientId)) ? 'patientDeceased' : null;
}
