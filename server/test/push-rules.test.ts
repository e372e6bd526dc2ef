/**
 * What a hand-made push cannot do that the app never asks for: rewrite a record that is written once (and
 * so re-attribute it), delete a record by writing its tombstone as a change, close a conflict on a group
 * the account may not write, send one mutation id twice, grow a conflict without end, or shadow a
 * checklist definition Tijdig ships.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surpriseQuestionV1, type Mutation, type SyncChange } from '../../src/domain';
import { MAX_CANDIDATES } from '../src/sync/conflicts';
import { newRecordOf } from './every-kind';
import { inviteMember, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { AT, Device, patientData } from './mutations';

type Row = Record<string, unknown>;
const limit = (decision: string) => ({
  decision,
  dateDiscussed: '2026-11-20',
  withWhom: 'patiënt',
  comment: '',
});

describe('push rules', () => {
  let server: TestServer;
  let gpClient: TestClient;
  let gp: Device;
  let poh: Device;
  let nurse: Device;

  beforeAll(async () => {
    server = await startTestServer('pglite', { loginAttemptsPerWindow: 1000 });
    gpClient = await setUpPractice(server);
    gp = new Device(gpClient);
    poh = new Device((await inviteMember(server, gpClient, 'poh', 'poh@delinde.nl')).client);
    nurse = new Device(
      (await inviteMember(server, gpClient, 'wijkverpleegkundige', 'wvp@delinde.nl')).client,
    );
  });
  afterAll(() => server.close());

  const stored = async (entity: string, id: string) =>
    (await gpClient.get<SyncChange>(`/api/records/${entity}/${id}`)).body;
  const resultOf = async (device: Device, mutation: Mutation) =>
    (await device.push([mutation])).body.results[0];

  async function newPatient(): Promise<string> {
    const id = randomUUID();
    expect(await resultOf(gp, gp.mutation('patient', id, patientData(), null))).toMatchObject({
      status: 'applied',
    });
    return id;
  }

  describe('a record written once', () => {
    it("is never rewritten: a POH cannot change a huisarts's marking, whatever field it names", async () => {
      const patientId = await newPatient();
      const other = await newPatient();
      const id = randomUUID();
      const marking = {
        patientId,
        kind: 'palliative',
        date: '2026-11-20',
        markedBy: 'Dr. Anna Beheer',
        basis: 'surpriseQuestion',
        isConversationHeld: false,
        conversationDate: null,
        colour: 'green',
        author: { name: 'x', role: 'huisarts' },
        recordedAt: AT,
        deletedAt: null,
      };
      expect(await resultOf(gp, gp.mutation('markingEvent', id, marking, null))).toMatchObject({
        status: 'applied',
      });
      const before = await stored('markingEvent', id);

      const rewrite = { colour: 'red', patientId: other, markedBy: 'Dr. Iemand Anders' };
      expect(await resultOf(poh, poh.mutation('markingEvent', id, rewrite, 1))).toMatchObject({
        status: 'rejected',
        reason: 'forbidden',
        issues: ['colour', 'patientId', 'markedBy'].map((path) => ({ path, code: 'record.writeOnce' })),
      });
      // The huisarts's own device cannot either: a marking is changed by a new event, never in place.
      expect(await resultOf(gp, gp.mutation('markingEvent', id, { colour: 'red' }, 1))).toMatchObject({
        status: 'rejected',
        reason: 'forbidden',
      });
      expect(await stored('markingEvent', id)).toEqual(before);

      // Withdrawing it (its tombstone) stays possible for whoever may decide it.
      expect(
        await resultOf(
          gp,
          gp.mutation('markingEvent', id, { deletedAt: AT, deletedOnBehalfOf: null }, 1, 'delete'),
        ),
      ).toMatchObject({ status: 'applied', rev: 2 });
    });

    it('is deleted with nothing but its tombstone: a delete cannot rewrite or re-attribute it', async () => {
      const { id, data } = newRecordOf('checklistResult', '');
      expect(await resultOf(gp, gp.mutation('checklistResult', id, data, null))).toMatchObject({
        status: 'applied',
      });
      const rewrite = { deletedAt: AT, answers: { surprised: 'ja' }, observedOn: '2026-11-01' };
      expect(
        await resultOf(nurse, nurse.mutation('checklistResult', id, rewrite, 1, 'delete')),
      ).toMatchObject({
        status: 'rejected',
        reason: 'forbidden',
        issues: [
          { path: 'answers', code: 'record.writeOnce' },
          { path: 'observedOn', code: 'record.writeOnce' },
        ],
      });
      expect(
        await resultOf(nurse, nurse.mutation('checklistResult', id, { deletedAt: AT }, 1, 'delete')),
      ).toMatchObject({ status: 'applied', rev: 2 });
      expect((await stored('checklistResult', id)).data.answers).toEqual(data.answers);
    });

    it('takes a tombstone written in a put as a delete, and never clears it again', async () => {
      const { id, data } = newRecordOf('checklistResult', '');
      await resultOf(gp, gp.mutation('checklistResult', id, data, null));
      expect(await resultOf(gp, gp.mutation('checklistResult', id, { deletedAt: AT }, 1))).toMatchObject({
        status: 'applied',
        rev: 2,
      });
      expect((await stored('checklistResult', id)).isDeleted).toBe(true);
      expect(await resultOf(gp, gp.mutation('checklistResult', id, { deletedAt: null }, 2))).toMatchObject({
        status: 'rejected',
        reason: 'recordDeleted',
      });
    });

    it('answers a put that repeats it as applied, without a new revision or a new author', async () => {
      const { id: planId, data: plan } = newRecordOf('carePlan', '');
      await resultOf(gp, gp.mutation('carePlan', planId, plan, null));
      const { id, data } = newRecordOf('carePlanVersion', '', undefined, planId);
      expect(await resultOf(gp, gp.mutation('carePlanVersion', id, data, null))).toMatchObject({
        status: 'applied',
        rev: 1,
      });
      const before = await stored('carePlanVersion', id);
      expect(await resultOf(poh, poh.mutation('carePlanVersion', id, {}, 1))).toMatchObject({
        status: 'applied',
        rev: 1,
      });
      expect(
        await resultOf(poh, poh.mutation('carePlanVersion', id, { patientId: planId }, 1)),
      ).toMatchObject({ status: 'applied', rev: 1 });
      expect(await stored('carePlanVersion', id)).toEqual(before);
      expect((before.data.author as Row).role).toBe('huisarts');
    });
  });

  it('refuses a tombstone sent as a change to an account that may not delete (a care plan, a patient)', async () => {
    const { id, data } = newRecordOf('carePlan', '');
    await resultOf(gp, gp.mutation('carePlan', id, data, null));
    await resultOf(gp, gp.mutation('carePlan', id, { limitReanimatie: limit('niet') }, 1));
    expect(await resultOf(nurse, nurse.mutation('carePlan', id, { deletedAt: AT }, 2))).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    });
    expect((await stored('carePlan', id)).data.deletedAt).toBeNull();

    const patientId = await newPatient();
    expect(await resultOf(nurse, nurse.mutation('patient', patientId, { deletedAt: AT }, 1))).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    });
  });

  it('lets only an account that may write the group close its conflict, even keeping the stored value', async () => {
    const tablet = new Device(gpClient);
    const { id, data } = newRecordOf('carePlan', '');
    await resultOf(gp, gp.mutation('carePlan', id, data, null));
    await resultOf(gp, gp.mutation('carePlan', id, { limitReanimatie: limit('wel') }, 1));
    const clash = await resultOf(
      tablet,
      tablet.mutation('carePlan', id, { limitReanimatie: limit('niet') }, 1),
    );
    expect(clash).toMatchObject({ status: 'conflict' });
    const [conflictId] = (clash as { conflictIds: string[] }).conflictIds;
    const { rev } = await stored('carePlan', id);
    const claim = { $resolvesConflict: { conflictId, conflictRev: 1 } };

    expect(await resultOf(nurse, nurse.mutation('carePlan', id, claim, rev))).toMatchObject({
      status: 'rejected',
      reason: 'forbidden',
    });
    expect((await stored('conflict', conflictId ?? '')).data.status).toBe('open');
    expect(await resultOf(gp, gp.mutation('carePlan', id, claim, rev))).toMatchObject({ status: 'applied' });
    expect((await stored('conflict', conflictId ?? '')).data.status).toBe('resolved');
  });

  it('refuses one mutation id twice in a push with a 400 and a code, and keeps nothing of it', async () => {
    // A device of its own: the refused push leaves a gap in its mutation counter.
    const device = new Device(gpClient);
    const first = device.mutation('patient', randomUUID(), patientData(), null);
    const second = {
      ...device.mutation('patient', randomUUID(), patientData(), null),
      mutationId: first.mutationId,
    };
    const reply = await device.push([first, second]);
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('invalid');
    expect(JSON.stringify(reply.body)).toContain('sync.duplicateMutationId');
    expect((await gpClient.get(`/api/records/patient/${first.recordId}`)).status).toBe(404);
  });

  describe('a conflict', () => {
    async function openConflict() {
      const { id, data } = newRecordOf('carePlan', '');
      await resultOf(gp, gp.mutation('carePlan', id, data, null));
      await resultOf(
        gp,
        gp.mutation('carePlan', id, { lichamelijk: { ...(data.lichamelijk as Row), problems: 'a' } }, 1),
      );
      return { id, data };
    }
    const lichamelijk = (data: Row, text: string) => ({
      lichamelijk: { ...(data.lichamelijk as Row), problems: text },
    });

    it("keeps one candidate per device: a device's later value replaces its earlier one", async () => {
      const { id, data } = await openConflict();
      const clashing = new Device(nurse.client);
      const results = (
        await clashing.push(
          ['b', 'c', 'd', 'e'].map((text) => clashing.mutation('carePlan', id, lichamelijk(data, text), 1)),
        )
      ).body.results;
      expect(results.map((result) => result.status)).toEqual([
        'conflict',
        'conflict',
        'conflict',
        'conflict',
      ]);
      const [conflictId] = (results[0] as { conflictIds: string[] }).conflictIds;
      const conflict = (await stored('conflict', conflictId ?? '')).data;
      expect((conflict.candidates as Row[]).map((candidate) => (candidate.value as Row).lichamelijk)).toEqual(
        [expect.objectContaining({ problems: 'a' }), expect.objectContaining({ problems: 'e' })],
      );
    });

    it(`refuses a change that would give it more than ${String(MAX_CANDIDATES)} values, alone: the push goes on`, async () => {
      const { id, data } = await openConflict();
      for (let device = 1; device < MAX_CANDIDATES; device += 1) {
        const clashing = new Device(nurse.client);
        expect(
          await resultOf(
            clashing,
            clashing.mutation('carePlan', id, lichamelijk(data, `waarde ${String(device)}`), 1),
          ),
        ).toMatchObject({ status: 'conflict' });
      }
      const before = await stored('carePlan', id);
      const patientId = randomUUID();
      const oneTooMany = new Device(gpClient);
      const reply = await oneTooMany.push([
        oneTooMany.mutation('patient', patientId, patientData(), null),
        oneTooMany.mutation('carePlan', id, lichamelijk(data, 'nog een'), 1),
      ]);
      expect(reply.status).toBe(200);
      expect(reply.body.results).toEqual([
        expect.objectContaining({ status: 'applied' }),
        expect.objectContaining({
          status: 'rejected',
          reason: 'invalid',
          issues: [{ path: 'lichamelijk', code: 'conflict.tooManyCandidates' }],
        }),
      ]);
      expect(await stored('carePlan', id)).toEqual(before);
      // The device still pulls: it can see the conflict and resolve it.
      expect((await oneTooMany.pull()).status).toBe(200);
    });
  });

  describe('a shared checklist definition', () => {
    const definitionPush = (recordId: string, data: Row) =>
      gp.mutation('checklistDefinition', recordId, data, null);

    it('never takes the key of a definition Tijdig ships, nor a key other than its own id@version', async () => {
      const altered = { ...surpriseQuestionV1, title: 'Anders' };
      expect(await resultOf(gp, definitionPush('surprise-question@1', altered))).toMatchObject({
        status: 'rejected',
        reason: 'invalid',
        issues: [{ path: 'recordId', code: 'checklistDefinition.builtIn' }],
      });
      const regional = { ...surpriseQuestionV1, id: 'regio-utrecht', title: 'Regio' };
      expect(await resultOf(gp, definitionPush('regio-anders@9', regional))).toMatchObject({
        status: 'rejected',
        reason: 'invalid',
        issues: [{ path: 'recordId', code: 'checklistDefinition.keyMismatch' }],
      });
      expect(await resultOf(gp, definitionPush('regio-utrecht@1', regional))).toMatchObject({
        status: 'applied',
      });
      expect(
        await resultOf(
          gp,
          gp.mutation('checklistDefinition', 'regio-utrecht@1', { title: 'Nog eens anders' }, 1),
        ),
      ).toMatchObject({ status: 'rejected', reason: 'forbidden' });
    });
  });

  it('refuses a checklist result with more answers than a definition has items', async () => {
    const { id, data } = newRecordOf('checklistResult', '');
    const answers = Object.fromEntries(
      Array.from({ length: 81 }, (_, index) => [`vraag-${String(index)}`, 'ja']),
    );
    expect(
      await resultOf(nurse, nurse.mutation('checklistResult', id, { ...data, answers }, null)),
    ).toMatchObject({
      status: 'rejected',
      reason: 'invalid',
    });
    expect(
      await resultOf(
        nurse,
        nurse.mutation('checklistResult', id, { ...data, definitionId: 'x'.repeat(65) }, null),
      ),
    ).toMatchObject({ status: 'rejected', reason: 'invalid' });
  });
});
