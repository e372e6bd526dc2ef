/**
 * The goal, the observations, informing the naasten and the ACP conversations of the export: Goal for the
 * treatment goal; Observations for the preferred place of death, the position on euthanasia, the donor
 * register, the wishes and what else matters; a Communication for informing the naasten; an Encounter with a
 * Procedure per ACP conversation. Each claims its profile in the IKNL PZP guide.
 */
import type {
  CodeableConcept,
  Communication,
  Encounter,
  Goal,
  Observation,
  Patient as FhirPatient,
  PractitionerRole,
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
  EUTHANASIA_POSITION,
  EUTHANASIA_POSITION_CODES,
  INFORM_NAASTEN_TEXT,
  INFORM_SOMEONE,
  PLACE_OF_DEATH_CODES,
  PLACE_OTHER,
  PREFERRED_PLACE_OF_DEATH,
  PROFILES,
  SENSE_OF_PURPOSE,
  SNOMED,
  SPECIFIC_CARE_WISHES,
  TREATMENT_GOAL_CODES,
  YES_NO_UNKNOWN_CODES,
} from './codes';
import { concept, derivedId, entryOf, referenceTo, type Entry } from './entries';

export interface ClinicalContext {
  plan: CarePlan;
  patient: Entry<FhirPatient>;
  /** The author's PractitionerRole: the guide references professionals in their role. */
  author: Entry<PractitionerRole>;
  /** The reference for a participant's name: a contact or professional in the Bundle, or the name alone. */
  participant: (name: string) => Reference;
}

const isFinal = (plan: CarePlan) => plan.status === 'vastgesteld';
const absent = (code: 'asked-unknown' | 'not-asked' | 'unknown'): CodeableConcept =>
  concept({ system: DATA_ABSENT_REASON, code });

export function goalEntries({ plan, patient, author }: ClinicalContext): Entry<Goal>[] {
  const { goal, dateDiscussed } = plan.treatmentGoal;
  if (goal === null) return [];
  return [
    entryOf<Goal>({
      resourceType: 'Goal',
      id: derivedId(plan, 'Goal/treatmentGoal'),
      meta: { profile: [PROFILES.goal] },
      lifecycleStatus: isFinal(plan) ? 'active' : 'proposed',
      // No category: the guide's authors chose against 713603004 in Goal.category (decisions.md).
      description: concept(TREATMENT_GOAL_CODES[goal]),
      subject: referenceTo(patient),
      ...(dateDiscussed === null ? {} : { statusDate: dateDiscussed }),
      expressedBy: referenceTo(author),
    }),
  ];
}

type ObservationValue = Pick<Observation, 'valueCodeableConcept' | 'valueString' | 'dataAbsentReason'>;

