import { useDatabase } from '../../app/DatabaseProvider';
import { useToday } from '../../components/useToday';
import { quickMark, type FieldIssue, type StorageFailure } from '../../db';
import { parseDutchDate, splitDutchName, surpriseQuestionV1, type RegisterColour } from '../../domain';
import { authorFromProfile, useProfileStore } from '../../state/profile-store';
import type { PatientChoice } from './PatientCombobox';

export interface QuickMarkInput {
  choice: PatientChoice;
  birthDate: string;
  surprise: string;
  markedBy: string;
  colour: RegisterColour;
}

export type QuickMarkOutcome =
  | { ok: true; patientId: string }
  | { ok: false; issues: FieldIssue[] }
  | { ok: false; failure: StorageFailure | 'notFound' };

/** New patients made from the quick-mark have only what the GP typed; the rest is filled in later. */
function newPatientFields(name: string, birthDate: string, treatingGp: string) {
  return {
    ...splitDutchName(name),
    birthDate: parseDutchDate(birthDate) ?? birthDate.trim(),
    sex: 'unknown',
    bsn: null,
    treatingGp,
    diagnosisText: '',
    icpcCode: null,
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
  };
}

/** Saves a quick-mark: (new) patient, the surprise question and the marking, in one transaction. */
export function useQuickMark(): (input: QuickMarkInput) => Promise<QuickMarkOutcome> {
  const db = useDatabase();
  const today = useToday();
  const profile = useProfileStore();
  return async ({ choice, birthDate, surprise, markedBy, colour }) => {
    if (surprise === '') return { ok: false, issues: [{ field: 'surprise', code: 'required' }] };
    const author = authorFromProfile(profile) ?? { name: markedBy.trim() || '-', role: 'huisarts' as const };
    const target =
      choice.kind === 'existing'
        ? { patientId: choice.patient.id }
        : { newPatient: newPatientFields(choice.name, birthDate, markedBy) };
    const change = {
      kind: 'palliative',
      markedBy,
      basis: surprise === 'nee' ? 'surpriseQuestion' : 'clinicalJudgement',
      isConversationHeld: false,
      conversationDate: null,
      colour,
    };
    const checklist = {
      definition: surpriseQuestionV1,
      answers: { surprised: surprise },
      observedOn: today,
      author,
    };
    const result = await quickMark(db, target, { date: today, change, author }, new Date(), checklist);
    if (result.ok) {
      if (!authorFromProfile(profile) && markedBy.trim() !== '') profile.setProfile(markedBy, 'huisarts');
      return { ok: true, patientId: result.patientId ?? '' };
    }
    if (result.error.kind === 'invalid') return { ok: false, issues: result.error.issues };
    return { ok: false, failure: result.error.kind };
  };
}
