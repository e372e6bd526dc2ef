/**
 * The shipped checklist definitions. Old versions stay in this list when a new version ships, so results
 * recorded with them keep their meaning; regions add their own cards next to these.
 */
import type { ChecklistDefinition } from './definition';
import { definitionKey } from './definition-helpers';
import { caregiverBurdenV1, edizV2 } from './caregiver-burden';
import { indicatorsV1 } from './indicators';
import { distressThermometerV1, distressThermometerV2, spictOutcomeV1 } from './instruments';
import { radpacV1 } from './radpac';
import { signallingCardV1 } from './signalling-card';
import { surpriseQuestionV1 } from './surprise-question';
import { symptomScoresV1, usd4dV1 } from './symptoms';

/** Every definition Tijdig ships, retired versions included (their results must stay readable). */
export const BUILTIN_DEFINITIONS: readonly ChecklistDefinition[] = [
  surpriseQuestionV1,
  signallingCardV1,
  spictOutcomeV1,
  radpacV1,
  symptomScoresV1,
  distressThermometerV1,
  distressThermometerV2,
  caregiverBurdenV1,
  edizV2,
  indicatorsV1,
  usd4dV1,
];

/** Looks definitions up by id and version. */
export interface DefinitionCatalog {
  get: (id: string, version: number) => ChecklistDefinition | undefined;
  /** The newest version of each definition id, for filling in new checklists; retired ids are left out. */
  current: () => ChecklistDefinition[];
}

/** A catalog over the built-in definitions plus any imported ones (which may add versions or new ids). */
export function createCatalog(extra: readonly ChecklistDefinition[] = []): DefinitionCatalog {
  const byKey = new Map<string, ChecklistDefinition>();
  for (const definition of [...BUILTIN_DEFINITIONS, ...extra])
    byKey.set(definitionKey(definition), definition);
  return {
    get: (id, version) => byKey.get(`${id}@${String(version)}`),
    current: () => {
      const newest = new Map<string, ChecklistDefinition>();
      for (const definition of byKey.values()) {
        const known = newest.get(definition.id);
        if (!known || known.version < definition.version) newest.set(definition.id, definition);
      }
      return [...newest.values()].filter((definition) => definition.isRetired !== true);
    },
  };
}
