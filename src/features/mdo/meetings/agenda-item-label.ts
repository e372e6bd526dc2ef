import type { TFunction } from 'i18next';
import type { AgendaEntry } from '../../../db';
import { fullName } from '../../../domain';

/** The patient's name or the topic of an agenda item. */
export function agendaItemTitle(t: TFunction, entry: AgendaEntry): string {
  const { item, patient } = entry;
  if (item.patientId === null) return item.topic;
  return patient ? fullName(patient) : t('mdoMeetings.agenda.unknownPatient');
}

/** `Agendapunt 2: Jan de Vries` (or the topic), for choosing the item an invitation is for. */
export function agendaItemLabel(t: TFunction, entry: AgendaEntry, index: number): string {
  return t('mdoMeetings.agenda.itemLabel', { number: index + 1, title: agendaItemTitle(t, entry) });
}
