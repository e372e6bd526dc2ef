import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyCarePlanFields,
  type Author,
  type CarePlanFields,
  type IsoDate,
  type Patient,
  type PullResponse,
} from '../domain';
import { patientRow } from '../test/factories';
import { getCarePlan, listCarePlans, listCarePlanVersions } from './care-plan-queries';
import { saveCarePlan } from './care-plan-repository';
import { TijdigDb } from './database';
import { revKey } from './record-key';
import { applyPulledChanges } from './pulled-pages';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const LATER = new Date('2026-11-24T09:30:00.000Z');
const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };
const POH: Author = { name: 'Petra Ouwens', role: 'poh' };

let db: TijdigDb;
let patient: Patient;

beforeEach(async () => {
  db = new TijdigDb(`care-plan-${crypto.randomUUID()}`);
  await db.open();
  patient = patientRow();
  await db.patients.add(patient);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A draft in which the GP recorded "niet reanimeren", discussed on 20-11-2026. */
function draftWithLimit(overrides: Partial<CarePlanFields> = {}): CarePlanFields {
  return {
    ...emptyCarePlanFields(),
    limitReanimatie: {
      decision: 'niet',
      dateDiscussed: '2026-11-20' as IsoDate,
      withWhom: 'patiënt en dochter',
      comment: '',
    },
    ...overrides,
  };
}

async function save(fields: CarePlanFields, author = GP, now = NOW) {
  const result = await saveCarePlan(db, patient.id, fields, author, now);
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('saveCarePlan', () => {
  it('writes the plan, a version with the whole plan and both mutations together', async () => {
    const plan = await save(draftWithLimit());

    expect(plan).toMatchObject({
      id: patient.id,
      patientId: patient.id,
      status: 'concept',
      author: GP,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      deletedAt: null,
    });
    expect(await getCarePlan(db, patient.id)).toEqual(plan);
    const versions = await listCarePlanVersions(db, plan.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      carePlanId: plan.id,
      patientId: patient.id,
      plan,
      author: GP,
      savedAt: NOW.toISOString(),
    });

    const outbox = await db.outbox.orderBy('counter').toArray();
    expect(outbox.map((m) => [m.entity, m.recordId, m.op, m.baseRev, m.counter])).toEqual([
      ['carePlan', plan.id, 'put', null, 1],
      ['carePlanVersion', versions[0]?.id, 'put', null, 2],
    ]);
    // A new plan's mutation carries every field but the id; the version's carries the whole record.
    const { id: _planId, ...planFields } = plan;
    expect(outbox[0]?.changed).toEqual(planFields);
    const { id: _versionId, ...versionFields } = versions[0] ?? {};
    expect(outbox[1]?.changed).toEqual(versionFields);
  });

  it.each<[string, CarePlanFields, { field: string; code: string }[]]>([
    [
      'a "niet" decision without the date it was discussed',
      draftWithLimit({
        limitReanimatie: { decision: 'niet', dateDiscussed: null, withWhom: '', comment: '' },
      }),
      [{ field: 'limitReanimatie.dateDiscussed', code: 'dateDiscussed.requiredForNiet' }],
    ],
    [
      'an established plan that lacks its essentials',
      draftWithLimit({ status: 'vastgesteld', startDate: '2026-11-01' as IsoDate }),
      expect.arrayContaining([
        { field: 'regiebehandelaar.name', code: 'required' },
        { field: 'acpConversations', code: 'required' },
      ]) as never,
    ],
    [
      'a contact without a way to reach them',
      draftWithLimit({
        contacts: [{ kind: 'naaste', name: 'Els', relation: 'dochter', phone: '', email: '' }],
      }),
      [{ field: 'contacts.0.phone', code: 'contact.unreachable' }],
    ],
  ])('refuses %s and writes nothing', async (_case, fields, issues) => {
    const result = await saveCarePlan(db, patient.id, fields, GP, NOW);
    expect(result).toEqual({ ok: false, error: { kind: 'invalid', issues } });
    expect(await db.carePlans.count()).toBe(0);
    expect(await db.carePlanVersions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a draft that lacks the essentials a concept may lack', async () => {
    const plan = await save(emptyCarePlanFields());
    expect(plan.status).toBe('concept');
    expect(await db.carePlanVersions.count()).toBe(1);
  });

  it('queues only the changed fields on a second save, on the revision last pulled', async () => {
    const first = await save(draftWithLimit());
    // The server has seen the plan at revision 7 (as after a pull).
    await db.recordRevs.put({ key: revKey('carePlan', first.id), rev: 7 });

    const second = await save(
      draftWithLimit({ acuteAgreements: { text: 'Bel de huisartsenpost, niet 112', lastDiscussed: null } }),
      POH,
      LATER,
    );

    expect(second).toMatchObject({
      author: POH,
      createdAt: NOW.toISOString(),
      updatedAt: LATER.toISOString(),
    });
    const [, , planMutation, versionMutation] = await db.outbox.orderBy('counter').toArray();
    expect(planMutation).toMatchObject({ entity: 'carePlan', baseRev: 7, counter: 3 });
    expect(planMutation?.changed).toEqual({
      acuteAgreements: { text: 'Bel de huisartsenpost, niet 112', lastDiscussed: null },
      author: POH,
      updatedAt: LATER.toISOString(),
    });
    expect(versionMutation).toMatchObject({ entity: 'carePlanVersion', baseRev: null, counter: 4 });
    const versions = await listCarePlanVersions(db, first.id);
    expect(versions.map((v) => [v.author.name, v.savedAt])).toEqual([
      [POH.name, LATER.toISOString()],
      [GP.name, NOW.toISOString()],
    ]);
    // The first version still holds the plan as it was: versions are never rewritten.
    expect(versions[1]?.plan).toEqual(first);
  });

  it("sends a POH's namens with the change, for what it removes, and never stores it in the plan", async () => {
    const limit = {
      id: crypto.randomUUID(),
      text: 'Kunstmatige voeding',
      decision: 'niet' as const,
      dateDiscussed: '2026-11-20' as IsoDate,
      withWhom: 'patiënt',
      comment: '',
    };
    await save(draftWithLimit({ otherLimits: [limit] }));
    const namens = { userId: crypto.randomUUID(), name: 'Hanna Bakker', recordedBy: POH.name };
    const result = await saveCarePlan(
      db,
      patient.id,
      draftWithLimit({ otherLimits: [] }),
      POH,
      LATER,
      namens,
    );
    expect(result.ok).toBe(true);
    const planMutation = (await db.outbox.orderBy('counter').toArray()).at(-2);
    expect(planMutation?.changed).toMatchObject({ otherLimits: [], $onBehalfOf: namens });
    expect(await getCarePlan(db, patient.id)).not.toHaveProperty('$onBehalfOf');
  });

  it('writes nothing when a save changes no fact', async () => {
    const first = await save(draftWithLimit());
    const again = await saveCarePlan(db, patient.id, draftWithLimit(), POH, LATER);
    expect(again).toEqual({ ok: true, value: first });
    expect(await db.carePlanVersions.count()).toBe(1);
    expect(await db.outbox.count()).toBe(2);
  });

  it('refuses a plan for a patient that does not exist, or whose plan was deleted', async () => {
    const missing = await saveCarePlan(db, patientRow().id, draftWithLimit(), GP, NOW);
    expect(missing).toEqual({ ok: false, error: { kind: 'notFound' } });
    const plan = await save(draftWithLimit());
    await db.carePlans.put({ ...plan, deletedAt: plan.updatedAt });
    const deleted = await saveCarePlan(db, patient.id, draftWithLimit({ mantelzorgSummary: 'x' }), GP, LATER);
    expect(deleted).toEqual({ ok: false, error: { kind: 'notFound' } });
    expect(await getCarePlan(db, patient.id)).toBeUndefined();
  });

  it('reports a full disk as quota and leaves neither plan, version nor mutation behind', async () => {
    // The version mutation is the last write of the save: fail it the way a full disk does.
    let writes = 0;
    db.outbox.hook('creating', () => {
      writes += 1;
      if (writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await saveCarePlan(db, patient.id, draftWithLimit(), GP, NOW);
    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
    expect(await db.carePlans.count()).toBe(0);
    expect(await db.carePlanVersions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('care plan reads', () => {
  it('lists the plans that are not deleted', async () => {
    const other = patientRow();
    await db.patients.add(other);
    const plan = await save(draftWithLimit());
    await saveCarePlan(db, other.id, emptyCarePlanFields(), GP, NOW);
    await db.carePlans.update(other.id as never, { deletedAt: NOW.toISOString() as never });
    expect((await listCarePlans(db)).map((p) => p.id)).toEqual([plan.id]);
  });

  it('keeps a pending plan edit apart from a pulled copy of its patient (same id, other kind)', async () => {
    await save(draftWithLimit());
    const pulled: PullResponse = {
      changes: [
        { entity: 'patient', recordId: patient.id, rev: 3, seq: 1, isDeleted: false, data: { ...patient } },
      ],
      next: 1,
      hasMore: false,
      isSnapshot: false,
    };
    await applyPulledChanges(db, pulled);
    expect(await db.patients.get(patient.id)).toEqual(patient);
  });
});
