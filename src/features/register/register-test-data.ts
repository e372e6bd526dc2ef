/** Checklist results for the register's hook tests: a signal, and a "no" on the surprise question. */
import { recordChecklistResult, type TijdigDb } from '../../db';
import {
  isoDateOf,
  signallingCardV1,
  surpriseQuestionV1,
  type Author,
  type ChecklistDefinition,
  type PatientId,
} from '../../domain';

const NURSE: Author = { name: 'Fatima Amrani', role: 'wijkverpleegkundige' };

async function record(
  db: TijdigDb,
  patientId: PatientId,
  definition: ChecklistDefinition,
  answers: Record<string, string | boolean>,
) {
  const now = new Date();
  const result = await recordChecklistResult(
    db,
    { patientId, definition, answers, observedOn: isoDateOf(now), author: NURSE },
    now,
  );
  if (!result.ok) throw new Error(`checklist refused: ${JSON.stringify(result.error)}`);
}

/** A signalling card with a fall: a new signal. */
export const recordSignal = (db: TijdigDb, patientId: PatientId) =>
  record(db, patientId, signallingCardV1, { falls: true });

/** "Nee, niet verbaasd" on the surprise question: a marking conversation is suggested. */
export const recordSurpriseNo = (db: TijdigDb, patientId: PatientId) =>
  record(db, patientId, surpriseQuestionV1, { surprised: 'nee' });
