/**
 * The access matrix, cell by cell, through the real push and pull: every role x record kind x action
 * (read, create, change, delete), in its own practice and against another practice's records. The table
 * below is written out by hand on purpose: it is what the access policy (src/domain/access-policy.ts)
 * must come to, not a copy of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult, Role, SyncChange } from '../../src/domain';
import {
  addPracticeDirectly,
  DATABASES,
  inviteMember,
  setUpPractice,
  startTestServer,
  type TestServer,
} from './harness';
import { CHANGE_OF, KINDS, newRecordOf, type Kind } from './every-kind';
import { AT, Device } from './mutations';

type MatrixRole = Exclude<Role, never>;
/**
 * Per kind: R(ead) C(reate) U (change) D(elete), `-` refused, `.` not applicable (never changes). A checklist
 * result and a marking event are written once too (server/src/sync/write-once.ts): a change of either is
 * refused to everyone, so their U is `-` everywhere.
 */
const EXPECTED: Readonly<Record<MatrixRole, Readonly<Record<Kind, string>>>> = {
  huisarts: {
    patient: 'RCUD',
    checklistResult: 'RC-D',
    markingEvent: 'RC-D',
    checklistDefinition: 'RC.D',
    meeting: 'RCUD',
    agendaItem: 'RCUD',
    specialistInvitation: 'RCUD',
    carePlan: 'RCUD',
    carePlanVersion: 'RC.D',
    mdoAction: 'RCUD',
    specialist: 'RCUD',
  },
  // Marking events are medical decisions: without a "namens" a POH may not write them (see below).
  poh: {
    patient: 'RCUD',
    checklistResult: 'RC-D',
    markingEvent: 'R---',
    checklistDefinition: 'RC.D',
    meeting: 'RCUD',
    agendaItem: 'RCUD',
    specialistInvitation: 'RCUD',
    carePlan: 'RCUD',
    carePlanVersion: 'RC.D',
    mdoAction: 'RCUD',
    specialist: 'RCUD',
  },
  // The change of a care plan is of its VPTZ part (nursing); of an action, its text (someone else's action).
  wijkverpleegkundige: {
    patient: 'R---',
    checklistResult: 'RC-D',
    markingEvent: 'R---',
    checklistDefinition: 'R-.-',
    meeting: 'R---',
    agendaItem: 'RC--',
    specialistInvitation: 'R---',
    carePlan: 'R-U-',
    carePlanVersion: 'RC.-',
    mdoAction: 'RC--',
    specialist: 'R---',
  },
  beheerder: {
    patient: '----',
    checklistResult: '----',
    markingEvent: '----',
    checklistDefinition: 'RC.D',
    meeting: '----',
    agendaItem: '----',
    specialistInvitation: '----',
    carePlan: '----',
    carePlanVersion: '--.-',
    mdoAction: '----',
    specialist: 'RCUD',
  },
  // Only their own open invitation, whose status they answer (the invitation names their account).
  'specialist-pz': {
    patient: '----',
    checklistResult: '----',
    markingEvent: '----',
    checklistDefinition: '--.-',
    meeting: '----',
    agendaItem: '----',
    specialistInvitation: 'R-U-',
    carePlan: '----',
    carePlanVersion: '--.-',
    mdoAction: '----',
    specialist: '----',
  },
};
const ROLES_IN_MATRIX = Object.keys(EXPECTED) as MatrixRole[];

const outcome = (result: MutationResult | undefined) =>
  result?.status === 'applied'
    ? 'applied'
    : result?.status === 'rejected' && result.reason === 'forbidden'
      ? 'forbidden'
      : JSON.stringify(result);

