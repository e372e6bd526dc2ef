/**
 * What the quality indicators (Overzicht) read: the marking history, care plans, the MDO records and the
 * patients they concern. Only live records (no tombstones); patients are read by index and by the ids the
 * other records name, so a large register of unmarked living patients is never read whole. Rows are not
 * re-validated (they were checked when written), like the register.
 */
import type { IndicatorData, Patient, PatientId } from '../domain';
import type { TijdigDb } from './database';

/** The indicators' input, with the full patient rows so the page can name the patients behind a figure. */
export interface IndicatorSource extends IndicatorData {
  patients: Patient[];
}

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === null);

/** Loads everything the indicators need, in one read transaction so the figures agree with each other. */
export function loadIndicatorData(db: TijdigDb): Promise<IndicatorSource> {
  const tables = [
    db.patients,
    db.markingEvents,
    db.carePlans,
    db.meetings,
    db.agendaItems,
    db.specialistInvitations,
    db.mdoActions,
  ];
  return db.transaction('r', tables, async () => {
    const [markingEvents, carePlans, meetings, agendaItems, invitations, actions] = await Promise.all([
      db.markingEvents.toArray().then(live),
      db.carePlans.toArray().then(live),
      db.meetings.toArray().then(live),
      db.agendaItems.toArray().then(live),
      db.specialistInvitations.toArray().then(live),
      db.mdoActions.toArray().then(live),
    ]);
    const deceased = await db.patients.where('status').equals('deceased').primaryKeys();
    const marked = await db.patients.where('palliativeSince').aboveOrEqual('').primaryKeys();
    const named = [
      ...markingEvents.map((event) => event.patientId),
      ...carePlans.map((plan) => plan.patientId),
      ...agendaItems.map((item) => item.patientId),
      ...actions.map((action) => action.patientId),
    ].filter((id) => id !== null);
    const ids = [...new Set<string>([...deceased, ...marked, ...named])];
    const rows = await db.patients.bulkGet(ids as PatientId[]);
    const patients = live(rows.filter((row) => row !== undefined));
    return { patients, markingEvents, carePlans, meetings, agendaItems, invitations, actions };
  });
}