function observation(
  { plan, patient, author }: ClinicalContext,
  key: string,
  profile: string,
  code: CodeableConcept,
  value: ObservationValue,
  date: IsoDate | null,
  extra: Partial<Observation> = {},
): Entry<Observation> {
  return entryOf<Observation>({
    resourceType: 'Observation',
    id: derivedId(plan, `Observation/${key}`),
    meta: { profile: [profile] },
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
  if (place === 'anders') return { valueCodeableConcept: concept(PLACE_OTHER, otherText) };
  return { valueCodeableConcept: concept(PLACE_OF_DEATH_CODES[place]) };
}

/**
 * The recorded position, one of the guide's four; nothing recorded but a comment (e.g. an old plan's "no
 * written declaration") is sent as an unknown value with that comment, never as a position.
 */
function euthanasiaValue(plan: CarePlan): ObservationValue {
  const { position } = plan.euthanasia;
  if (position === null) return { dataAbsentReason: absent('unknown') };
  return { valueCodeableConcept: concept(EUTHANASIA_POSITION_CODES[position]) };
}

/** The Observations of the PZP record; facts that were not recorded are left out. */
export function observationEntries(context: ClinicalContext): Entry<Observation>[] {
  const { plan } = context;
  const entries: Entry<Observation>[] = [];
  const { preferredPlaceOfDeath, euthanasia, donorRegister, wishes, whatElseMatters } = plan;
  if (preferredPlaceOfDeath.place !== null)
    entries.push(
      observation(
        context,
        'preferredPlaceOfDeath',
        PROFILES.preferredPlaceOfDeath,
        snomed(PREFERRED_PLACE_OF_DEATH, 'voorkeursplaats van overlijden'),
        placeValue(plan),
        preferredPlaceOfDeath.dateDiscussed,
      ),
    );
  if (euthanasia.position !== null || euthanasia.comment !== '')
    entries.push(
      observation(
        context,
        'euthanasia',
        PROFILES.euthanasia,
        snomed(EUTHANASIA_POSITION, 'standpunt ten opzichte van euthanasie'),
        euthanasiaValue(plan),
        euthanasia.dateDiscussed,
        euthanasia.comment === '' ? {} : { note: [{ text: euthanasia.comment }] },
      ),
    );
  if (donorRegister.choiceRecorded !== null)
    entries.push(
      observation(
        context,
        'donorRegister',
        PROFILES.donorRegister,
        snomed(DONOR_REGISTER, 'geregistreerd in orgaan donorregister'),
        { valueCodeableConcept: concept(YES_NO_UNKNOWN_CODES[donorRegister.choiceRecorded]) },
        donorRegister.dateDiscussed,
      ),
    );
  if (wishes.text !== '')
    entries.push(
      observation(
        context,
        'wishes',
        PROFILES.specificCareWishes,
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
        PROFILES.otherImportantInformation,
        snomed(SENSE_OF_PURPOSE, 'gevoel van zingeving'),
        { valueString: whatElseMatters.text },
        whatElseMatters.dateDiscussed,
      ),
    );
  return entries;
}

/**
 * Informing the naasten as the guide's Communication: the patient was told of their own responsibility to
 * discuss the agreements with their naasten (completed), or was not (not-done).
 */
export function communicationEntries({ plan, patient, author }: ClinicalContext): Entry<Communication>[] {
  const { informed, date } = plan.naastenInformed;
  if (informed === null) return [];
  return [
    entryOf<Communication>({
      resourceType: 'Communication',
      id: derivedId(plan, 'Communication/naastenInformed'),
      meta: { profile: [PROFILES.communication] },
      status: informed === 'yes' ? 'completed' : 'not-done',
      topic: concept(
        { system: SNOMED, code: INFORM_SOMEONE, display: 'Recommendation to inform someone (procedure)' },
        INFORM_NAASTEN_TEXT,
      ),
      subject: referenceTo(patient),
      ...(date === null ? {} : { sent: date }),
      recipient: [referenceTo(patient)],
      sender: referenceTo(author),
      reasonCode: [snomed(ACP_PROCEDURE, 'Advance care planning (procedure)')],
    }),
  ];
}

/** Per ACP conversation an Encounter (who took part) and the Procedure 713603004 it was for. */
export function conversationEntries(context: ClinicalContext): Entry[] {
  const { plan, patient } = context;
  return plan.acpConversations.flatMap((conversation, index) => {
    const period = { start: conversation.date, end: conversation.date };
    const participants = conversation.participants.map(context.participant);
    const present = participants.filter((reference) => reference.type !== 'Patient');
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
      // R4 has no patient among an Encounter's participants: the guide reads the subject as "the patient
      // was there" (Encounter.fsh), so it is set only when they were; the Procedure always names them.
      ...(participants.length > present.length ? { subject: referenceTo(patient) } : {}),
      ...(present.length > 0 ? { participant: present.map((individual) => ({ individual })) } : {}),
      period,
      reasonReference: [referenceTo(procedure)],
    });
    return [encounter, procedure];
  });
}
