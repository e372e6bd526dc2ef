import type { AgendaItem, Patient } from '../../../domain';

/**
 * What an agenda item asks of the meeting: a general topic gets decisions and actions only; a patient who
 * died gets the nabespreking instead of a review date and colour; any other patient the full outcome.
 */
export type ItemKind = 'topic' | 'deceased' | 'patient';

export function itemKindOf(
  item: Pick<AgendaItem, 'patientId' | 'reasons'>,
  patient: Pick<Patient, 'status'> | null,
): ItemKind {
  if (item.patientId === null) return 'topic';
  if (item.reasons.includes('diedSinceLastMeeting') || patient?.status === 'deceased') return 'deceased';
  return 'patient';
}
