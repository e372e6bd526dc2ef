/**
 * How the care plan's shape evolved, and the migrations that bring older plans up to date (see
 * record-evolution.ts). A version record holds a whole plan, so it evolves with the plan.
 */
import type { RecordEvolution } from '../record-evolution';

type Row = Record<string, unknown>;

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Version 8: the date the mantelzorgbelasting was last discussed; older plans never recorded one. */
function addMantelzorgDiscussedOn(plan: Row): Row {
  return 'mantelzorgDiscussedOn' in plan ? plan : { ...plan, mantelzorgDiscussedOn: null };
}

export const carePlanEvolution: RecordEvolution = {
  version: 8,
  migrations: { 8: addMantelzorgDiscussedOn },
};

/** A saved version's snapshot of the plan migrates as a plan does. */
export const carePlanVersionEvolution: RecordEvolution = {
  version: 8,
  migrations: {
    8: (version) =>
      isRecord(version.plan) ? { ...version, plan: addMantelzorgDiscussedOn(version.plan) } : version,
  },
};
