/**
 * The goal, the observations and the ACP conversations of the export: Goal for the treatment goal,
 * Observations for the preferred place of death, the euthanasia facts, the donor register, the wishes, what
 * else matters and whether naasten were informed, and an Encounter with a Procedure per ACP conversation.
 */
import type {
  CodeableConcept,
  Encounter,
  Goal,
  Observation,
  Patient as FhirPatient,
  Practitioner,
  Procedure,
  Reference,
} from 'fhir/r4';
import type { IsoDate } from '../../date-schemas';
import type { CarePlan } from '../care-plan';
import {
  ACP_PROCEDURE,
  ACT_CODE,
  CARE_WISHES_METHOD,
  DATA_ABSENT_REASON,
  DONOR_REGISTER,
  EUTHANASIA_DECLARATION_NO,
  EUTHANASIA_DECLARATION_YES,
  EUTHANASIA_POSITION,
  NAASTEN_INFORMED,
  NULL_FLAVOR,
  PLACE_OF_DEATH_CODES,
  PREFERRED_PLACE_OF_DEATH,
  PROFILES,
  SENSE_OF_PURPOSE,
  SNOMED,
  SNOMED_NO,
  SNOMED_YES,
  SPECIFIC_CARE_WISHES,
  TIJDIG_SYSTEM,
  TREATMENT_GOAL_CODES,
} from './codes';
import { concept, derivedId, entryOf, referenceTo, type Entry } from './entries';

export interface ClinicalContext {
  plan: CarePlan;
  patient: Entry<FhirPatient>;
  author: Entry<Practitioner>;
  /** The reference for a participant's name: a contact or professional in the Bundle, or the name alone. */
  participant: (name: string) => Reference;
}

const isFinal = (plan: CarePlan) => plan.status === 'vastgesteld';
const unknownValue = concept({ system: NULL_FLAVOR, code: 'UNK', display: 'unknown' });
const absent = (code: 'asked-unknown' | 'not-asked'): CodeableConcept =>
  concept({ system: DATA_ABSENT_REASON, code });

export function goalEntries({ plan, patient, author }: ClinicalContext): Entry<Goal>[] {
  const { goal, dateDiscussed } = plan.treatmentGoal;
  if (goal === null) return [];
  return [
    entryOf<Goal>({
      resourceType: 'Goal',
      id: derivedId(plan, 'Goal/treatmentGoal'),
      lifecycleStatus: isFinal(plan) ? 'active' : 'proposed',
      category: [concept({ system: SNOMED, code: ACP_PROCEDURE, display: 'advance care planning' })],
      description: concept(TREATMENT_GOAL_CODES[goal]),
      subject: referenceTo(patient),
      ...(dateDiscussed === null ? {} : { statusDate: dateDiscussed }),
      expressedBy: referenceTo(author),
    }),
  ];
}

type ObservationValue = Pick<
  Observation,
  'valueCodeableConcept' | 'valueString' | 'valueBoolean' | 'dataAbsentReason'
>;

function observation(
  { plan, patient, author }: ClinicalContext,
  key: string,
  code: CodeableConcept,
  value: ObservationValue,
  date: IsoDate | null,
  extra: Partial<Observation> = {},
): Entry<Observation> {
  return entryOf<Observation>({
    resourceType: 'Observation',
    id: derivedId(plan, `Observation/${key}`),
    status: isFinal(plan) ? 'final' : 'preliminary',
    code,
    subject: referenceTo(patient),
    ...(date === null ? {} : { effectiveDateTime: date }),
    performer: [referenceTo(author)],
    ...value,
    ...extra,
  });
}

const snomed = (code: string, display: string) => concept({ system: SNOMED, code, display });

function placeValue(plan: CarePlan): ObservationValue {
  const { place, otherText } = plan.preferredPlaceOfDeath;
  if (place === 'onbekend' || place === null) return { dataAbsentReason: absent('asked-unknown') };
  if (place === 'anders')
    return { valueCodeableConcept: concept({ system: NULL_FLAVOR, code: 'OTH' }, otherText) };
  return { valueCodeableConcept: concept(PLACE_OF_DEATH_CODES[place]) };
}

function euthanasiaValue(plan: CarePlan): ObservationValue {
  const { isWishDiscussed, declarationPresent } = plan.euthanasia;
  if (!isWishDiscussed) return { dataAbsentReason: absent('not-asked') };
  if (declarationPresent === 'yes')
    return { valueCodeableConcept: snomed(EUTHANASIA_DECLARATION_YES, 'heeft euthanasieverklaring') };
  if (declarationPresent === 'no')
    return { valueCodeableConcept: snomed(EUTHANASIA_DECLARATION_NO, 'heeft geen euthanasieverklaring') };
  return { valueCodeableConcept: unknownValue };
}

