/**
 * What a specialist PZ's account may pull and push: exactly what their open invitations allow, cut down to
 * the specialist view, and nothing else of the practice. Also that the POH's MDO records (actions, the
 * specialist directory) still sync between the practice's own devices.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  agendaItemSchema,
  carePlanSchema,
  INVITATION_DAYS_AFTER_MEETING,
  invitationValidUntil,
  isoDateOf,
  meetingSchema,
  mdoActionSchema,
  patientSchema,
  specialistInvitationSchema,
  specialistSchema,
  surpriseQuestionV1,
  type OnBehalfOf,
  type PullResponse,
  type SyncChange,
} from '../../src/domain';
import { completePlan } from '../../src/domain/care-plan/care-plan.fixtures';
import { onBehalfTarget, planOnBehalfOf } from './on-behalf';
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
import { AT, Device, patientData, uniqueBsn } from './mutations';

const idsOf = (changes: readonly SyncChange[]) => changes.map((change) => change.recordId).sort();
const entitiesOf = (changes: readonly SyncChange[]) => [...new Set(changes.map((c) => c.entity))].sort();

const SPECIALIST_EMAIL = 'specialist@pzteam.nl';
const OTHER_SPECIALIST_EMAIL = 'consulent@pact.nl';

/** A regional checklist card (a synced definition): its id and version make the record id. */
const regionalCard = { ...surpriseQuestionV1, id: 'regio-surprise', title: 'Surprise question (regio)' };
const REGIONAL_CARD_ID = `${regionalCard.id}@${String(regionalCard.version)}`;

