/**
 * Who decided what, and when, is the server's record: regression tests for each way a device could make
 * it wrong (issue 12, "Authorship can be wrong" and "Conflict detection can be skipped").
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carePlanSchema, type Conflict, type Mutation, type SyncChange } from '../../src/domain';
import { completePlan } from '../../src/domain/care-plan/care-plan.fixtures';
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

const FORGED = { userId: randomUUID(), name: 'Iemand Anders', role: 'huisarts' };
const DEVICE_CLOCK = '2026-11-20T08:00:00.000Z';

describe.each(DATABASES)('server-stamped authorship and conflict rules on %s', (kind) => {
  let server: TestServer;
  let poh: Device;
  let gp: Device;
  let colleagueGp: Device;
  const ids = { poh: '', gp: '', colleague: '' };

  const signInAgain = async () => {
    poh = new Device(await signIn(server, 'poh@delinde.nl'));
    gp = new Device(await signIn(server, 'huisarts@delinde.nl'));
    colleagueGp = new Device(await signIn(server, 'collega@delinde.nl'));
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const beheerder = await setUpPractice(server);
    ids.poh = (await inviteMember(server, beheerder, 'poh', 'poh@delinde.nl')).session.user.id;
    const invitedGp = await inviteMember(server, beheerder, 'huisarts', 'huisarts@delinde.nl');
    const invitedColleague = await inviteMember(server, beheerder, 'huisarts', 'collega@delinde.nl');
    ids.gp = invitedGp.session.user.id;
    ids.colleague = invitedColleague.session.user.id;
    await signInAgain();
  });
  afterAll(() => server.close());

  const latest = (changes: SyncChange[], recordId: string) =>
    changes.findLast((change) => change.recordId === recordId)?.data;

  /** A patient with a care plan the GP made, saying "niet reanimeren". */
  async function planByGp(): Promise<string> {
    const patientId = randomUUID();
    const plan = carePlanSchema.parse(
      completePlan({ id: patientId as never, patientId: patientId as never }),
    );
    const reply = await gp.push([
      gp.mutation('patient', patientId, patientData(), null),
      gp.mutation('carePlan', patientId, plan, null),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    return patientId;
  }

  it('stores an edit sent without an author as the pushing account, not the previous author', async () => {
    const patientId = await planByGp();
    const reply = await colleagueGp.push([
      colleagueGp.mutation(
        'carePlan',
        patientId,
        {
          limitReanimatie: { decision: 'wel', dateDiscussed: '2026-11-22', withWhom: 'patiënt', comment: '' },
        },
        1,
      ),
    ]);
    expect(reply.body.results[0]).toMatchObject({ status: 'applied', rev: 2 });
    const stored = latest((await poh.pull()).body.changes, patientId);
    expect(stored).toMatchObject({
      limitReanimatie: { decision: 'wel' },
      author: { userId: ids.colleague, name: 'Collega huisarts', role: 'huisarts' },
      updatedAt: server.clock.now.toISOString(),
    });
  });

  it('ignores a forged author, nominator, version author and moments; keeps the device clock apart', async () => {
    advanceClock(server, { minutes: 7 });
    await signInAgain();
    const receivedAt = server.clock.now.toISOString();
    const patientId = await planByGp();
    const plan = carePlanSchema.parse(
      completePlan({ id: patientId as never, patientId: patientId as never, author: FORGED as never }),
    );
    const versionId = randomUUID();
    const resultId = randomUUID();
    const itemId = randomUUID();
    const meetingId = randomUUID();
    const offline = (mutation: Mutation): Mutation => ({
      ...mutation,
      createdAt: DEVICE_CLOCK as Mutation['createdAt'],
    });
    const reply = await poh.push([
      offline(
        poh.mutation(
          'carePlanVersion',
          versionId,
          { carePlanId: patientId, patientId, plan, author: FORGED, savedAt: '2020-01-01T00:00:00.000Z' },
          null,
        ),
      ),
      offline(
        poh.mutation(
          'checklistResult',
          resultId,
          {
            patientId,
            definitionId: 'surprise-question',
            definitionVersion: 1,
            answers: { surprised: 'nee' },
            observedOn: '2026-11-20',
            author: FORGED,
            recordedAt: '2020-01-01T00:00:00.000Z',
            deletedAt: null,
          },
          null,
        ),
      ),
      poh.mutation(
        'meeting',
        meetingId,
        {
          date: '2026-12-01',
          startTime: '12:00',
          endTime: '13:00',
          location: 'Kamer 1',
          status: 'planned',
          createdAt: '2020-01-01T00:00:00.000Z',
          deletedAt: null,
        },
        null,
      ),
      poh.mutation(
        'agendaItem',
        itemId,
        {
          meetingId,
          patientId,
          question: 'Hospice?',
          position: 0,
          nominatedBy: FORGED,
          createdAt: '2020-01-01T00:00:00.000Z',
          deletedAt: null,
        },
        null,
      ),
    ]);
    expect(reply.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const changes = (await gp.pull()).body.changes;
    const pohAuthor = { userId: ids.poh, role: 'poh' };
    expect(latest(changes, versionId)).toMatchObject({
      author: pohAuthor,
      savedAt: receivedAt,
      deviceRecordedAt: DEVICE_CLOCK,
      // The version holds the plan as the server stored it (saved by the GP), not the forged copy.
      plan: { author: { userId: ids.gp, role: 'huisarts' } },
    });
    expect(latest(changes, resultId)).toMatchObject({
      author: pohAuthor,
      recordedAt: receivedAt,
      deviceRecordedAt: DEVICE_CLOCK,
    });
    expect(latest(changes, meetingId)).toMatchObject({ createdAt: receivedAt });
    expect(latest(changes, itemId)).toMatchObject({ nominatedBy: pohAuthor, createdAt: receivedAt });
  });

  it('does not believe a device clock set in the future', async () => {
    const patientId = await planByGp();
    const resultId = randomUUID();
    const mutation = poh.mutation(
      'checklistResult',
      resultId,
      {
        patientId,
        definitionId: 'surprise-question',
        definitionVersion: 1,
        answers: { surprised: 'ja' },
        observedOn: '2026-11-20',
        author: FORGED,
        recordedAt: AT,
        deletedAt: null,
      },
      null,
    );
    await poh.push([{ ...mutation, createdAt: '2031-01-01T00:00:00.000Z' as Mutation['createdAt'] }]);
    expect(latest((await gp.pull()).body.changes, resultId)).toMatchObject({ deviceRecordedAt: null });
  });

  it('refuses a baseRev above the record revision instead of overwriting a newer value', async () => {
    const patientId = await planByGp();
    await gp.push([gp.mutation('patient', patientId, { treatingGp: 'Dr. Nieuw' }, 1)]);
    const reply = await poh.push([poh.mutation('patient', patientId, { treatingGp: 'Dr. Oud' }, 99)]);
    expect(reply.body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
      issues: [{ path: 'baseRev', code: 'sync.baseRevAhead' }],
    });
    expect(latest((await gp.pull()).body.changes, patientId)).toMatchObject({ treatingGp: 'Dr. Nieuw' });
  });

  it('keeps the first deletion time when two devices delete the same record', async () => {
    const patientId = await planByGp();
    const first = await gp.push([
      gp.mutation('patient', patientId, { deletedAt: '2020-01-01T00:00:00.000Z' }, 1, 'delete'),
    ]);
    expect(first.body.results[0]).toMatchObject({ status: 'applied' });
    expect(latest((await gp.pull()).body.changes, patientId)).toMatchObject({
      deletedAt: server.clock.now.toISOString(),
    });
  });

  describe('a resolution', () => {
    /** GP and POH clash on the treating GP; returns the patient and the conflict. */
    async function clash(): Promise<{ patientId: string; conflictId: string }> {
      const patientId = randomUUID();
      await gp.push([gp.mutation('patient', patientId, patientData(), null)]);
      await gp.push([gp.mutation('patient', patientId, { treatingGp: 'Dr. GP' }, 1)]);
      const reply = await poh.push([poh.mutation('patient', patientId, { treatingGp: 'Dr. POH' }, 1)]);
      const [conflictId] = (reply.body.results[0] as { conflictIds: string[] }).conflictIds;
      if (!conflictId) throw new Error('expected a conflict');
      return { patientId, conflictId };
    }

    const conflictOf = async (conflictId: string) =>
      latest((await gp.pull()).body.changes, conflictId) as Conflict | undefined;

    it('made without seeing a later candidate does not close the conflict but joins it', async () => {
      const { patientId, conflictId } = await clash();
      // A third device clashes too: the conflict gets a third candidate (its revision 2).
      const third = await colleagueGp.push([
        colleagueGp.mutation('patient', patientId, { treatingGp: 'Dr. Derde' }, 1),
      ]);
      expect(third.body.results[0]).toMatchObject({ status: 'conflict', conflictIds: [conflictId] });
      const stale = await poh.push([
        poh.mutation(
          'patient',
          patientId,
          { treatingGp: 'Dr. POH', $resolvesConflict: { conflictId, conflictRev: 1 } },
          2,
        ),
      ]);
      expect(stale.body.results[0]).toMatchObject({ status: 'conflict', conflictIds: [conflictId] });
      const conflict = await conflictOf(conflictId);
      expect(conflict?.status).toBe('open');
      // The POH's device has one candidate, its latest value (conflicts.ts: one per device).
      expect(conflict?.candidates.map((c) => c.value.treatingGp)).toEqual(['Dr. GP', 'Dr. Derde', 'Dr. POH']);
      expect(latest((await gp.pull()).body.changes, patientId)).toMatchObject({ treatingGp: 'Dr. GP' });

      // Chosen with every candidate in view, it closes the conflict.
      const current = await poh.push([
        poh.mutation(
          'patient',
          patientId,
          { treatingGp: 'Dr. Derde', $resolvesConflict: { conflictId, conflictRev: 3 } },
          2,
        ),
      ]);
      expect(current.body.results[0]).toMatchObject({ status: 'applied' });
      expect((await conflictOf(conflictId))?.status).toBe('resolved');
    });

    it('made on a group someone changed since becomes a conflict again, with the value it holds now', async () => {
      const { patientId, conflictId } = await clash();
      // The GP pulled (base 2) and changed the group again, without a clash.
      await gp.push([gp.mutation('patient', patientId, { treatingGp: 'Dr. GP later' }, 2)]);
      const stale = await poh.push([
        poh.mutation(
          'patient',
          patientId,
          { treatingGp: 'Dr. POH', $resolvesConflict: { conflictId, conflictRev: 1 } },
          2,
        ),
      ]);
      expect(stale.body.results[0]).toMatchObject({ status: 'conflict' });
      const conflict = await conflictOf(conflictId);
      expect(conflict?.status).toBe('open');
      expect(conflict?.candidates.map((c) => c.value.treatingGp)).toContain('Dr. GP later');
      expect(latest((await gp.pull()).body.changes, patientId)).toMatchObject({
        treatingGp: 'Dr. GP later',
      });
    });

    it('only decides its own group: another group it carries is checked as usual', async () => {
      const { patientId, conflictId } = await clash();
      await gp.push([gp.mutation('patient', patientId, { diagnosisText: 'Hartfalen' }, 2)]);
      const reply = await poh.push([
        poh.mutation(
          'patient',
          patientId,
          {
            treatingGp: 'Dr. GP',
            diagnosisText: 'Longkanker',
            $resolvesConflict: { conflictId, conflictRev: 1 },
          },
          2,
        ),
      ]);
      expect(reply.body.results[0]).toMatchObject({ status: 'conflict' });
      const changes = (await gp.pull()).body.changes;
      expect(latest(changes, patientId)).toMatchObject({ diagnosisText: 'Hartfalen' });
      expect((latest(changes, conflictId) as Conflict).status).toBe('resolved');
      const diagnosisConflict = changes.find(
        (c) => c.entity === 'conflict' && c.data.recordId === patientId && c.data.group === 'diagnosis',
      );
      expect(diagnosisConflict?.data).toMatchObject({ status: 'open' });
    });

    it('with a claim that is not a conflict id and revision is refused as invalid', async () => {
      const { patientId } = await clash();
      const reply = await poh.push([
        poh.mutation('patient', patientId, { treatingGp: 'Dr. POH', $resolvesConflict: 42 }, 2),
      ]);
      expect(reply.body.results[0]).toMatchObject({
        status: 'rejected',
        reason: 'invalid',
        issues: [{ path: '$resolvesConflict', code: 'conflict.claimInvalid' }],
      });
    });
  });
});
