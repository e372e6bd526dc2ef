/**
 * "Advies specialist PZ": the invited specialist writes advice on their own open invitation; the server
 * stamps who wrote it and when, and nobody else (not another specialist, not the kernteam) may write it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  agendaItemSchema,
  INVITATION_DAYS_AFTER_MEETING,
  isoDateOf,
  meetingSchema,
  specialistInvitationSchema,
} from '../../src/domain';
import {
  advanceClock,
  DATABASES,
  inviteMember,
  setUpPractice,
  signIn,
  startTestServer,
  type TestServer,
} from './harness';
import { AT, Device, patientData } from './mutations';

const SPECIALIST_EMAIL = 'specialist@pzteam.nl';
const ADVICE = 'Start met morfine 5 mg s.c. bij dyspneu; overweeg haloperidol bij misselijkheid.';

describe.each(DATABASES)('the advice of a specialist PZ on %s', (kind) => {
  let server: TestServer;
  let poh: Device;
  let specialist: Device;
  let specialistUserId: string;
  let otherSpecialistUserId: string;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const beheerder = await setUpPractice(server);
    poh = new Device((await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl')).client);
    const invited = await inviteMember(server, beheerder, 'specialist-pz', SPECIALIST_EMAIL);
    specialist = new Device(invited.client);
    specialistUserId = invited.session.user.id;
    const other = await inviteMember(server, beheerder, 'specialist-pz', 'consulent@pact.nl');
    otherSpecialistUserId = other.session.user.id;
  });
  afterAll(() => server.close());

  /** A meeting three days ahead with one item, the specialist and a colleague invited to it. */
  async function planItem(advice = '') {
    const ids = {
      patient: randomUUID(),
      meeting: randomUUID(),
      item: randomUUID(),
      invitation: randomUUID(),
      colleagues: randomUUID(),
    };
    const invitation = (id: string, userId: string) =>
      specialistInvitationSchema.parse({
        id,
        meetingId: ids.meeting,
        agendaItemId: ids.item,
        specialistUserId: userId,
        status: 'invited',
        advice,
        validUntil: AT,
        createdAt: AT,
        deletedAt: null,
      });
    const reply = await poh.push([
      poh.mutation('patient', ids.patient, patientData(), null),
      poh.mutation(
        'meeting',
        ids.meeting,
        meetingSchema.parse({
          id: ids.meeting,
          date: addDays(isoDateOf(server.clock.now, 'UTC'), 3),
          startTime: '12:30',
          endTime: '13:30',
          location: 'Vergaderkamer',
          status: 'planned',
          createdAt: AT,
          deletedAt: null,
        }),
        null,
      ),
      poh.mutation(
        'agendaItem',
        ids.item,
        agendaItemSchema.parse({
          id: ids.item,
          meetingId: ids.meeting,
          patientId: ids.patient,
          question: 'Beleid bij benauwdheid?',
          position: 0,
          createdAt: AT,
          deletedAt: null,
        }),
        null,
      ),
      poh.mutation(
        'specialistInvitation',
        ids.invitation,
        invitation(ids.invitation, specialistUserId),
        null,
      ),
      poh.mutation(
        'specialistInvitation',
        ids.colleagues,
        invitation(ids.colleagues, otherSpecialistUserId),
        null,
      ),
    ]);
    expect(reply.status).toBe(200);
    return { ids, statuses: reply.body.results.map((r) => r.status) };
  }

  const invitationSeenByPoh = async (id: string) =>
    (await poh.pull()).body.changes.findLast((c) => c.recordId === id)?.data;

  it('stores the advice with the specialist as author and the server time, whatever the device sent', async () => {
    const { ids } = await planItem();
    const forged = { name: 'Dr. Huisarts', role: 'huisarts', userId: randomUUID() };
    const reply = await specialist.push([
      specialist.mutation(
        'specialistInvitation',
        ids.invitation,
        { advice: ADVICE, adviceBy: forged, adviceAt: '2020-01-01T00:00:00.000Z' },
        1,
      ),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'applied' });
    const stored = await invitationSeenByPoh(ids.invitation);
    expect(stored).toMatchObject({
      advice: ADVICE,
      adviceBy: { userId: specialistUserId, role: 'specialist-pz' },
      adviceAt: server.clock.now.toISOString(),
    });
  });

  it('keeps the advice stamps when the specialist later only accepts', async () => {
    const { ids } = await planItem();
    await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { advice: ADVICE }, 1),
    ]);
    const written = await invitationSeenByPoh(ids.invitation);
    advanceClock(server, { minutes: 10 });
    await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { status: 'accepted' }, 2),
    ]);
    expect(await invitationSeenByPoh(ids.invitation)).toMatchObject({
      status: 'accepted',
      adviceAt: written?.adviceAt,
    });
  });

  it("refuses advice on a colleague's invitation, on a declined one and by the kernteam", async () => {
    const { ids } = await planItem();
    const declined = await specialist.push([
      specialist.mutation('specialistInvitation', ids.colleagues, { advice: ADVICE }, 1),
      specialist.mutation('specialistInvitation', ids.invitation, { status: 'declined', advice: ADVICE }, 1),
    ]);
    expect(declined.body.results.slice(0, 2).map((r) => r.status === 'rejected' && r.reason)).toEqual([
      'forbidden',
      'forbidden',
    ]);
    const byPoh = await poh.push([
      poh.mutation('specialistInvitation', ids.invitation, { advice: ADVICE }, 1),
    ]);
    expect(byPoh.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { status: 'declined' }, 1),
    ]);
    const afterDecline = await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { advice: ADVICE }, 2),
    ]);
    expect(afterDecline.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    expect(await invitationSeenByPoh(ids.invitation)).toMatchObject({ advice: '', adviceBy: null });
  });

  it('lets the kernteam answer for an invitation stored before the advice, whose device fills in its defaults', async () => {
    const { ids } = await planItem();
    const reply = await poh.push([
      poh.mutation(
        'specialistInvitation',
        ids.invitation,
        { status: 'accepted', advice: '', adviceBy: null, adviceAt: null },
        1,
      ),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'applied' });
  });

  it('refuses an invitation the kernteam creates with advice already in it', async () => {
    const { statuses } = await planItem('Advies dat de specialist niet schreef');
    expect(statuses.slice(-2)).toEqual(['rejected', 'rejected']);
  });

  it('refuses advice after the invitation window has ended', async () => {
    const { ids } = await planItem();
    advanceClock(server, { days: 3 + INVITATION_DAYS_AFTER_MEETING + 1 });
    specialist = new Device(await signIn(server, SPECIALIST_EMAIL));
    poh = new Device(await signIn(server, 'poh@delinde.nl'));
    const reply = await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { advice: ADVICE }, 1),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
  });

  it('lets the specialist settle no conflict but one on what they answer', async () => {
    const { ids } = await planItem();
    // Two kernteam devices move the invitation to different items at once: a conflict on its target.
    const other = new Device(poh.client);
    const [first, second] = [randomUUID(), randomUUID()];
    await poh.push([poh.mutation('specialistInvitation', ids.invitation, { agendaItemId: first }, 1)]);
    const clash = await other.push([
      other.mutation('specialistInvitation', ids.invitation, { agendaItemId: second }, 1),
    ]);
    const [conflictId] = (clash.body.results[0] as { conflictIds?: string[] }).conflictIds ?? [];
    expect(conflictId).toBeDefined();
    const claim = { $resolvesConflict: { conflictId, conflictRev: 1 } };
    const answer = await specialist.push([
      specialist.mutation('specialistInvitation', ids.invitation, { status: 'accepted', ...claim }, 3),
    ]);
    expect(answer.body.results[0]).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    const conflict = (await poh.pull()).body.changes.findLast((c) => c.recordId === conflictId)?.data;
    expect(conflict).toMatchObject({ status: 'open', group: 'target' });
  });
});
