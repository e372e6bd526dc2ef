import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  meetingSchema,
  patientSchema,
  specialistInvitationSchema,
  type SyncChange,
} from '../../src/domain';
import {
  addPracticeDirectly,
  advanceClock,
  DATABASES,
  inviteMember,
  setUpPractice,
  signIn,
  startTestServer,
  type TestClient,
  type TestServer,
} from './harness';
import { AT, Device, patientData } from './mutations';

const markingEventData = (patientId: string) => ({
  patientId,
  kind: 'colour',
  colour: 'red',
  date: '2026-11-20',
  author: { name: 'Wordt overschreven', role: 'huisarts' },
  recordedAt: AT,
  deletedAt: null,
});

const idsOf = (changes: SyncChange[]) => changes.map((change) => change.recordId);

describe.each(DATABASES)('access between practices on %s', (kind) => {
  let server: TestServer;
  let practiceOne: TestClient;
  let practiceTwo: { client: TestClient; practiceId: string; userId: string };
  /** Practice 1's patient, with its BSN. */
  const patientId = randomUUID();

  beforeAll(async () => {
    server = await startTestServer(kind);
    practiceOne = await setUpPractice(server);
    const device = new Device(practiceOne);
    const pushed = await device.push([device.mutation('patient', patientId, patientData(), null)]);
    expect(pushed.body.results[0]?.status).toBe('applied');
    practiceTwo = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'huisarts@oost.nl',
      role: 'huisarts',
    });
  });
  afterAll(() => server.close());

  it("never pulls another practice's records", async () => {
    const device = new Device(practiceTwo.client);
    const own = randomUUID();
    await device.push([device.mutation('patient', own, patientData({ familyName: 'Oosterhuis' }), null)]);
    const pulled = await device.pull();
    expect(pulled.status).toBe(200);
    expect(idsOf(pulled.body.changes)).toEqual([own]);
  });

  it("answers 404 for another practice's record exactly as for an id that does not exist", async () => {
    const strange = await practiceTwo.client.get(`/api/records/patient/${patientId}`);
    const missing = await practiceTwo.client.get(`/api/records/patient/${randomUUID()}`);
    expect(strange.status).toBe(404);
    expect(strange.body).toEqual(missing.body);
    expect(strange.headers['content-type']).toEqual(missing.headers['content-type']);
    // The id is real: its own practice reads it.
    expect((await practiceOne.get(`/api/records/patient/${patientId}`)).status).toBe(200);
  });

  it("keeps a record with the same id in each practice apart, and never changes the other's copy", async () => {
    const device = new Device(practiceTwo.client);
    const created = await device.push([
      device.mutation('patient', patientId, patientData({ familyName: 'Dubbel', bsn: null }), null),
    ]);
    // Revision 1: practice 2 starts its own record, it does not see practice 1's.
    expect(created.body.results[0]).toMatchObject({ status: 'applied', rev: 1 });
    const edit = await device.push([device.mutation('patient', patientId, { treatingGp: 'Dr. Oost' }, 1)]);
    expect(edit.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });
    const remove = await device.push([
      device.mutation('patient', patientId, { deletedAt: '2026-11-23T10:00:00.000Z' }, 2, 'delete'),
    ]);
    expect(remove.body.results[0]).toMatchObject({ status: 'applied' });

    const original = await practiceOne.get<SyncChange>(`/api/records/patient/${patientId}`);
    expect(original.body).toMatchObject({
      rev: 1,
      isDeleted: false,
      data: { familyName: 'Berg', treatingGp: 'Dr. P. de Vries', bsn: '111222333' },
    });
    const rows = await server.db.query<{ practice_id: string }>(
      'SELECT practice_id FROM records WHERE record_id = $1 ORDER BY practice_id',
      [patientId],
    );
    expect(rows).toHaveLength(2);
  });

  it('takes practice and author from the session, whatever the payload claims', async () => {
    const [practiceOneRow] = await server.db.query<{ id: string }>(
      'SELECT id FROM practices WHERE id <> $1',
      [practiceTwo.practiceId],
    );
    const claims = { practiceId: practiceOneRow?.id, practice_id: practiceOneRow?.id, role: 'beheerder' };
    const device = new Device(practiceTwo.client);
    const patient = randomUUID();
    const event = randomUUID();
    const reply = await device.push([
      device.mutation('patient', patient, patientData({ ...claims }), null),
      device.mutation(
        'markingEvent',
        event,
        { ...markingEventData(patient), ...claims, author: { name: 'Anna Beheer', role: 'beheerder' } },
        null,
      ),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    const stored = await server.db.query<{ practice_id: string; data: Record<string, unknown> }>(
      'SELECT practice_id, data FROM records WHERE record_id = ANY($1::text[])',
      [[patient, event]],
    );
    expect(stored).toHaveLength(2);
    for (const row of stored) {
      expect(row.practice_id).toBe(practiceTwo.practiceId);
      expect(row.data).not.toHaveProperty('practiceId');
      expect(row.data).not.toHaveProperty('practice_id');
      expect(row.data).not.toHaveProperty('role');
    }
    expect(stored.find((row) => row.data.id === event)?.data.author).toEqual({
      name: 'Medewerker Gezondheidscentrum Oost',
      role: 'huisarts',
    });
    const seenByPracticeOne = idsOf((await new Device(practiceOne).pull()).body.changes);
    expect(seenByPracticeOne).not.toContain(patient);
    expect(seenByPracticeOne).not.toContain(event);
  });
});

