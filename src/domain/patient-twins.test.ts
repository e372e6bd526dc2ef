import { describe, expect, it } from 'vitest';
import { patientRow } from '../test/factories';
import type { IsoDateTime, Patient } from '.';
import { distinctionsOf, twinCollector } from './patient-twins';

const jan = (overrides: Partial<Patient>) =>
  patientRow({ givenName: 'Jan', familyName: 'Vries', ...overrides });

describe('distinctionsOf', () => {
  it('leaves a patient with a name and birth date of their own alone', () => {
    const patients = [
      jan({}),
      jan({ birthDate: '1950-01-01' as Patient['birthDate'] }),
      jan({ givenName: 'Piet' }),
    ];
    expect(distinctionsOf(patients).size).toBe(0);
  });

  it.each<[string, Partial<Patient>, Partial<Patient>, unknown]>([
    ['the last three digits of the BSN', { bsn: '111222333' }, {}, { kind: 'bsn', lastDigits: '333' }],
    [
      'a treating GP the twin does not have',
      { treatingGp: 'Dr. Oost' },
      {},
      { kind: 'treatingGp', name: 'Dr. Oost' },
    ],
    [
      'a home-care organisation the twin does not have',
      { homeCareOrganisation: 'Thuiszorg West' },
      {},
      { kind: 'homeCare', name: 'Thuiszorg West' },
    ],
    [
      'the day it was added when nothing else differs',
      { createdAt: '2026-03-01T23:30:00.000Z' as IsoDateTime },
      {},
      { kind: 'addedOn', date: '2026-03-02' },
    ],
  ])('tells twins apart by %s', (_, own, twin, expected) => {
    const patient = jan(own);
    const other = jan({ givenName: ' jan ', ...twin });
    expect(distinctionsOf([patient, other]).get(patient.id)).toEqual(expected);
  });

  it('never hands out more than three digits of a BSN', () => {
    const [a, b] = [jan({ bsn: '123456782' }), jan({ bsn: '111222333' })];
    expect(JSON.stringify([...distinctionsOf([a, b]).values()])).not.toMatch(/\d{4}/);
  });
});

describe('twinCollector', () => {
  const born = '1950-01-01' as Patient['birthDate'];
  const patients = [
    jan({ bsn: '111222333' }),
    jan({ givenName: 'Piet' }),
    jan({ givenName: ' JAN ', bsn: '444555666' }),
    jan({ birthDate: born }),
    jan({ givenName: 'Kees' }),
    jan({ bsn: '777888999' }),
    jan({ givenName: 'Kees', treatingGp: 'Dr. Oost' }),
  ];

  it.each([[1], [2], [3], [7]])(
    'added in chunks of %i, holds exactly the twins, whose distinctions are those among everyone',
    (size) => {
      const twins = twinCollector<Patient>();
      for (let start = 0; start < patients.length; start += size)
        twins.add(patients.slice(start, start + size));
      const [jan1, , jan2, , kees1, jan3, kees2] = patients;
      expect(twins.members()).toEqual([jan1, jan2, jan3, kees1, kees2]);
      expect(distinctionsOf(twins.members())).toEqual(distinctionsOf(patients));
    },
  );

  it('holds nobody when every name and birth date is its own', () => {
    const twins = twinCollector<Patient>();
    twins.add([jan({}), jan({ birthDate: born }), jan({ givenName: 'Piet' })]);
    expect(twins.members()).toEqual([]);
  });
});
