import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../providers/DatabaseProvider';
import { getCarePlanForHandover, getPatient } from '../../db';
import type { CarePlan, Patient } from '../../domain';

export type HandoverData =
  | { kind: 'loading' }
  | { kind: 'noPatient' }
  | { kind: 'noPlan'; patient: Patient }
  | { kind: 'ready'; patient: Patient; plan: CarePlan };

/** The patient and their care plan for the handover sheet, kept current while the page is open. */
export function useHandover(patientId: string | undefined): HandoverData {
  const db = useDatabase();
  const data = useLiveQuery(async (): Promise<HandoverData> => {
    const patient = patientId ? await getPatient(db, patientId) : undefined;
    if (!patient) return { kind: 'noPatient' };
    const plan = await getCarePlanForHandover(db, patient.id);
    return plan ? { kind: 'ready', patient, plan } : { kind: 'noPlan', patient };
  }, [db, patientId]);
  return data ?? { kind: 'loading' };
}
