import { useDatabase } from '../../providers/DatabaseProvider';
import { NAMENS_MISSING } from '../../components/OnBehalfField';
import { useAccess } from '../../components/useAccess';
import { useAuthor } from '../../components/useAuthor';
import { useToday } from '../../components/useToday';
import { quickMark, type FieldIssue, type StorageFailure } from '../../db';
import {
  parseDutchDate,
  splitDutchName,
  surpriseQuestionV1,
  type OnBehalfOf,
  type RegisterColour,
} from '../../domain';
import type { PatientChoice } from './PatientCombobox';

export interface QuickMarkInput {
  choice: PatientChoice;
  birthDate: string;
  surprise: string;
  markedBy: string;
  colour: RegisterColour;
  /** For a POH: the huisarts on whose behalf she marks (required then); ignored for anyone else. */
  onBehalfOf: OnBehalfOf | null;
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
  const author = useAuthor();
  // A POH records a marking only namens a huisarts of the practice.
  const isNamens = useAccess().decisionMode === 'onBehalf';
  return async ({ choice, birthDate, surprise, markedBy, colour, onBehalfOf }) => {
    const issues: FieldIssue[] = [];
    if (!author) issues.push({ field: 'author', code: 'authorMissing' });
    if (surprise === '') issues.push({ field: 'surprise', code: 'required' });
    if (isNamens && onBehalfOf === null) issues.push({ field: 'onBehalfOf', code: NAMENS_MISSING });
    if (!author || issues.length > 0) return { ok: false, issues };
    // Who recorded it namens the huisarts: this account (the server stamps the same).
    const namens = isNamens && onBehalfOf ? { ...onBehalfOf, recordedBy: author.name } : null;
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
    const entry = { date: today, change, author, onBehalfOf: namens };
    const result = await quickMark(db, target, entry, new Date(), checklist);
    if (result.ok) return { ok: true, patientId: result.patientId ?? '' };
    if (result.error.kind === 'invalid') return { ok: false, issues: result.error.issues };
    return { ok: false, failure: result.error.kind };
  };
}
