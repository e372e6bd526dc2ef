import { describe, expect, it } from 'vitest';
import { patientRow } from '../test/factories';
import { completePlan } from './care-plan/care-plan.fixtures';
import { readPulledRecord } from './pulled-record';
import { BASELINE_RECORD_VERSION } from './record-evolution';
import { SCHEMA_VERSION, type SyncEntity } from './sync';
import { SYNC_ENTITY_DEFINITIONS, specialistPatientView } from './sync-entities';

type Row = Record<string, unknown>;

/** As the server sends a change; `entity` may be a kind this app does not know. */
const changeOf = (entity: SyncEntity | 'medicationList', data: Row, frame: Row = {}): Row => ({
  entity,
  recordId: data.id,
  rev: 3,
  seq: 41,
  isDeleted: false,
  data,
  ...frame,
});

/** A care plan as a version-7 server holds it: without the fields added since. */
function planOfVersion7(): Row {
  const { mantelzorgDiscussedOn: _added, ...plan } = completePlan();
  return plan;
}

describe('readPulledRecord', () => {
  it.each<[string, Row, number]>([
    ['a patient', changeOf('patient', patientRow()), SCHEMA_VERSION],
    ['a care plan', changeOf('carePlan', completePlan()), SCHEMA_VERSION],
    [
      'a tombstone: the whole row with deletedAt',
      changeOf('patient', patientRow({ deletedAt: '2026-11-24T08:00:00.000Z' as never }), {
        isDeleted: true,
      }),
      SCHEMA_VERSION,
    ],
    ['a care plan of an older server, migrated first', changeOf('carePlan', planOfVersion7()), 7],
    [
      'a patient as a specialist PZ receives it (initials, no BSN or contact)',
      changeOf('patient', specialistPatientView(patientRow({ bsn: '987654329' }))),
      SCHEMA_VERSION,
    ],
    [
      'a care plan as a specialist PZ receives it',
      changeOf('carePlan', SYNC_ENTITY_DEFINITIONS.carePlan.specialistView?.(completePlan()) ?? {}),
      SCHEMA_VERSION,
    ],
  ])('accepts %s', (_case, change, dataVersion) => {
    expect(readPulledRecord(change, dataVersion)).toMatchObject({ isValid: true, change: { rev: 3 } });
  });

  it.each<[string, Row, number, { path: string; code: string }[]]>([
    [
      'a treatment limit with a decision the standard does not know',
      changeOf('carePlan', {
        ...completePlan(),
        limitReanimatie: { ...completePlan().limitReanimatie, decision: 'misschien' },
      }),
      SCHEMA_VERSION,
      [{ path: 'data.limitReanimatie.decision', code: 'invalid_value' }],
    ],
    [
      'a missing field',
      changeOf('patient', (({ status: _status, ...rest }) => rest)(patientRow())),
      SCHEMA_VERSION,
      [{ path: 'data.status', code: 'invalid_value' }],
    ],
    [
      'a record under another id than its own',
      changeOf('patient', patientRow(), { recordId: patientRow().id }),
      SCHEMA_VERSION,
      [{ path: 'data.id', code: 'record_id_mismatch' }],
    ],
    [
      'an older care plan sent as if it were current (not migrated)',
      changeOf('carePlan', planOfVersion7()),
      SCHEMA_VERSION,
      [{ path: 'data.mantelzorgDiscussedOn', code: 'invalid_type' }],
    ],
    [
      'a record kind this app does not know',
      changeOf('medicationList', { id: 'x' }),
      SCHEMA_VERSION,
      [{ path: 'entity', code: 'invalid_value' }],
    ],
    [
      'a broken frame',
      changeOf('patient', patientRow(), { rev: -1, seq: 'elf' }),
      SCHEMA_VERSION,
      [
        { path: 'rev', code: 'too_small' },
        { path: 'seq', code: 'invalid_type' },
      ],
    ],
  ])('refuses %s, naming the path and the code', (_case, change, dataVersion, issues) => {
    expect(readPulledRecord(change, dataVersion)).toEqual({ isValid: false, issues });
  });

  it('says where a record broke, never what it held', () => {
    const secret = 'Geheimnaam-987654329';
    const change = changeOf('patient', { ...patientRow(), familyName: 987_123, sex: secret });
    const read = readPulledRecord(change, SCHEMA_VERSION);
    expect(read.isValid).toBe(false);
    expect(JSON.stringify(read)).not.toContain(secret);
    expect(JSON.stringify(read)).not.toContain('987123');
  });

  it('keeps fields a newer server added that this app does not know, when its schema accepts the rest', () => {
    const data = { ...patientRow(), pronouns: 'zij/haar' };
    const read = readPulledRecord(changeOf('patient', data), SCHEMA_VERSION + 1);
    expect(read).toMatchObject({ isValid: true, data: { pronouns: 'zij/haar' } });
  });

  it('refuses a change whose data is not a record, before any migration reads it', () => {
    const change = { ...changeOf('carePlan', completePlan()), data: null };
    expect(readPulledRecord(change, BASELINE_RECORD_VERSION)).toEqual({
      isValid: false,
      issues: [{ path: 'data', code: 'invalid_type' }],
    });
  });
});
