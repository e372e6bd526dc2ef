import { describe, expect, it } from 'vitest';
import { completePlan } from './care-plan/care-plan.fixtures';
import {
  BASELINE_RECORD_VERSION,
  migrateChange,
  migrateRecord,
  type RecordEvolution,
} from './record-evolution';
import { MIN_CLIENT_SCHEMA_VERSION, SCHEMA_VERSION, SYNC_ENTITIES } from './sync';
import { SYNC_ENTITY_DEFINITIONS } from './sync-entities';

type Row = Record<string, unknown>;

/** A made-up record that renamed `name` to `title` (9) after adding `colour` (8). */
const renamed: RecordEvolution = {
  version: 9,
  migrations: {
    9: ({ name, ...rest }: Row) => (name === undefined ? rest : { ...rest, title: name }),
    8: (row) => ('colour' in row ? row : { ...row, colour: 'grijs' }),
  },
};

/** A care plan as a version-7 device stored it: without the fields added since. */
function planOfVersion7(): Row {
  const { mantelzorgDiscussedOn: _added, ...plan } = completePlan();
  return plan;
}

describe('record evolution', () => {
  it.each<[string, number, Row, Row]>([
    ['runs every migration after the version, in order', 7, { name: 'a' }, { title: 'a', colour: 'grijs' }],
    ['runs only the later ones', 8, { name: 'a', colour: 'rood' }, { title: 'a', colour: 'rood' }],
    ['leaves current data alone', 9, { title: 'a', colour: 'rood' }, { title: 'a', colour: 'rood' }],
  ])('%s', (_case, from, data, expected) => {
    expect(migrateRecord(renamed, data, from)).toEqual(expected);
  });

  it("migrates an older device's change merged onto the stored copy, keeping what it did not know", () => {
    const stored = { title: 'a', colour: 'rood', size: 3 };
    expect(migrateChange(renamed, { name: 'b' }, stored, 7)).toEqual({ title: 'b' });
    expect(migrateChange(renamed, { size: 3 }, stored, 7)).toEqual({ size: 3 });
    expect(migrateChange(renamed, { name: 'b' }, null, 7)).toEqual({ title: 'b', colour: 'grijs' });
    expect(migrateChange(renamed, { name: 'b' }, stored, 9)).toEqual({ name: 'b' });
  });

  it('migrates a care plan a version-7 device stored to one the current schema accepts', () => {
    const { schema, evolution } = SYNC_ENTITY_DEFINITIONS.carePlan;
    const old = planOfVersion7();
    expect(schema.safeParse(old).success).toBe(false);
    const migrated = migrateRecord(evolution, old, 7);
    expect(schema.parse(migrated)).toMatchObject({ mantelzorgDiscussedOn: null });
    expect(migrateRecord(evolution, completePlan(), 7)).toEqual(completePlan());
  });

  it("migrates the plan inside a saved version's snapshot", () => {
    const { evolution } = SYNC_ENTITY_DEFINITIONS.carePlanVersion;
    const migrated = migrateRecord(evolution, { id: 'v', plan: planOfVersion7() }, 7);
    expect(migrated.plan).toMatchObject({ mantelzorgDiscussedOn: null });
  });

  it.each(SYNC_ENTITIES)(
    '%s: its version is within the protocol and it migrates from every version a server accepts',
    (entity) => {
      const { evolution } = SYNC_ENTITY_DEFINITIONS[entity];
      expect(evolution.version).toBeLessThanOrEqual(SCHEMA_VERSION);
      expect(evolution.version).toBeGreaterThanOrEqual(BASELINE_RECORD_VERSION);
      expect(MIN_CLIENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(BASELINE_RECORD_VERSION);
      for (const version of Object.keys(evolution.migrations).map(Number)) {
        expect(version).toBeGreaterThan(BASELINE_RECORD_VERSION);
        expect(version).toBeLessThanOrEqual(evolution.version);
      }
    },
  );
});