const ANSWER_VALUES = {
  yes: snomed(SNOMED_YES, 'ja'),
  no: snomed(SNOMED_NO, 'nee'),
  unknown: unknownValue,
} as const;

/** The Observations of the PZP record; facts that were not recorded are left out. */
export function observationEntries(context: ClinicalContext): Entry<Observation>[] {
  const { plan } = context;
  const entries: Entry<Observation>[] = [];
  const { preferredPlaceOfDeath, euthanasia, donorRegister, wishes, whatElseMatters, naastenInformed } = plan;
  if (preferredPlaceOfDeath.place !== null)
    entries.push(
      observation(
        context,
        'preferredPlaceOfDeath',
        snomed(PREFERRED_PLACE_OF_DEATH, 'voorkeursplaats van overlijden'),
        placeValue(plan),
        preferredPlaceOfDeath.dateDiscussed,
      ),
    );
  if (
    euthanasia.isWishDiscussed ||
    euthanasia.declarationPresent !== 'unknown' ||
    euthanasia.dateDiscussed !== null
  )
    entries.push(
      observation(
        context,
        'euthanasia',
        snomed(EUTHANASIA_POSITION, 'standpunt ten opzichte van euthanasie'),
        euthanasiaValue(plan),
        euthanasia.dateDiscussed,
      ),
    );
  if (donorRegister.choiceRecorded !== null)
    entries.push(
      observation(
        context,
        'donorRegister',
        snomed(DONOR_REGISTER, 'geregistreerd in orgaandonorregister'),
        { valueCodeableConcept: ANSWER_VALUES[donorRegister.choiceRecorded] },
        donorRegister.dateDiscussed,
      ),
    );
  if (wishes.text !== '')
    entries.push(
      observation(
        context,
        'wishes',
        snomed(SPECIFIC_CARE_WISHES, 'wensen en verwachtingen met betrekking tot uitkomst van behandeling'),
        { valueString: wishes.text },
        wishes.dateDiscussed,
        {
          method: snomed(
            CARE_WISHES_METHOD,
            'vaststellen van persoonlijke waarden en wensen met betrekking tot zorg',
          ),
        },
      ),
    );
  if (whatElseMatters.text !== '')
    entries.push(
      observation(
        context,
        'whatElseMatters',
        snomed(SENSE_OF_PURPOSE, 'gevoel van zingeving'),
        { valueString: whatElseMatters.text },
        whatElseMatters.dateDiscussed,
      ),
    );
  if (naastenInformed.informed !== null)
    entries.push(
      observation(
        context,
        'naastenInformed',
        concept(
          {
            system: TIJDIG_SYSTEM,
            code: NAASTEN_INFORMED,
            display: 'Naasten geïnformeerd over de afspraken',
          },
          'Naasten geïnformeerd over de afspraken',
        ),
        { valueBoolean: naastenInformed.informed === 'yes' },
        naastenInformed.date,
      ),
    );
  return entries;
}

/** Per ACP conversation an Encounter (who took part) and the Procedure 713603004 it was for. */
export function conversationEntries(context: ClinicalContext): Entry[] {
  const { plan, patient } = context;
  return plan.acpConversations.flatMap((conversation, index) => {
    const period = { start: conversation.date, end: conversation.date };
    const participants = conversation.participants.map(context.participant);
    const encounterId = derivedId(plan, `Encounter/${index}`);
    const procedure = entryOf<Procedure>({
      resourceType: 'Procedure',
      id: derivedId(plan, `Procedure/${index}`),
      meta: { profile: [PROFILES.procedure] },
      status: 'completed',
      code: snomed(ACP_PROCEDURE, 'advance care planning'),
      subject: referenceTo(patient),
      encounter: { reference: `urn:uuid:${encounterId}`, type: 'Encounter' },
      performedPeriod: period,
      ...(participants.length > 0 ? { performer: participants.map((actor) => ({ actor })) } : {}),
    });
    const encounter = entryOf<Encounter>({
      resourceType: 'Encounter',
      id: encounterId,
      meta: { profile: [PROFILES.encounter] },
      status: 'finished',
      class: { system: ACT_CODE, code: 'AMB', display: 'ambulatory' },
      subject: referenceTo(patient),
      ...(participants.length > 0 ? { participant: participants.map((individual) => ({ individual })) } : {}),
      period,
      reasonReference: [referenceTo(procedure)],
    });
    return [encounter, procedure];
  });
}
