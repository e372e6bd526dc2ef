/** Test data that passes the schemas, with overrides for the case at hand. */
import type { IsoDate, IsoDateTime, Patient, PatientFields, PatientId, SessionInfo } from '../domain';

let sequence = 0;

export function patientFields(overrides: Partial<PatientFields> = {}): PatientFields {
  return {
    givenName: 'Jan',
    namePrefix: 'de',
    familyName: 'Vries',
    birthDate: '1948-03-07' as IsoDate,
    sex: 'male',
    bsn: null,
    treatingGp: 'H. Bakker',
    diagnosisText: 'Hartfalen',
    icpcCode: 'K77',
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    homeCareOrganisation: '',
    status: 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
    palliativeSince: null,
    registerColour: null,
    dyingPhaseSince: null,
    ...overrides,
  };
}

/** A stored patient row with a fresh UUID (version 7 layout, counter in the last digits). */
export function patientRow(overrides: Partial<Patient> = {}): Patient {
  sequence += 1;
  const at = '2026-01-05T09:00:00.000Z' as IsoDateTime;
  return {
    ...patientFields(),
    id: `0190f0e2-7c4a-7000-8000-${String(sequence).padStart(12, '0')}` as PatientId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...overrides,
  };
}

/**
 * A GP's palliative marking after the surprise question, as recordMarking takes it (unparsed input, so a
 * test may also leave a field out or break one).
 */
export function palliativeMarking(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'palliative',
    markedBy: 'H. Bakker',
    basis: 'surpriseQuestion',
    isConversationHeld: true,
    conversationDate: '2026-11-20',
    colour: 'yellow',
    ...overrides,
  };
}

/** A signed-in POH, the default account in component tests. */
export const TEST_SESSION: SessionInfo = {
  user: {
    id: '0190f0e2-7c4a-7000-8000-00000000a001',
    name: 'Petra Ouwens',
    email: 'poh@praktijk.nl',
    role: 'poh',
    isSharedDevice: false,
  },
  practice: { id: '0190f0e2-7c4a-7000-8000-00000000b001', name: 'Huisartsenpraktijk De Linde' },
  idleTimeoutMinutes: 30,
};
