import { describe, expect, it } from 'vitest';
import type { AgendaReason, PatientId, PatientStatus } from '../../../domain';
import { itemKindOf, type ItemKind } from './item-kind';

const PATIENT = '0190f0e2-7c4a-7000-8000-000000000001' as PatientId;

describe('itemKindOf', () => {
  it.each<[string, PatientId | null, AgendaReason[], PatientStatus | null, ItemKind]>([
    ['a general topic', null, [], null, 'topic'],
    ['a living patient', PATIENT, ['reviewDue'], 'active', 'patient'],
    [
      'a patient put on the agenda for the nabespreking',
      PATIENT,
      ['diedSinceLastMeeting'],
      'active',
      'deceased',
    ],
    ['a patient who died after the agenda was made', PATIENT, ['colourChanged'], 'deceased', 'deceased'],
    ['a patient no longer on this device', PATIENT, ['reviewDue'], null, 'patient'],
  ])('%s', (_case, patientId, reasons, status, kind) => {
    expect(itemKindOf({ patientId, reasons }, status === null ? null : { status })).toBe(kind);
  });
});
