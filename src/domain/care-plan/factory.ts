/** Making care plans: the empty draft, and views of a plan that rules, exports and the UI share. */
import type { Author } from '../author';
import type { IsoDateTime } from '../date-schemas';
import type { PatientId } from '../ids';
import {
  PZP_FIELDS,
  TREATMENT_LIMIT_FIELDS,
  TREATMENT_LIMIT_KINDS,
  type CarePlan,
  type CarePlanFields,
  type CarePlanId,
  type DimensionRecord,
  type OtherLimit,
  type PzpRecord,
  type TreatmentLimit,
  type TreatmentLimitField,
  type TreatmentLimitKind,
} from './care-plan';

const emptyDimension = (): DimensionRecord => ({
  problems: '',
  wishes: '',
  goals: '',
  actions: [],
  evaluationDate: null,
  lastDiscussed: null,
});

/** A treatment limit that has not been recorded yet. */
export const emptyTreatmentLimit = (): TreatmentLimit => ({
  decision: null,
  dateDiscussed: null,
  withWhom: '',
  comment: '',
});

/** The fields of a new, empty draft plan. Also the "emptied" values of the specialist view. */
export function emptyCarePlanFields(): CarePlanFields {
  return {
    status: 'concept',
    startDate: null,
    regiebehandelaar: { name: '', phone: '' },
    eersteAanspreekpunt: { name: '', role: '', phone: '' },
    contacts: [],
    lichamelijk: emptyDimension(),
    psychisch: emptyDimension(),
    sociaal: emptyDimension(),
    spiritueel: emptyDimension(),
    medicationAndAids: { text: '', palliativeKitPresent: 'unknown', lastDiscussed: null },
    acuteAgreements: { text: '', lastDiscussed: null },
    vptz: { isDiscussed: false, deployedSince: null },
    mantelzorgSummary: '',
    mantelzorgDiscussedOn: null,
    limitReanimatie: emptyTreatmentLimit(),
    limitInvasieveBeademing: emptyTreatmentLimit(),
    limitIcOpname: emptyTreatmentLimit(),
    limitZiekenhuisopname: emptyTreatmentLimit(),
    limitAntibiotica: emptyTreatmentLimit(),
    limitBloedproducten: emptyTreatmentLimit(),
    limitIcdUitzetten: emptyTreatmentLimit(),
    otherLimits: [],
    treatmentGoal: { goal: null, dateDiscussed: null },
    preferredPlaceOfDeath: { place: null, otherText: '', dateDiscussed: null },
    euthanasia: { position: null, dateDiscussed: null, comment: '' },
    donorRegister: { choiceRecorded: null, dateDiscussed: null },
    wishes: { text: '', dateDiscussed: null },
    whatElseMatters: { text: '', dateDiscussed: null },
    naastenInformed: { informed: null, date: null },
    consentToShare: { hap: null, ambulance: null, date: null },
    acpConversations: [],
  };
}

/**
 * A new draft plan for a patient. The plan's id is the patient's id: a patient has exactly one plan, so two
 * devices that start a plan offline for the same patient edit the same record instead of making two.
 */
export function newCarePlan(patientId: PatientId, author: Author, now: IsoDateTime): CarePlan {
  return {
    ...emptyCarePlanFields(),
    id: patientId as string as CarePlanId,
    patientId,
    author,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
}

/** A treatment limit with its kind: the seven standard ones in order, then the other limits. */
export type TreatmentLimitEntry =
  | (TreatmentLimit & { kind: TreatmentLimitKind; field: TreatmentLimitField })
  | (OtherLimit & { kind: 'anders'; field: 'otherLimits'; index: number });

/** Every treatment limit of a plan as one list, for rules, the handover sheet and the FHIR export. */
export function treatmentLimitsOf(fields: CarePlanFields): TreatmentLimitEntry[] {
  const standard = TREATMENT_LIMIT_KINDS.map((kind) => {
    const field = TREATMENT_LIMIT_FIELDS[kind];
    return { ...fields[field], kind, field };
  });
  const others = fields.otherLimits.map((limit, index) => ({
    ...limit,
    kind: 'anders' as const,
    field: 'otherLimits' as const,
    index,
  }));
  return [...standard, ...others];
}

/** The PZP part of a plan. */
export function pzpRecordOf(fields: CarePlanFields): PzpRecord {
  return Object.fromEntries(PZP_FIELDS.map((field) => [field, fields[field]])) as PzpRecord;
}
