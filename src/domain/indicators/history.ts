/**
 * When a patient was on the palliative register, read from the marking history: each marking opens a
 * stretch, unmarking or death closes it. A patient marked before the history existed (only
 * `palliativeSince` on the row) has one stretch from that date.
 */
import type { IsoDate } from '../date-schemas';
import type { MarkingEvent } from '../marking';
import type { IndicatorPatient } from './indicator';

/** A stretch on the register; `end` is the day of unmarking, death or leaving the practice, or null. */
export interface RegisterStretch {
  start: IsoDate;
  end: IsoDate | null;
}

/** The live events of each patient, in the order they happened. */
export function eventsByPatient(events: readonly MarkingEvent[]): Map<string, MarkingEvent[]> {
  const byPatient = new Map<string, MarkingEvent[]>();
  for (const event of events) {
    if (event.deletedAt !== null) continue;
    const list = byPatient.get(event.patientId) ?? [];
    list.push(event);
    byPatient.set(event.patientId, list);
  }
  for (const list of byPatient.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
  }
  return byPatient;
}

/** The day a patient stopped being the practice's: death, moving away or deregistering. */
function leftOn(patient: IndicatorPatient): IsoDate | null {
  if (patient.deathDate !== null) return patient.deathDate;
  if (patient.status === 'moved' || patient.status === 'deregistered') return patient.statusSince;
  return null;
}

/** The stretches a patient spent on the register, oldest first. */
export function registerStretches(
  patient: IndicatorPatient,
  events: readonly MarkingEvent[] = [],
): RegisterStretch[] {
  const left = leftOn(patient);
  if (events.length === 0) {
    return patient.palliativeSince === null ? [] : [{ start: patient.palliativeSince, end: left }];
  }
  const stretches: RegisterStretch[] = [];
  let start: IsoDate | null = null;
  for (const event of events) {
    if (event.kind === 'palliative' && start === null) start = event.date;
    if ((event.kind === 'unmark' || event.kind === 'death') && start !== null) {
      stretches.push({ start, end: event.date });
      start = null;
    }
  }
  if (start !== null) stretches.push({ start, end: left });
  return stretches;
}

/** The date of the marking that was in force on `date`, or null when the patient was not marked then. */
export function markedSinceOn(stretches: readonly RegisterStretch[], date: IsoDate): IsoDate | null {
  const stretch = stretches.find((s) => s.start <= date && (s.end === null || s.end >= date));
  return stretch?.start ?? null;
}

/** Whether the patient was on the register on any day of the range. */
export function wasOnRegisterDuring(
  stretches: readonly RegisterStretch[],
  range: { from: IsoDate; to: IsoDate },
): boolean {
  return stretches.some((s) => s.start <= range.to && (s.end === null || s.end >= range.from));
}