describe.each(DATABASES)('the access matrix on %s', (kind) => {
  let server: TestServer;
  let seeder: Device;
  const devices = {} as Record<MatrixRole, Device>;
  let specialistUserId = '';
  let meetingId = '';
  let invitationMeetingId = '';
  let versionedPlanId = '';
  const newRecord = (recordKind: Kind) =>
    newRecordOf(
      recordKind,
      specialistUserId,
      recordKind === 'specialistInvitation' ? invitationMeetingId : meetingId,
      versionedPlanId,
    );
  /** Per role: the records the seeder wrote for it to change, to delete and to read. */
  const seeded = {} as Record<MatrixRole, Record<'toChange' | 'toDelete', Record<Kind, string>>>;

  beforeAll(async () => {
    server = await startTestServer(kind, { loginAttemptsPerWindow: 1000 });
    const beheerder = await setUpPractice(server);
    seeder = new Device(beheerder);
    // The meeting the matrix's agenda items belong to, and another, without items, its invitations are
    // to: so the specialist PZ reads their invitation and that meeting, but none of the records under test.
    const meetings = [newRecordOf('meeting', ''), newRecordOf('meeting', '')];
    // And the care plan every version under test snapshots.
    const plan = newRecordOf('carePlan', '');
    versionedPlanId = plan.id;
    const made = await seeder.push([
      ...meetings.map((m) => seeder.mutation('meeting', m.id, m.data, null)),
      seeder.mutation('carePlan', plan.id, plan.data, null),
    ]);
    expect(made.body.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    meetingId = meetings[0]?.id ?? '';
    invitationMeetingId = meetings[1]?.id ?? '';
    for (const role of ROLES_IN_MATRIX) {
      const member = await inviteMember(server, beheerder, role, `${role}@delinde.nl`);
      devices[role] = new Device(member.client);
      if (role === 'specialist-pz') specialistUserId = member.session.user.id;
    }
    for (const role of ROLES_IN_MATRIX) {
      const sets = { toChange: {}, toDelete: {} } as (typeof seeded)[MatrixRole];
      const mutations = [];
      for (const set of ['toChange', 'toDelete'] as const) {
        for (const recordKind of KINDS) {
          const record = newRecord(recordKind);
          sets[set][recordKind] = record.id;
          mutations.push(seeder.mutation(recordKind, record.id, record.data, null));
        }
      }
      const reply = await seeder.push(mutations);
      expect(reply.body.results.filter((r) => r.status !== 'applied')).toEqual([]);
      seeded[role] = sets;
    }
  });
  afterAll(() => server.close());

  describe.each(ROLES_IN_MATRIX)('a %s', (role) => {
    const expected = (recordKind: Kind, index: number) => EXPECTED[role][recordKind].charAt(index);

    it('reads exactly the kinds the policy gives them', async () => {
      const pulled = await devices[role].pull();
      expect(pulled.status).toBe(200);
      const seen = new Set(pulled.body.changes.map((change: SyncChange) => change.recordId));
      for (const recordKind of KINDS) {
        const id = seeded[role].toChange[recordKind];
        expect([recordKind, seen.has(id)]).toEqual([recordKind, expected(recordKind, 0) === 'R']);
      }
    });

    it('creates exactly the kinds the policy gives them', async () => {
      const device = devices[role];
      const mutations = KINDS.map((recordKind) => {
        const record = newRecord(recordKind);
        return device.mutation(recordKind, record.id, record.data, null);
      });
      const reply = await device.push(mutations);
      const outcomes = KINDS.map((recordKind, index) => [recordKind, outcome(reply.body.results[index])]);
      expect(outcomes).toEqual(
        KINDS.map((recordKind) => [recordKind, expected(recordKind, 1) === 'C' ? 'applied' : 'forbidden']),
      );
    });

    it('changes exactly the kinds the policy gives them', async () => {
      const device = devices[role];
      const changing = KINDS.filter((recordKind) => CHANGE_OF[recordKind] !== null);
      const mutations = changing.map((recordKind) =>
        device.mutation(recordKind, seeded[role].toChange[recordKind], CHANGE_OF[recordKind] ?? {}, 1),
      );
      const reply = await device.push(mutations);
      const outcomes = changing.map((recordKind, index) => [recordKind, outcome(reply.body.results[index])]);
      expect(outcomes).toEqual(
        changing.map((recordKind) => [recordKind, expected(recordKind, 2) === 'U' ? 'applied' : 'forbidden']),
      );
    });

    it('deletes exactly the kinds the policy gives them', async () => {
      const device = devices[role];
      const mutations = KINDS.map((recordKind) =>
        device.mutation(recordKind, seeded[role].toDelete[recordKind], { deletedAt: AT }, 1, 'delete'),
      );
      const reply = await device.push(mutations);
      const outcomes = KINDS.map((recordKind, index) => [recordKind, outcome(reply.body.results[index])]);
      expect(outcomes).toEqual(
        KINDS.map((recordKind) => [recordKind, expected(recordKind, 3) === 'D' ? 'applied' : 'forbidden']),
      );
    });
  });

  describe('another practice', () => {
    it('reads none of it, finds none of it, and changes none of it', async () => {
      const other = await addPracticeDirectly(server, {
        practiceName: 'Huisartsenpraktijk De Eik',
        email: 'huisarts@de-eik.nl',
        role: 'huisarts',
      });
      const outsider = new Device(other.client);
      const targets = KINDS.map((recordKind) => [recordKind, newRecord(recordKind)] as const);
      const seeding = await seeder.push(
        targets.map(([recordKind, record]) => seeder.mutation(recordKind, record.id, record.data, null)),
      );
      expect(seeding.body.results.filter((r) => r.status !== 'applied')).toEqual([]);
      const ids = targets.map(([recordKind, record]) => [recordKind, record.id] as const);
      const pulled = await outsider.pull();
      const seen = new Set(pulled.body.changes.map((change: SyncChange) => change.recordId));
      expect(ids.filter(([, id]) => seen.has(id))).toEqual([]);
      for (const [recordKind, id] of ids) {
        const read = await other.client.get(`/api/records/${recordKind}/${encodeURIComponent(id)}`);
        expect([recordKind, read.status]).toEqual([recordKind, 404]);
      }
      // A change naming the record's id lands in the outsider's own practice, never in this one.
      const changing = ids.filter(([recordKind]) => CHANGE_OF[recordKind] !== null);
      await outsider.push(
        changing.map(([recordKind, id]) => outsider.mutation(recordKind, id, CHANGE_OF[recordKind] ?? {}, 1)),
      );
      await outsider.push(
        changing.map(([recordKind, id]) => outsider.mutation(recordKind, id, {}, 1, 'delete')),
      );
      for (const [recordKind, id] of changing) {
        const mine = await seeder.client.get<SyncChange>(
          `/api/records/${recordKind}/${encodeURIComponent(id)}`,
        );
        expect([recordKind, mine.status, mine.body.isDeleted]).toEqual([recordKind, 200, false]);
        expect(mine.body.data).not.toMatchObject(CHANGE_OF[recordKind] ?? {});
      }
    });
  });
});
