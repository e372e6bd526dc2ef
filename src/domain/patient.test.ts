import { describe, expect, it } from 'vitest';
import { patientFields } from '../test/factories';
import type { IsoDate } from './date-schemas';
import {
  patientFieldGroups,
  patientFieldsSchema,
  validatePatientFields,
  type PatientFields,
} from './patient';

const today = '2026-11-23' as IsoDate;

function codesFor(overrides: Partial<Record<keyof PatientFields, unknown>>) {
  const result = validatePatientFields({ ...patientFields(), ...overrides }, today);
  return result.ok ? [] : result.issues.map((issue) => `${issue.field}:${issue.code}`);
}

describe('validatePatientFields', () => {
  it('accepts a complete, plausible patient', () => {
    expect(codesFor({})).toEqual([]);
  });

  it.each<[string, Partial<Record<keyof PatientFields, unknown>>, string]>([
    ['missing given name', { givenName: '  ' }, 'givenName:required'],
    ['missing family name', { familyName: '' }, 'familyName:required'],
    ['missing birth date', { birthDate: '' }, 'birthDate:required'],
    ['impossible birth date', { birthDate: '1948-02-30' }, 'birthDate:date.invalid'],
    ['birth in the future', { birthDate: '2026-11-24' }, 'birthDate:birthDate.future'],
    ['invalid BSN', { bsn: '123456789' }, 'bsn:bsn.invalid'],
    ['BSN of zeros', { bsn: '000000000' }, 'bsn:bsn.invalid'],
    ['bad ICPC code', { icpcCode: 'K7' }, 'icpc.invalid'],
    ['phone with letters', { contactName: 'Els', contactPhone: '06-abcdefgh' }, 'contactPhone:phone.invalid'],
    ['naaste without phone', { contactName: 'Els' }, 'contactPhone:contactPhone.required'],
    ['deceased without date', { status: 'deceased', placeOfDeath: 'home' }, 'deathDate:required'],
    ['deceased without place', { status: 'deceased', deathDate: '2026-01-01' }, 'placeOfDeath:required'],
    [
      'death before birth',
      { status: 'deceased', deathDate: '1940-01-01', placeOfDeath: 'home' },
      'deathDate:deathDate.beforeBirth',
    ],
    [
      'death in the future',
      { status: 'deceased', deathDate: '2027-01-01', placeOfDeath: 'home' },
      'deathDate:deathDate.future',
    ],
    ['marking in the future', { palliativeSince: '2026-12-01' }, 'palliativeSince:date.future'],
    ['unknown status', { status: 'zombie' }, 'status:required'],
  ])('refuses %s', (_case, overrides, expected) => {
    expect(codesFor(overrides).join(' ')).toContain(expected);
  });

  it('drops a date of death when the patient is not deceased', () => {
    const result = validatePatientFields(
      { ...patientFields(), status: 'active', deathDate: '2026-01-01', placeOfDeath: 'home' },
      today,
    );
    expect(result.ok && result.value).toMatchObject({ deathDate: null, placeOfDeath: null });
  });

  it('accepts a death today', () => {
    expect(codesFor({ status: 'deceased', deathDate: today, placeOfDeath: 'hospice' })).toEqual([]);
  });
});

describe('patientFieldGroups', () => {
  it('puts every editable field, and the marking attribution, in exactly one group', () => {
    const grouped: string[] = Object.values(patientFieldGroups).flat();
    const expected = [...Object.keys(patientFieldsSchema.shape), 'markingOnBehalfOf'];
    expect([...grouped].sort()).toEqual(expected.sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
