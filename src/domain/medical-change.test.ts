import { describe, expect, it } from 'vitest';
import { emptyCarePlanFields } from './care-plan/factory';
import { carePlanFieldGroups } from './care-plan/care-plan';
import { attributeDecision, medicalGroupsWritten, type AttributionResolver } from './medical-change';
import { markingEventFieldGroups } from './marking';
import { patientFieldGroups } from './patient';

const GP = { userId: '0193a0a0-0000-7000-8000-000000000001', name: 'Dr. Jansen' };
const plan = () => emptyCarePlanFields() as unknown as Record<string, unknown>;
const niet = { decision: 'niet', dateDiscussed: '2026-11-20', withWhom: 'patiënt', comment: '' };

/** Accepts only the GP above, and fills in the name the server knows. */
const resolve: AttributionResolver<typeof GP> = (claimed) => {
  if (claimed === undefined || claimed === null) return { ok: true, value: null };
  const id = (claimed as { userId?: unknown }).userId;
  return id === GP.userId ? { ok: true, value: GP } : { ok: false };
};

describe('medicalGroupsWritten', () => {
  it('counts a limit that changes, not one saved as it was', () => {
    const before = plan();
    const groups = ['limitReanimatie', 'limitAntibiotica', 'vptz'];
    const proposed = { ...before, limitReanimatie: niet };
    expect(medicalGroupsWritten('carePlan', carePlanFieldGroups, before, proposed, groups)).toEqual([
      'limitReanimatie',
    ]);
  });

  it('does not count a new plan whose limits are still empty', () => {
    const groups = Object.keys(carePlanFieldGroups);
    expect(medicalGroupsWritten('carePlan', carePlanFieldGroups, undefined, plan(), groups)).toEqual([]);
  });

  it('counts a new plan that arrives with a limit filled in', () => {
    const proposed = { ...plan(), treatmentGoal: { goal: 'symptoomgericht', dateDiscussed: null } };
    expect(
      medicalGroupsWritten('carePlan', carePlanFieldGroups, undefined, proposed, ['treatmentGoal', 'wishes']),
    ).toEqual(['treatmentGoal']);
  });

  it('ignores a change of attribution alone', () => {
    const before = { ...plan(), limitReanimatie: niet };
    const proposed = { ...before, limitReanimatie: { ...niet, onBehalfOf: GP } };
    expect(
      medicalGroupsWritten('carePlan', carePlanFieldGroups, before, proposed, ['limitReanimatie']),
    ).toEqual([]);
  });

  it('counts every new marking event and the patient copy of a marking', () => {
    expect(
      medicalGroupsWritten('markingEvent', markingEventFieldGroups, undefined, { kind: 'dyingPhase' }, [
        'event',
      ]),
    ).toEqual(['event']);
    const patient = { palliativeSince: null, registerColour: null, dyingPhaseSince: null };
    expect(
      medicalGroupsWritten('patient', patientFieldGroups, patient, { ...patient, registerColour: 'red' }, [
        'marking',
      ]),
    ).toEqual(['marking']);
    expect(
      medicalGroupsWritten('patient', patientFieldGroups, undefined, patient, ['marking', 'name']),
    ).toEqual([]);
  });
});

describe('attributeDecision', () => {
  it('stores the resolved huisarts inside a limit', () => {
    const proposed = {
      ...plan(),
      limitReanimatie: { ...niet, onBehalfOf: { userId: GP.userId, name: 'x' } },
    };
    const result = attributeDecision(
      'carePlan',
      'limitReanimatie',
      carePlanFieldGroups,
      plan(),
      proposed,
      resolve,
    );
    expect(result).toEqual({ ok: true, fields: { limitReanimatie: { ...niet, onBehalfOf: GP } } });
  });

  it('clears a stale attribution when the author decides themselves', () => {
    const proposed = { ...plan(), treatmentGoal: { goal: 'curatief', dateDiscussed: null } };
    const result = attributeDecision(
      'carePlan',
      'treatmentGoal',
      carePlanFieldGroups,
      plan(),
      proposed,
      resolve,
    );
    expect(result).toEqual({
      ok: true,
      fields: { treatmentGoal: { goal: 'curatief', dateDiscussed: null, onBehalfOf: null } },
    });
  });

  it('names the path of a claim it refuses', () => {
    const proposed = { onBehalfOf: { userId: '0193a0a0-0000-7000-8000-00000000dead', name: 'x' } };
    expect(
      attributeDecision('markingEvent', 'event', markingEventFieldGroups, undefined, proposed, resolve),
    ).toEqual({ ok: false, path: 'onBehalfOf' });
  });

  it('attributes only the other limits that changed', () => {
    const kept = { id: '0193a0a0-0000-7000-8000-0000000000a1', text: 'sonde', ...niet, onBehalfOf: null };
    const added = { id: '0193a0a0-0000-7000-8000-0000000000a2', text: 'vocht', ...niet, onBehalfOf: GP };
    const before = { ...plan(), otherLimits: [kept] };
    const proposed = { ...before, otherLimits: [kept, added] };
    const result = attributeDecision(
      'carePlan',
      'otherLimits',
      carePlanFieldGroups,
      before,
      proposed,
      resolve,
    );
    expect(result).toEqual({ ok: true, fields: { otherLimits: [kept, { ...added, onBehalfOf: GP }] } });
    const refused = attributeDecision(
      'carePlan',
      'otherLimits',
      carePlanFieldGroups,
      before,
      proposed,
      () => ({
        ok: false,
      }),
    );
    expect(refused).toEqual({ ok: false, path: 'otherLimits.1.onBehalfOf' });
  });
});
