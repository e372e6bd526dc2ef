/**
 * The shipped checklist definitions. Old versions stay in this list when a new version ships, so results
 * recorded with them keep their meaning; regions add their own cards next to these.
 */
import type { ChecklistDefinition } from './definition';
import { definitionKey } from './definition-helpers';
import { indicatorsV1 } from './indicators';
import { caregiverBurdenV1, distressThermometerV1, spictOutcomeV1, usd4dV1 } from './instruments';
import { signallingCardV1 } from './signalling-card';
import { surpriseQuestionV1 } from './surprise-question';

export const BUILTIN_DEFINITIONS: readonly ChecklistDefinition[] = [
  surpriseQuestionV1,
  signallingCardV1,
  indicatorsV1,
  spictOutcomeV1,
  usd4dV1,
  distressThermometerV1,
  caregiverBurdenV1,
];

/** Looks definitions up by id and version. */
export interface DefinitionCatalog {
  get: (id: string, version: number) => ChecklistDefinition | undefined;
  /** The newest version of each definition id, for filling in new checklists. */
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
      return [...newest.values()];
    },
  };
}
