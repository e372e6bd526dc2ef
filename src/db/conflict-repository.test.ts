import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completePlan, PATIENT_ID } from '../domain/care-plan/care-plan.fixtures';
import type { Conflict, IsoDate, IsoDateTime } from '../domain';
import { patientRow } from '../test/factories';
import { resolveConflict } from './conflict-repository';
import { TijdigDb } from './database';

const AT = '2026-11-23T09:00:00.000Z' as IsoDateTime;
const NOW = new Date('2026-11-24T10:00:00.000Z');

let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`conflicts-${crypto.randomUUID()}`);
  await db.open();
  await db.patients.add(patientRow({ id: PATIENT_ID }));
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/**
 * A conflict about the caregiver-burden section opened before the section had its "last discussed" date
 * (care plan version 8): its candidates hold only the summary.
 */
function conflictFromBeforeTheNewField(): Conflict {
  return {
    id: '0190f0e2-7c4a-7000-8000-0000000c0009',
    entity: 'carePlan',
    recordId: PATIENT_ID,
    group: 'mantelzorg',
    original: { mantelzorgSummary: 'Dochter zorgt dagelijks' },
    candidates: [
      {
        value: { mantelzorgSummary: 'Dochter overbelast, respijtzorg besproken' },
        author: { userId: 'u1', name: 'Huisarts Bakker', role: 'huisarts' },
        clientId: 'c1',
        at: AT,
        mutationId: '',
      },
    ],
    status: 'open',
    resolvedBy: null,
    createdAt: AT,
  };
}

describe('resolving a conflict', () => {
  it("takes a candidate recorded before a field of its section existed, keeping the plan's value for that field", async () => {
    await db.carePlans.put(
      completePlan({
        mantelzorgSummary: 'Dochter zorgt dagelijks',
        mantelzorgDiscussedOn: '2026-11-18' as IsoDate,
      }),
    );
    await db.conflicts.put(conflictFromBeforeTheNewField());

    const result = await resolveConflict(
      db,
      '0190f0e2-7c4a-7000-8000-0000000c0009',
      { mantelzorgSummary: 'Dochter overbelast, respijtzorg besproken' },
      { name: 'Petra Ouwens', role: 'poh' },
      NOW,
    );

    expect(result.ok).toBe(true);
    const plan = await db.carePlans.get(PATIENT_ID);
    expect(plan?.mantelzorgSummary).toBe('Dochter overbelast, respijtzorg besproken');
    expect(plan?.mantelzorgDiscussedOn).toBe('2026-11-18');
    const [queued] = await db.outbox.toArray();
    expect(queued?.changed).not.toHaveProperty('mantelzorgDiscussedOn');
  });
});
