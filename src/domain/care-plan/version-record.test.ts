import { describe, expect, it } from 'vitest';
import { SYNC_ENTITY_DEFINITIONS } from '../sync-entities';
import { SYNC_ENTITIES } from '../sync';
import { AUTHOR, completePlan, NOW, PATIENT_ID } from './care-plan.fixtures';
import { carePlanVersionFieldGroups, carePlanVersionSchema } from './version-record';

const VERSION_ID = '0190f0e2-7c4a-7000-8000-0000000000f1';
const OTHER_PATIENT = '0190f0e2-7c4a-7000-8000-000000000043';

function version(overrides: Record<string, unknown> = {}) {
  return {
    id: VERSION_ID,
    carePlanId: PATIENT_ID,
    patientId: PATIENT_ID,
    plan: completePlan(),
    author: AUTHOR,
    savedAt: NOW,
    ...overrides,
  };
}

function codesFor(candidate: unknown): string[] {
  const parsed = carePlanVersionSchema.safeParse(candidate);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('carePlanVersionSchema', () => {
  it('accepts a version with the whole plan, its author and when it was saved', () => {
    expect(codesFor(version())).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a version without an author', { author: undefined }, 'author'],
    ['a snapshot that is not a valid plan', { plan: { ...completePlan(), status: 'klaar' } }, 'plan.status'],
    ['a version of another patient than its plan', { patientId: OTHER_PATIENT }, 'carePlanId'],
    ['a version whose plan is another plan', { carePlanId: OTHER_PATIENT }, 'carePlanId'],
    ['a saving moment that is not an instant', { savedAt: '2026-11-23' }, 'savedAt'],
  ])('rejects %s', (_case, overrides, path) => {
    expect(codesFor(version(overrides)).some((code) => code.startsWith(`${path}:`))).toBe(true);
  });
});

describe('sync registration of versions', () => {
  const definition = SYNC_ENTITY_DEFINITIONS.carePlanVersion;

  it('syncs versions as patient-bound records that a specialist never receives', () => {
    expect(SYNC_ENTITIES).toContain('carePlanVersion');
    expect(definition).toMatchObject({ hasIdField: true, isServerOnly: false, specialistView: null });
    expect(definition.patientIdOf(version())).toBe(PATIENT_ID);
    expect(definition.schema.safeParse(version()).success).toBe(true);
  });

  it("treats a version as one fact: every field but the id and the device's clock in one group", () => {
    expect(Object.keys(carePlanVersionFieldGroups)).toEqual(['version']);
    const fields = Object.keys(carePlanVersionSchema.shape);
    const bookkeeping = ['id', 'deviceRecordedAt'];
    expect([...carePlanVersionFieldGroups.version].sort()).toEqual(
      fields.filter((f) => !bookkeeping.includes(f)).sort(),
    );
  });
});