describe.each(DATABASES)('what a specialist PZ sees on %s', (kind) => {
  let server: TestServer;
  /** The POH's tablet and the POH's desk PC: one account, two devices. */
  let poh: Device;
  let pohDesk: Device;
  let specialist: TestClient;
  let specialistUserId: string;
  let gp: OnBehalfOf;
  let otherSpecialistUserId: string;
  /** The practice's directory entries of the two specialists. */
  const directory = { mine: randomUUID(), other: randomUUID() };

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const beheerder = await setUpPractice(server);
    // The beheerder is the practice's huisarts: the POH records medical decisions namens them.
    gp = await onBehalfTarget(beheerder);
    const pohMember = await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl');
    poh = new Device(pohMember.client);
    pohDesk = new Device(await signIn(server, 'poh@delinde.nl'));
    const invited = await inviteMember(server, beheerder, 'specialist-pz', SPECIALIST_EMAIL);
    specialist = invited.client;
    specialistUserId = invited.session.user.id;
    const other = await inviteMember(server, beheerder, 'specialist-pz', OTHER_SPECIALIST_EMAIL);
    otherSpecialistUserId = other.session.user.id;
    const entry = (id: string, name: string, userId: string) =>
      specialistSchema.parse({
        id,
        name,
        organisation: 'Netwerk Palliatieve Zorg',
        team: 'consultatieteam',
        phone: '030-1234567',
        email: '',
        userId,
        createdAt: AT,
        deletedAt: null,
      });
    const reply = await poh.push([
      poh.mutation(
        'specialist',
        directory.mine,
        entry(directory.mine, 'M. Consulent', specialistUserId),
        null,
      ),
      poh.mutation(
        'specialist',
        directory.other,
        entry(directory.other, 'P. Anders', otherSpecialistUserId),
        null,
      ),
      poh.mutation('checklistDefinition', REGIONAL_CARD_ID, regionalCard, null),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });
  afterAll(() => server.close());

  /**
   * Moves past the end of every open invitation (14 days after its meeting, which planMeeting puts 3 days
   * ahead); everyone's session idled out, so they sign in again.
   */
  async function letInvitationsEnd() {
    advanceClock(server, { days: 3 + INVITATION_DAYS_AFTER_MEETING + 1 });
    specialist = await signIn(server, SPECIALIST_EMAIL);
    poh = new Device(await signIn(server, 'poh@delinde.nl'));
    pohDesk = new Device(await signIn(server, 'poh@delinde.nl'));
  }

  /** A device may send any window; the server derives its own from the meeting. */
  const validUntil = () => '2099-12-31T23:59:59.000Z';
  /** Meetings are planned three days ahead of the server's clock, which tests move forward. */
  const meetingDate = () => addDays(isoDateOf(server.clock.now, 'UTC'), 3);

  /**
   * The POH plans a meeting with three patients on the agenda, each with a checklist result and a care
   * plan, an action on the second item and a marking event, and invites the specialist to the second item
   * or to the whole meeting. A colleague is invited to the second item too. Payloads pass the shared
   * schemas, as the app makes them.
   */
  async function planMeeting(invitedTo: 'secondItem' | 'wholeMeeting') {
    const ids = {
      patients: [randomUUID(), randomUUID(), randomUUID()] as const,
      items: [randomUUID(), randomUUID(), randomUUID()] as const,
      results: [randomUUID(), randomUUID(), randomUUID()] as const,
      version: randomUUID(),
      meeting: randomUUID(),
      marking: randomUUID(),
      action: randomUUID(),
      invitation: randomUUID(),
      colleaguesInvitation: randomUUID(),
      /** The BSNs of the first two patients (the third has none): a practice holds each BSN once. */
      bsns: [uniqueBsn(), uniqueBsn()] as const,
    };
    const meeting = meetingSchema.parse({
      id: ids.meeting,
      date: meetingDate(),
      startTime: '12:30',
      endTime: '13:30',
      location: 'Vergaderkamer',
      bottlenecks: ['Geen hospicebed vrij voor mevrouw V.'],
      trainingNeeds: ['Palliatieve sedatie'],
      status: 'planned',
      createdAt: AT,
      deletedAt: null,
    });
    const item = (index: 0 | 1 | 2) =>
      agendaItemSchema.parse({
        id: ids.items[index],
        meetingId: ids.meeting,
        patientId: ids.patients[index],
        question: `Vraag bij punt ${String(index + 1)}`,
        position: index,
        createdAt: AT,
        deletedAt: null,
      });
    const result = (index: 0 | 1 | 2) => ({
      id: ids.results[index],
      patientId: ids.patients[index],
      definitionId: index === 1 ? regionalCard.id : surpriseQuestionV1.id,
      definitionVersion: 1,
      answers: { surprised: 'nee' },
      observedOn: '2026-11-20',
      author: { name: 'Wordt overschreven', role: 'huisarts' },
      recordedAt: AT,
      deletedAt: null,
    });
    const plan = (index: 0 | 1 | 2) =>
      carePlanSchema.parse(
        planOnBehalfOf(
          completePlan({
            id: ids.patients[index] as never,
            patientId: ids.patients[index] as never,
          }),
          gp,
        ),
      );
    const invitation = (id: string, userId: string, specialistId: string, agendaItemId: string | null) =>
      specialistInvitationSchema.parse({
        id,
        meetingId: ids.meeting,
        agendaItemId,
        specialistId,
        specialistUserId: userId,
        status: 'invited',
        validUntil: validUntil(),
        createdAt: AT,
        deletedAt: null,
      });
    const names = [
      { bsn: ids.bsns[0] },
      { givenName: 'Pieter', familyName: 'Smit', bsn: ids.bsns[1] },
      { givenName: 'Klaas', familyName: 'Bos', bsn: null },
    ];
    const reply = await poh.push([
      ...ids.patients.map((id, index) => poh.mutation('patient', id, patientData(names[index]), null)),
      poh.mutation('meeting', ids.meeting, meeting, null),
      ...([0, 1, 2] as const).flatMap((index) => [
        poh.mutation('agendaItem', ids.items[index], item(index), null),
        poh.mutation('checklistResult', ids.results[index], result(index), null),
        poh.mutation('carePlan', ids.patients[index], plan(index), null),
      ]),
      poh.mutation(
        'carePlanVersion',
        ids.version,
        {
          carePlanId: ids.patients[1],
          patientId: ids.patients[1],
          plan: plan(1),
          author: { name: 'x', role: 'poh' },
          savedAt: AT,
        },
        null,
      ),
      poh.mutation(
        'markingEvent',
        ids.marking,
        {
          patientId: ids.patients[1],
          kind: 'colour',
          colour: 'red',
          date: '2026-11-20',
          author: { name: 'Wordt overschreven', role: 'huisarts' },
          recordedAt: AT,
          onBehalfOf: gp,
          deletedAt: null,
        },
        null,
      ),
      poh.mutation(
        'mdoAction',
        ids.action,
        mdoActionSchema.parse({
          id: ids.action,
          what: 'Morfinepomp regelen',
          owner: 'Fatima (wijkverpleegkundige)',
          dueDate: '2026-12-01',
          status: 'open',
          doneOn: null,
          meetingId: ids.meeting,
          agendaItemId: ids.items[1],
          patientId: ids.patients[1],
          createdAt: AT,
          deletedAt: null,
        }),
        null,
      ),
      poh.mutation(
        'specialistInvitation',
        ids.invitation,
        invitation(
          ids.invitation,
          specialistUserId,
          directory.mine,
          invitedTo === 'secondItem' ? ids.items[1] : null,
        ),
        null,
      ),
      poh.mutation(
        'specialistInvitation',
        ids.colleaguesInvitation,
        invitation(ids.colleaguesInvitation, otherSpecialistUserId, directory.other, ids.items[1]),
        null,
      ),
    ]);
    expect(reply.body.results.filter((r) => r.status !== 'applied')).toEqual([]);
    return ids;
  }

  /** Withdraws every invitation the specialist still has, so each test starts from a clean slate. */
  async function withdrawAll() {
    const own = (await poh.pullAll()).body.changes.filter(
      (c) =>
        c.entity === 'specialistInvitation' &&
        !c.isDeleted &&
        (c.data.specialistUserId === specialistUserId || c.data.specialistUserId === otherSpecialistUserId),
    );
    if (own.length === 0) return;
    const reply = await poh.push(
      own.map((c) => poh.mutation(c.entity, c.recordId, { deletedAt: AT }, c.rev, 'delete')),
    );
    expect(reply.body.results.every((r) => r.status === 'applied')).toBe(true);
  }

  const pullAs = async (client: TestClient): Promise<PullResponse> => {
    const reply = await new Device(client).pull();
    expect(reply.status).toBe(200);
    return reply.body;
  };

  it('invited to one item of three: pulls exactly that item, its patient, results and plan, and nothing else', async () => {
    await withdrawAll();
    const ids = await planMeeting('secondItem');
    const pulled = await pullAs(specialist);
    expect(pulled.isSnapshot).toBe(true);
    expect(idsOf(pulled.changes)).toEqual(
      [
        ids.invitation,
        ids.meeting,
        ids.items[1],
        ids.patients[1],
        ids.results[1],
        ids.patients[1], // the care plan has its patient's id
        REGIONAL_CARD_ID,
      ].sort(),
    );
    expect(entitiesOf(pulled.changes)).toEqual(
      [
        'agendaItem',
        'carePlan',
        'checklistDefinition',
        'checklistResult',
        'meeting',
        'patient',
        'specialistInvitation',
      ].sort(),
    );

    const patient = pulled.changes.find((c) => c.entity === 'patient')?.data;
    expect(patient).toMatchObject({
      givenName: 'P.',
      familyName: 'S.',
      namePrefix: '',
      bsn: null,
      contactName: '',
      contactPhone: '',
      homeCareOrganisation: '',
      birthDate: '1941-05-02',
      diagnosisText: 'COPD GOLD IV',
    });
    expect(patientSchema.safeParse(patient).success).toBe(true);

    const plan = pulled.changes.find((c) => c.entity === 'carePlan')?.data;
    expect(plan).toMatchObject({
      limitReanimatie: { decision: 'niet' },
      treatmentGoal: { goal: 'symptoomgericht' },
      preferredPlaceOfDeath: { place: 'thuis' },
      acpConversations: [
        { date: '2026-10-02', participants: [] },
        { date: '2026-11-20', participants: [] },
      ],
      contacts: [],
      euthanasia: { position: null, dateDiscussed: null, comment: '' },
      wishes: { text: '', dateDiscussed: null },
    });
    // Emptied, not dropped: the device stores it as a valid plan.
    expect(carePlanSchema.safeParse(plan).success).toBe(true);

    const text = JSON.stringify(pulled);
    for (const secret of [...ids.bsns, 'Smit', 'Els de Vries', 'Kees', 'Morfinepomp']) {
      expect(text).not.toContain(secret);
    }
  });

  it('invited to the whole meeting: pulls all its items and their patients, still no actions or directory', async () => {
    await withdrawAll();
    const ids = await planMeeting('wholeMeeting');
    const pulled = await pullAs(specialist);
    const seen = idsOf(pulled.changes);
    expect(seen).toEqual(
      expect.arrayContaining([...ids.items, ...ids.patients, ...ids.results, ids.meeting]),
    );
    expect(pulled.changes.filter((c) => c.entity === 'carePlan')).toHaveLength(3);
    for (const hidden of [
      ids.action,
      ids.marking,
      ids.version,
      ids.colleaguesInvitation,
      ...Object.values(directory),
    ]) {
      expect(seen).not.toContain(hidden);
    }
    expect(pulled.changes.every((c) => c.entity !== 'patient' || c.data.bsn === null)).toBe(true);
    // The team's knelpunten and onderwijsbehoeften are for the regional network, not for a guest.
    expect(pulled.changes.find((c) => c.entity === 'meeting')?.data).toMatchObject({
      location: 'Vergaderkamer',
      bottlenecks: [],
      trainingNeeds: [],
    });
  });

  it('declined: keeps the invitation and its meeting, but no items or patients', async () => {
    await withdrawAll();
    const ids = await planMeeting('wholeMeeting');
    const device = new Device(specialist);
    const declined = await device.push([
      device.mutation('specialistInvitation', ids.invitation, { status: 'declined' }, 1),
    ]);
    expect(declined.body.results[0]).toMatchObject({ status: 'applied' });
    const pulled = await pullAs(specialist);
    expect(idsOf(pulled.changes)).toEqual([ids.invitation, ids.meeting].sort());
  });

  it('reads only records in scope one by one; everything else answers 404 like a missing record', async () => {
    await withdrawAll();
    const ids = await planMeeting('secondItem');
    const invited = await specialist.get<SyncChange>(`/api/records/patient/${ids.patients[1]}`);
    expect(invited.status).toBe(200);
    expect(invited.body.data).toMatchObject({ bsn: null, givenName: 'P.' });
    const plan = await specialist.get<SyncChange>(`/api/records/carePlan/${ids.patients[1]}`);
    expect(plan.body.data).toMatchObject({ contacts: [], limitReanimatie: { decision: 'niet' } });
    const missing = await specialist.get(`/api/records/patient/${randomUUID()}`);
    for (const path of [
      `patient/${ids.patients[0]}`,
      `agendaItem/${ids.items[0]}`,
      `carePlan/${ids.patients[2]}`,
      `mdoAction/${ids.action}`,
      `markingEvent/${ids.marking}`,
      `carePlanVersion/${ids.version}`,
      `specialist/${directory.mine}`,
      `specialistInvitation/${ids.colleaguesInvitation}`,
    ]) {
      const reply = await specialist.get(`/api/records/${path}`);
      expect([path, reply.status]).toEqual([path, 404]);
      expect(reply.body).toEqual(missing.body);
    }
  });

  it("may answer their own invitation, but not someone else's, and change nothing else", async () => {
    await withdrawAll();
    const ids = await planMeeting('secondItem');
    const device = new Device(specialist);
    const refused = await device.push([
      device.mutation('agendaItem', ids.items[1], { question: 'Andere vraag' }, 1),
      device.mutation('agendaItem', randomUUID(), { question: 'Nieuw punt' }, null),
      device.mutation('mdoAction', ids.action, { status: 'done', doneOn: '2026-11-23' }, 1),
      device.mutation('meeting', ids.meeting, { location: 'Elders' }, 1),
      device.mutation('specialist', directory.mine, { phone: '06-99999999' }, 1),
      device.mutation('carePlan', ids.patients[1], { mantelzorgSummary: 'Anders' }, 1),
      device.mutation('patient', ids.patients[1], { diagnosisText: 'Anders' }, 1),
      device.mutation('patient', randomUUID(), patientData(), null),
      device.mutation('specialistInvitation', ids.colleaguesInvitation, { status: 'accepted' }, 1),
      device.mutation(
        'specialistInvitation',
        ids.invitation,
        { status: 'accepted', validUntil: '2027-12-31T00:00:00.000Z' },
        1,
      ),
      device.mutation('specialistInvitation', ids.invitation, { agendaItemId: null }, 1),
      device.mutation('specialistInvitation', ids.invitation, { deletedAt: AT }, 1, 'delete'),
    ]);
    expect(refused.body.results.map((r) => r.status === 'rejected' && r.reason)).toEqual(
      Array.from({ length: 12 }, () => 'forbidden'),
    );

    const accept = await device.push([
      device.mutation('specialistInvitation', ids.invitation, { status: 'accepted' }, 1),
    ]);
    expect(accept.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });

    const seenByPractice = (await pohDesk.pullAll()).body.changes;
    const byId = (id: string, entity: string) =>
      seenByPractice.findLast((c) => c.recordId === id && c.entity === entity)?.data;
    expect(byId(ids.invitation, 'specialistInvitation')).toMatchObject({
      status: 'accepted',
      validUntil: invitationValidUntil(meetingDate()),
      agendaItemId: ids.items[1],
    });
    expect(byId(ids.colleaguesInvitation, 'specialistInvitation')).toMatchObject({ status: 'invited' });
    expect(byId(ids.items[1], 'agendaItem')).toMatchObject({ question: 'Vraag bij punt 2' });
    expect(byId(ids.action, 'mdoAction')).toMatchObject({ status: 'open' });
  });

  it('cannot answer an invitation that has ended', async () => {
    await withdrawAll();
    const ids = await planMeeting('secondItem');
    await letInvitationsEnd();
    const device = new Device(specialist);
    const reply = await device.push([
      device.mutation('specialistInvitation', ids.invitation, { status: 'accepted' }, 1),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it('after the invitation ends, the next pull is a snapshot without any of it', async () => {
    await withdrawAll();
    await planMeeting('wholeMeeting');
    expect((await pullAs(specialist)).changes.some((c) => c.entity === 'patient')).toBe(true);
    await letInvitationsEnd();
    const pulled = await pullAs(specialist);
    expect(pulled).toMatchObject({ isSnapshot: true, changes: [] });
  });

  it('keeps the window the server derived from the meeting, whatever validUntil a device sends', async () => {
    await withdrawAll();
    const ids = await planMeeting('wholeMeeting');
    // The practice's own device tries to stretch the window; the field is the server's, so nothing changes.
    const stretch = await poh.push([
      poh.mutation('specialistInvitation', ids.invitation, { validUntil: '2099-01-01T00:00:00.000Z' }, 1),
    ]);
    expect(stretch.body.results[0]).toMatchObject({ status: 'applied' });
    const seen = (await pohDesk.pullAll()).body.changes.findLast((c) => c.recordId === ids.invitation);
    expect(seen?.data.validUntil).toBe(invitationValidUntil(meetingDate()));
    await letInvitationsEnd();
    expect(await pullAs(specialist)).toMatchObject({ isSnapshot: true, changes: [] });
  });

  it('ends the window with the meeting moved into the past, and shows no patient of a cancelled meeting', async () => {
    await withdrawAll();
    const ids = await planMeeting('wholeMeeting');
    const cancel = await poh.push([
      poh.mutation('meeting', ids.meeting, { status: 'cancelled', cancelReason: 'Ziekte' }, 1),
    ]);
    expect(cancel.body.results[0]).toMatchObject({ status: 'applied' });
    const afterCancel = (await pullAs(specialist)).changes;
    expect(afterCancel.map((c) => c.entity).sort()).toEqual(['meeting', 'specialistInvitation']);
    expect(afterCancel.find((c) => c.entity === 'meeting')?.data).toMatchObject({ status: 'cancelled' });

    const past = addDays(isoDateOf(server.clock.now, 'UTC'), -(INVITATION_DAYS_AFTER_MEETING + 1));
    const moved = await poh.push([poh.mutation('meeting', ids.meeting, { date: past }, 2)]);
    expect(moved.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await pullAs(specialist)).toMatchObject({ isSnapshot: true, changes: [] });
  });

  it('refuses an invitation to a meeting the practice does not have', async () => {
    const device = new Device(await signIn(server, 'poh@delinde.nl'));
    const reply = await device.push([
      device.mutation(
        'specialistInvitation',
        randomUUID(),
        {
          meetingId: randomUUID(),
          agendaItemId: null,
          specialistId: null,
          specialistUserId,
          status: 'invited',
          validUntil: validUntil(),
          createdAt: AT,
          deletedAt: null,
        },
        null,
      ),
    ]);
    expect(reply.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
      issues: [{ path: 'meetingId', code: 'invitation.meetingUnknown' }],
    });
  });

  it('after the invitation is withdrawn, the next pull is a snapshot without any of it', async () => {
    await withdrawAll();
    const ids = await planMeeting('secondItem');
    expect(idsOf((await pullAs(specialist)).changes)).toContain(ids.patients[1]);
    await withdrawAll();
    const pulled = await pullAs(specialist);
    expect(pulled).toMatchObject({ isSnapshot: true, changes: [] });
  });

  it("never sees another practice's meeting, even when its invitation names the specialist's account", async () => {
    await withdrawAll();
    const elsewhere = await addPracticeDirectly(server, {
      practiceName: 'Gezondheidscentrum Oost',
      email: 'poh@oost.nl',
      role: 'poh',
    });
    const device = new Device(elsewhere.client);
    const meetingId = randomUUID();
    const patientId = randomUUID();
    const reply = await device.push([
      device.mutation('patient', patientId, patientData({ familyName: 'Oosterhuis' }), null),
      device.mutation(
        'meeting',
        meetingId,
        {
          date: '2026-12-01',
          startTime: '12:00',
          endTime: '13:00',
          location: 'Oost',
          status: 'planned',
          createdAt: AT,
          deletedAt: null,
        },
        null,
      ),
      device.mutation(
        'agendaItem',
        randomUUID(),
        { meetingId, patientId, question: 'Oost', position: 0, createdAt: AT, deletedAt: null },
        null,
      ),
      device.mutation(
        'specialistInvitation',
        randomUUID(),
        {
          meetingId,
          agendaItemId: null,
          specialistId: null,
          specialistUserId,
          status: 'accepted',
          validUntil: validUntil(),
          createdAt: AT,
          deletedAt: null,
        },
        null,
      ),
    ]);
    expect(reply.body.results.every((r) => r.status === 'applied')).toBe(true);
    expect((await pullAs(specialist)).changes).toEqual([]);
  });

  it("syncs the POH's actions and specialist directory between the practice's own devices", async () => {
    const ids = await planMeeting('secondItem');
    const onDesk = (await pohDesk.pullAll()).body.changes;
    expect(onDesk.find((c) => c.recordId === ids.action)?.data).toMatchObject({
      what: 'Morfinepomp regelen',
      status: 'open',
    });
    expect(onDesk.find((c) => c.recordId === directory.mine)?.data).toMatchObject({
      name: 'M. Consulent',
      userId: specialistUserId,
    });

    const done = await pohDesk.push([
      pohDesk.mutation('mdoAction', ids.action, { status: 'done', doneOn: '2026-11-23' }, 1),
      pohDesk.mutation('specialist', directory.other, { phone: '06-11223344' }, 1),
    ]);
    expect(done.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const onTablet = (await poh.pullAll()).body.changes;
    expect(onTablet.findLast((c) => c.recordId === ids.action)?.data).toMatchObject({
      status: 'done',
      doneOn: '2026-11-23',
    });
    expect(onTablet.findLast((c) => c.recordId === directory.other)?.data).toMatchObject({
      phone: '06-11223344',
    });
    expect(
      onTablet.some(
        (c) => c.entity === 'specialistInvitation' && c.data.specialistUserId === specialistUserId,
      ),
    ).toBe(true);
  });
});