describe.each(DATABASES)('what a specialist PZ sees on %s', (kind) => {
  let server: TestServer;
  let practice: Device;
  let specialist: TestClient;
  let specialistUserId: string;
  const SPECIALIST_EMAIL = 'specialist@pzteam.nl';

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const beheerder = await setUpPractice(server);
    practice = new Device(beheerder);
    const invited = await inviteMember(server, beheerder, 'specialist-pz', SPECIALIST_EMAIL);
    specialist = invited.client;
    specialistUserId = invited.session.user.id;
  });
  afterAll(() => server.close());

  const validUntil = () => new Date(server.clock.now.getTime() + 2 * 86_400_000).toISOString();

  /**
   * The practice plans a meeting with two patients on the agenda and invites the specialist, to one item
   * or to the whole meeting. Payloads are checked against the shared schemas, as the app would make them.
   */
  async function planMeeting(invitedTo: 'firstItem' | 'wholeMeeting') {
    const ids = {
      p1: randomUUID(),
      p2: randomUUID(),
      meeting: randomUUID(),
      i1: randomUUID(),
      i2: randomUUID(),
      marking: randomUUID(),
      invitation: randomUUID(),
    };
    const meeting = meetingSchema.parse({
      id: ids.meeting,
      date: '2026-11-26',
      startTime: '12:30',
      endTime: '13:30',
      location: 'Vergaderkamer',
      status: 'planned',
      createdAt: AT,
      deletedAt: null,
    });
    const item = (id: string, patientId: string, position: number) =>
      agendaItemSchema.parse({
        id,
        meetingId: ids.meeting,
        patientId,
        question: 'Pijnbeleid bespreken',
        position,
        createdAt: AT,
        deletedAt: null,
      });
    const invitation = specialistInvitationSchema.parse({
      id: ids.invitation,
      meetingId: ids.meeting,
      agendaItemId: invitedTo === 'firstItem' ? ids.i1 : null,
      specialistUserId,
      status: 'invited',
      validUntil: validUntil(),
      createdAt: AT,
      deletedAt: null,
    });
    const reply = await practice.push([
      practice.mutation('patient', ids.p1, patientData(), null),
      practice.mutation('patient', ids.p2, patientData({ givenName: 'Pieter', familyName: 'Smit' }), null),
      practice.mutation('meeting', ids.meeting, meeting, null),
      practice.mutation('agendaItem', ids.i1, item(ids.i1, ids.p1, 0), null),
      practice.mutation('agendaItem', ids.i2, item(ids.i2, ids.p2, 1), null),
      practice.mutation('markingEvent', ids.marking, markingEventData(ids.p1), null),
      practice.mutation('specialistInvitation', ids.invitation, invitation, null),
    ]);
    expect(reply.body.results.every((r) => r.status === 'applied')).toBe(true);
    return ids;
  }

  const pullAs = async (client: TestClient) => {
    const reply = await new Device(client).pull();
    expect(reply.status).toBe(200);
    return reply.body;
  };

  it('gets a snapshot of only the invited item, its patient without identifying details, the meeting and the invitation', async () => {
    const ids = await planMeeting('firstItem');
    const pulled = await pullAs(specialist);
    expect(pulled.isSnapshot).toBe(true);
    const seen = idsOf(pulled.changes);
    expect(seen).toEqual(expect.arrayContaining([ids.p1, ids.i1, ids.meeting, ids.invitation]));
    for (const hidden of [ids.p2, ids.i2, ids.marking]) expect(seen).not.toContain(hidden);
    expect(pulled.changes.some((c) => c.entity === 'markingEvent')).toBe(false);

    const patient = pulled.changes.find((c) => c.recordId === ids.p1)?.data;
    expect(patient).toMatchObject({
      bsn: null,
      givenName: 'J.',
      familyName: 'B.',
      namePrefix: '',
      contactName: '',
      contactRelation: '',
      contactPhone: '',
      homeCareOrganisation: '',
      birthDate: '1941-05-02',
      diagnosisText: 'COPD GOLD IV',
    });
    // Emptied, not dropped: the device can store it as a valid patient.
    expect(patientSchema.safeParse(patient).success).toBe(true);
    expect(JSON.stringify(pulled)).not.toContain('111222333');
  });

  it('reads only invited patients one by one, and those without BSN', async () => {
    const ids = await planMeeting('firstItem');
    const invitedOne = await specialist.get<SyncChange>(`/api/records/patient/${ids.p1}`);
    expect(invitedOne.status).toBe(200);
    expect(invitedOne.body.data).toMatchObject({ bsn: null, contactPhone: '' });
    const other = await specialist.get(`/api/records/patient/${ids.p2}`);
    const missing = await specialist.get(`/api/records/patient/${randomUUID()}`);
    expect(other.status).toBe(404);
    expect(other.body).toEqual(missing.body);
    expect((await specialist.get(`/api/records/agendaItem/${ids.i2}`)).status).toBe(404);
    expect((await specialist.get(`/api/records/markingEvent/${ids.marking}`)).status).toBe(404);
  });

  it('may not change a patient, but may accept their own invitation', async () => {
    const ids = await planMeeting('firstItem');
    const device = new Device(specialist);
    const patientEdit = await device.push([
      device.mutation('patient', ids.p1, { diagnosisText: 'Anders' }, 1),
    ]);
    expect(patientEdit.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const newPatient = await device.push([device.mutation('patient', randomUUID(), patientData(), null)]);
    expect(newPatient.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const extend = await device.push([
      device.mutation(
        'specialistInvitation',
        ids.invitation,
        { status: 'accepted', validUntil: '2027-12-31T00:00:00.000Z' },
        1,
      ),
    ]);
    expect(extend.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });

    const accept = await device.push([
      device.mutation('specialistInvitation', ids.invitation, { status: 'accepted' }, 1),
    ]);
    expect(accept.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });

    const seenByPractice = (await practice.pull()).body.changes;
    expect(seenByPractice.find((c) => c.recordId === ids.p1)?.data.diagnosisText).toBe('COPD GOLD IV');
    expect(seenByPractice.find((c) => c.recordId === ids.invitation)?.data).toMatchObject({
      status: 'accepted',
      validUntil: validUntil(),
    });
  });

  it('loses the patients of an invitation they declined', async () => {
    const ids = await planMeeting('firstItem');
    const device = new Device(specialist);
    await device.push([device.mutation('specialistInvitation', ids.invitation, { status: 'declined' }, 1)]);
    const seen = idsOf((await pullAs(specialist)).changes);
    expect(seen).toContain(ids.invitation);
    expect(seen).not.toContain(ids.p1);
    expect(seen).not.toContain(ids.i1);
  });

  it('sees every item and patient of a meeting they are invited to as a whole', async () => {
    const ids = await planMeeting('wholeMeeting');
    const pulled = await pullAs(specialist);
    expect(idsOf(pulled.changes)).toEqual(
      expect.arrayContaining([ids.p1, ids.p2, ids.i1, ids.i2, ids.meeting]),
    );
    expect(idsOf(pulled.changes)).not.toContain(ids.marking);
    expect(pulled.changes.find((c) => c.recordId === ids.p2)?.data).toMatchObject({
      givenName: 'P.',
      bsn: null,
    });
  });

  it('has no patient left at the first pull after the invitations end', async () => {
    await planMeeting('wholeMeeting');
    expect((await pullAs(specialist)).changes.some((c) => c.entity === 'patient')).toBe(true);
    advanceClock(server, { days: 2, minutes: 1 });
    // The session idled out over those two days; the specialist signs in again.
    const later = await signIn(server, SPECIALIST_EMAIL);
    const pulled = await pullAs(later);
    expect(pulled.isSnapshot).toBe(true);
    expect(pulled.changes.filter((c) => c.entity === 'patient')).toEqual([]);
    expect(pulled.changes.filter((c) => c.entity === 'agendaItem')).toEqual([]);
  });
});
