import type { TFunction } from 'i18next';
import type { AgendaRow } from '../../../db';
import { fullName } from '../../../domain';

/** What an item is called on the agenda: the patient's name, or the general topic. */
export function agendaItemTitle({ item, patient }: AgendaRow, t: TFunction): string {
  if (patient) return fullName(patient);
  return item.patientId === null ? item.topic : t('mdoAgenda.unknownPatient');
}
