/**
 * A practice's year 2026 for the overview tests, written through the app's own repositories (patients,
 * markings, care plans, meetings with attendance, agenda items with a nabespreking, a specialist
 * invitation, actions). The expected figures are worked out by hand in OverviewPage.test.tsx.
 */
import {
  addAgendaItems,
  createMdoAction,
  createMeeting,
  createPatient,
  inviteSpecialist,
  recordMarking,
  saveCarePlan,
  saveSpecialist,
  setMdoActionDone,
  updateAgendaItem,
  updateMeeting,
  type TijdigDb,
  type WriteResult,
} from '../../db';
import { emptyCarePlanFields, type Author, type CarePlanFields, type MemberRole } from '../../domain';
import { patientFields } from '../../test/factories';

const GP: Author = { name: 'H. Bakker', role: 'huisarts' };
const on = (date: string) => new Date(`${date}T10:00:00.000Z`);

function valueOf<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`seeding failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const NAMES = {
  anna: 'Anna Bakker',
  bert: 'Bert Claassen',
  cor: 'Cor Dekker',
  dina: 'Dina Evers',
  eva: 'Eva Fransen',
  frits: 'Frits Gerritsen',
} as const;

async function patient(db: TijdigDb, name: string) {
  const [givenName = '', familyName = ''] = name.split(' ');
  return valueOf(
    await createPatient(db, patientFields({ givenName, namePrefix: '', familyName }), on('2026-01-05')),
  );
}

async function mark(db: TijdigDb, patientId: string, date: string, change: object) {
  valueOf(await recordMarking(db, { patientId, date, change, author: GP }, on(date)));
}

const palliative = {
  kind: 'palliative',
  markedBy: GP.name,
  basis: 'surpriseQuestion',
  isConversationHeld: false,
  conversationDate: null,
  colour: 'yellow',
};
const death = (place: string, wasPreferredPlace: string, extra: object = {}) => ({
  kind: 'death',
  place,
  wasPreferredPlace,
  isConfirmedUnmarked: false,
  ...extra,
});

async function plan(db: TijdigDb, patientId: string, date: string, fields: Partial<CarePlanFields>) {
  valueOf(await saveCarePlan(db, patientId, { ...emptyCarePlanFields(), ...fields }, GP, on(date)));
}

async function meeting(db: TijdigDb, date: string, present: MemberRole[] | null) {
  const roles: MemberRole[] = ['huisarts', 'wijkverpleegkundige', 'specialist-pz'];
  const members = roles.map((role) => ({ id: crypto.randomUUID(), name: `Lid ${role}`, role }));
  const created = valueOf(
    await createMeeting(
      db,
      { date, startTime: '12:00', endTime: '13:30', location: 'Praktijk', members },
      on('2026-01-02'),
    ),
  );
  if (present !== null) {
    const presentMemberIds = members.filter((m) => present.includes(m.role)).map((m) => m.id);
    valueOf(await updateMeeting(db, created.id, { presentMemberIds }, on(date)));
  }
  return created;
}

/** Stores the year and answers the patients' ids by first name. */
export async function seedOverviewYear(db: TijdigDb) {
  const anna = await patient(db, NAMES.anna);
  const bert = await patient(db, NAMES.bert);
  const cor = await patient(db, NAMES.cor);
  const dina = await patient(db, NAMES.dina);
  const eva = await patient(db, NAMES.eva);
  const frits = await patient(db, NAMES.frits);

  // Anna: marked 02-02, PZP talk and "thuis" recorded, died at home as she wished on 10-06 (128 days).
  await mark(db, anna.id, '2026-02-02', palliative);
  await plan(db, anna.id, '2026-03-01', {
    acpConversations: [{ date: '2026-03-01' as never, participants: ['Anna', 'dochter'] }],
    preferredPlaceOfDeath: { place: 'thuis', otherText: '', dateDiscussed: '2026-03-01' as never },
  });
  await mark(db, anna.id, '2026-06-10', death('home', 'yes'));
  // Bert: never marked, not a sudden death, place wish unknown.
  await mark(
    db,
    bert.id,
    '2026-08-15',
    death('hospital', 'unknown', { isConfirmedUnmarked: true, isSudden: false }),
  );
  // Cor: never marked, suddenness not recorded, did not die where he wished.
  await mark(db, cor.id, '2026-09-01', death('home', 'no', { isConfirmedUnmarked: true }));
  // Dina: marked 04-05, alive, preferred place "onbekend", no PZP talk.
  await mark(db, dina.id, '2026-05-04', palliative);
  await plan(db, dina.id, '2026-05-10', {
    preferredPlaceOfDeath: { place: 'onbekend', otherText: '', dateDiscussed: null },
  });
  // Frits: marked 01-07, hospice wished, died in the hospice on 31-07 (30 days); derived from the plan.
  await mark(db, frits.id, '2026-07-01', palliative);
  await plan(db, frits.id, '2026-07-02', {
    preferredPlaceOfDeath: { place: 'hospice', otherText: '', dateDiscussed: null },
  });
  await mark(db, frits.id, '2026-07-31', death('hospice', 'unknown'));

  // Four MDOs: two with the full team, one without the district nurse, one without attendance.
  await meeting(db, '2026-03-02', ['huisarts', 'wijkverpleegkundige', 'specialist-pz']);
  const june = await meeting(db, '2026-06-01', ['huisarts', 'wijkverpleegkundige', 'specialist-pz']);
  const october = await meeting(db, '2026-10-05', ['huisarts', 'specialist-pz']);
  await meeting(db, '2026-11-02', null);

  const [annaItem, dinaItem] = valueOf(
    await addAgendaItems(db, june.id, [{ patientId: anna.id }, { patientId: dina.id }], on('2026-05-20')),
  );
  for (const item of [annaItem, dinaItem])
    valueOf(await updateAgendaItem(db, item?.id ?? '', { isDiscussed: true }, on('2026-06-01')));
  const specialist = valueOf(
    await saveSpecialist(
      db,
      null,
      { name: 'Dr. S. Pijl', organisation: 'PACT', team: 'pact', phone: '', email: '', userId: null },
      on('2026-05-20'),
    ),
  );
  valueOf(
    await inviteSpecialist(
      db,
      { meetingId: june.id, agendaItemId: dinaItem?.id ?? null, specialistId: specialist.id },
      on('2026-05-20'),
    ),
  );

  const [review] = valueOf(await addAgendaItems(db, october.id, [{ patientId: anna.id }], on('2026-10-01')));
  valueOf(
    await updateAgendaItem(
      db,
      review?.id ?? '',
      {
        isDiscussed: true,
        afterDeathReview: {
          wasMarkedInTime: 'yes',
          diedAtPreferredPlace: 'yes',
          lessons: 'PZP vroeg gestart',
        },
      },
      on('2026-10-05'),
    ),
  );

  // Actions: one overdue for Dina, one general action due next year, one done for Anna.
  const action = (what: string, patientId: string | null, dueDate: string) => ({
    what,
    owner: 'POH',
    dueDate,
    meetingId: june.id,
    agendaItemId: null,
    patientId,
  });
  valueOf(await createMdoAction(db, action('Mantelzorger bellen', dina.id, '2026-07-01'), on('2026-06-01')));
  valueOf(await createMdoAction(db, action('Scholing plannen', null, '2027-03-01'), on('2026-10-05')));
  const done = valueOf(
    await createMdoAction(db, action('Spoedkit regelen', anna.id, '2026-06-15'), on('2026-06-01')),
  );
  valueOf(await setMdoActionDone(db, done.id, true, on('2026-06-10')));

  return { anna, bert, cor, dina, eva, frits };
}
