/**
 * "Namens" in the export: a medical decision a POH recorded on behalf of a huisarts. The IKNL PZP guide has
 * no element for who recorded a decision versus whose decision it is, so the export uses the R4 Provenance
 * resource: per huisarts and recorder one Provenance whose targets are the decisions' resources (the
 * treatment directive Consents, the treatment goal, the euthanasia Observation and written declaration),
 * with the huisarts as agent of type `author` and the POH as agent of type `enterer` acting `onBehalfOf`
 * the huisarts. Both are a Practitioner with a PractitionerRole, like every professional in the Bundle.
 */
import type { Provenance, ProvenanceAgent } from 'fhir/r4';
import type { OnBehalfOf } from '../../on-behalf';
import type { CarePlan } from '../care-plan';
import { treatmentLimitsOf } from '../factory';
import { concept, derivedId, entryOf, referenceTo, type Entry } from './entries';
import { professionalEntries } from './export-people';

const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';
const AUTHOR = { system: PARTICIPANT_TYPE, code: 'author', display: 'Author' };
const ENTERER = { system: PARTICIPANT_TYPE, code: 'enterer', display: 'Enterer' };

/** The ids of the resources that may hold each attributed decision of the plan. */
function attributedDecisions(plan: CarePlan): { onBehalfOf: OnBehalfOf; ids: string[] }[] {
  const decisions = treatmentLimitsOf(plan).map((limit) => ({
    onBehalfOf: limit.onBehalfOf,
    ids: [limit.kind === 'anders' ? limit.id : derivedId(plan, `Consent/${limit.kind}`)],
  }));
  decisions.push(
    { onBehalfOf: plan.treatmentGoal.onBehalfOf, ids: [derivedId(plan, 'Goal/treatmentGoal')] },
    {
      onBehalfOf: plan.euthanasia.onBehalfOf,
      ids: [derivedId(plan, 'Observation/euthanasia'), derivedId(plan, 'Consent/advanceDirective')],
    },
  );
  return decisions.flatMap(({ onBehalfOf, ids }) => (onBehalfOf ? [{ onBehalfOf, ids }] : []));
}

/**
 * The Provenance of every decision in `entries` recorded namens a huisarts, with the huisarts and the
 * recorder as professionals; nothing when the huisarts decided everything themselves.
 */
export function provenanceEntries(plan: CarePlan, entries: readonly Entry[]): Entry[] {
  const byId = new Map(entries.map((entry) => [entry.resource.id, entry]));
  const groups = new Map<string, { onBehalfOf: OnBehalfOf; targets: Entry[] }>();
  for (const { onBehalfOf, ids } of attributedDecisions(plan)) {
    const targets = ids.flatMap((id) => byId.get(id) ?? []);
    if (targets.length === 0) continue;
    const key = `${onBehalfOf.userId}/${onBehalfOf.recordedBy ?? ''}`;
    const group = groups.get(key) ?? { onBehalfOf, targets: [] };
    group.targets.push(...targets);
    groups.set(key, group);
  }
  return [...groups].flatMap(([key, { onBehalfOf, targets }]) => {
    const huisarts = professionalEntries(plan, `huisarts/${onBehalfOf.userId}`, {
      name: onBehalfOf.name,
      roleText: 'huisarts',
    });
    const recordedBy = onBehalfOf.recordedBy ?? '';
    const recorder =
      recordedBy === ''
        ? undefined
        : professionalEntries(plan, `recorder/${key}`, { name: recordedBy, roleText: 'poh' });
    const agents: ProvenanceAgent[] = [
      { type: concept(AUTHOR), who: referenceTo(huisarts.role, onBehalfOf.name) },
    ];
    if (recorder)
      agents.push({
        type: concept(ENTERER),
        who: referenceTo(recorder.role, recordedBy),
        onBehalfOf: referenceTo(huisarts.role, onBehalfOf.name),
      });
    const provenance = entryOf<Provenance>({
      resourceType: 'Provenance',
      id: derivedId(plan, `Provenance/${key}`),
      target: targets.map((target) => referenceTo(target)),
      recorded: plan.updatedAt,
      agent: agents,
    });
    return [
      huisarts.practitioner,
      huisarts.role,
      ...(recorder ? [recorder.practitioner, recorder.role] : []),
      provenance,
    ];
  });
}
