/** Reading the goal, the observations, the people and the ACP conversations of a PZP Bundle. */
import type { z } from 'zod';
import type {
  Contact,
  ContactKind,
  EuthanasiaPosition,
  PreferredPlaceOfDeath,
  TreatmentGoal,
  YesNoUnknown,
} from '../care-plan';
import {
  ACP_PROCEDURE,
  CARE_TEAM_ROLES,
  CONTACT_ROLE_SYSTEM,
  DONOR_REGISTER,
  EUTHANASIA_POSITION,
  EUTHANASIA_POSITION_CODES,
  INFORM_SOMEONE,
  NAASTEN_INFORMED,
  NULL_FLAVOR,
  PATIENT_WORD,
  PLACE_OF_DEATH_CODES,
  REPRESENTATIVE_TEXT,
  ROLE_CODE,
  PREFERRED_PLACE_OF_DEATH,
  SENSE_OF_PURPOSE,
  SNOMED,
  SNOMED_NO,
  SNOMED_YES,
  SPECIFIC_CARE_WISHES,
  TIJDIG_SYSTEM,
  TREATMENT_GOAL_ALIASES,
  TREATMENT_GOAL_CODES,
} from './codes';
import { fitted, keepNewest, personName, report, type ImportContext } from './import-context';
import {
  codesOf,
  dateOf,
  nameOf,
  personSchema,
  type AnyResource,
  type careTeamSchema,
  type communicationSchema,
  type Concept,
  type encounterSchema,
  type goalSchema,
  type ObservationResource,
  type PersonResource,
  type practitionerRoleSchema,
  type procedureSchema,
} from './import-schemas';

const reverse = <K extends string>(codes: Readonly<Record<K, { code?: string | undefined }>>) =>
  new Map(
    Object.entries<{ code?: string | undefined }>(codes).map(([key, coding]) => [
      coding.code ?? '',
      key as K,
    ]),
  );
const GOAL_BY_CODE = new Map<string, TreatmentGoal>([
  ...reverse(TREATMENT_GOAL_CODES),
  ...Object.entries(TREATMENT_GOAL_ALIASES),
]);
const PLACE_BY_CODE = reverse(PLACE_OF_DEATH_CODES);
/** The euthanasia position by its code, SNOMED or NullFlavor (each code is unique across the two). */
const POSITION_BY_CODE = new Map<string, EuthanasiaPosition>(
  Object.entries(EUTHANASIA_POSITION_CODES).map(([position, coding]) => [
    `${coding.system ?? ''}|${coding.code ?? ''}`,
    position as EuthanasiaPosition,
  ]),
);

function positionOf(value: Concept | undefined): EuthanasiaPosition | undefined {
  for (const coding of value?.coding ?? []) {
    const position = POSITION_BY_CODE.get(`${coding.system ?? ''}|${coding.code ?? ''}`);
    if (position !== undefined) return position;
  }
  return undefined;
}

export function readGoal(context: ImportContext, goal: z.infer<typeof goalSchema>, path: string): void {
  const code = codesOf(goal.description, SNOMED).find((value) => GOAL_BY_CODE.has(value));
  const value = code === undefined ? undefined : GOAL_BY_CODE.get(code);
  if (value === undefined) {
    report(context, 'Goal', `${path}.description`, 'code.unknown');
    return;
  }
  const date = dateOf(goal.statusDate ?? goal.startDate);
  if (keepNewest(context, 'treatmentGoal', 'Goal', path, date))
    context.plan.treatmentGoal = { goal: value, dateDiscussed: date };
}

function answerOf(value: Concept | undefined): YesNoUnknown {
  const codes = codesOf(value, SNOMED);
  if (codes.includes(SNOMED_YES)) return 'yes';
  if (codes.includes(SNOMED_NO)) return 'no';
  return 'unknown';
}

function placeOf(
  observation: ObservationResource,
): { place: PreferredPlaceOfDeath; otherText: string } | undefined {
  const value = observation.valueCodeableConcept;
  if (value === undefined) return { place: 'onbekend', otherText: '' };
  for (const code of codesOf(value, SNOMED)) {
    const place = PLACE_BY_CODE.get(code);
    if (place !== undefined) return { place, otherText: '' };
  }
  const nullFlavor = codesOf(value, NULL_FLAVOR);
  if (nullFlavor.includes('UNK')) return { place: 'onbekend', otherText: '' };
  const text = value.text?.trim() ?? '';
  return text === '' ? undefined : { place: 'anders', otherText: text };
}

/**
 * Reads one Observation into the plan by its code, or reports it as unknown; returns the elements it read
 * beyond an Observation's usual ones (the euthanasia position's note is its comment).
 */
export function readObservation(
  context: ImportContext,
  observation: ObservationResource,
  path: string,
): string[] {
  const date = dateOf(observation.effectiveDateTime ?? observation.effectivePeriod?.start);
  const snomed = codesOf(observation.code, SNOMED);
  const keep = (field: string) => keepNewest(context, field, 'Observation', path, date);
  const text = (max: number) =>
    fitted(context, observation.valueString?.trim() ?? '', max, 'Observation', `${path}.valueString`);
  if (snomed.includes(PREFERRED_PLACE_OF_DEATH)) {
    const place = placeOf(observation);
    if (place === undefined) {
      report(context, 'Observation', `${path}.valueCodeableConcept`, 'code.unknown');
      return [];
    }
    const otherText = fitted(context, place.otherText, 200, 'Observation', `${path}.valueCodeableConcept`);
    if (keep('preferredPlaceOfDeath'))
      context.plan.preferredPlaceOfDeath = { ...place, otherText, dateDiscussed: date };
  } else if (snomed.includes(EUTHANASIA_POSITION)) {
    const value = observation.valueCodeableConcept;
    const position = value === undefined ? null : positionOf(value);
    if (position === undefined) {
      report(context, 'Observation', `${path}.valueCodeableConcept`, 'code.unknown');
      return [];
    }
    const note = (observation.note ?? [])
      .map((item) => item.text?.trim() ?? '')
      .filter((text) => text !== '')
      .join('\n');
    const comment = fitted(context, note, 1000, 'Observation', `${path}.note`);
    if (keep('euthanasia')) context.plan.euthanasia = { position, dateDiscussed: date, comment };
    return ['note'];
  } else if (snomed.includes(DONOR_REGISTER)) {
    const choiceRecorded = answerOf(observation.valueCodeableConcept);
    if (keep('donorRegister')) context.plan.donorRegister = { choiceRecorded, dateDiscussed: date };
  } else if (snomed.includes(SPECIFIC_CARE_WISHES) && observation.valueString?.trim()) {
    if (keep('wishes')) context.plan.wishes = { text: text(2000), dateDiscussed: date };
  } else if (snomed.includes(SENSE_OF_PURPOSE) && observation.valueString?.trim()) {
    if (keep('whatElseMatters')) context.plan.whatElseMatters = { text: text(2000), dateDiscussed: date };
  } else if (
    codesOf(observation.code, TIJDIG_SYSTEM).includes(NAASTEN_INFORMED) &&
    observation.valueBoolean !== undefined
  ) {
    // Tijdig's own Observation, from exports made before the guide's Communication was used.
    if (keep('naastenInformed'))
      context.plan.naastenInformed = { informed: observation.valueBoolean ? 'yes' : 'no', date };
  } else {
    report(context, 'Observation', `${path}.code`, 'code.unknown');
  }
  return [];
}

/**
 * Informing the naasten, the guide's Communication (topic 223449006 or reason 713603004): completed means the
 * patient was informed, not-done that they were not.
 */
export function readCommunication(
  context: ImportContext,
  communication: z.infer<typeof communicationSchema>,
  path: string,
): void {
  const isAboutInforming =
    codesOf(communication.topic, SNOMED).includes(INFORM_SOMEONE) ||
    (communication.reasonCode ?? []).some((reason) => codesOf(reason, SNOMED).includes(ACP_PROCEDURE));
  if (!isAboutInforming) {
    report(context, 'Communication', `${path}.topic`, 'code.unknown');
    return;
  }
  const date = dateOf(communication.sent);
  if (keepNewest(context, 'naastenInformed', 'Communication', path, date))
    context.plan.naastenInformed = { informed: communication.status === 'completed' ? 'yes' : 'no', date };
}

/** "Schriftelijk gemachtigde": the guide's own answer for a representative by written authorisation. */
const WRITTEN_AUTHORISATION_SNOMED = '310141000146103';

/**
 * Family relations of zib RelatieCodelijst (v3 RoleCode; Nictiz zib2020 ValueSet
 * 2.16.840.1.113883.2.4.3.11.60.40.2.3.1.1, version 2020-09-01) by their Dutch designation there, as
 * Tijdig's relation field writes them. A code not in that list (OTH "Anders" included) is read by its display.
 */
const RELATION_WORDS: Readonly<Record<string, string>> = {
  ADOPTF: 'adoptievader',
  ADOPTM: 'adoptiemoeder',
  AUNT: 'tante',
  BRO: 'broer',
  BROINLAW: 'zwager',
  COUSN: 'neef/nicht, zoon/dochter van oom/tante',
  DAUC: 'dochter',
  DAUINLAW: 'schoondochter',
  DOMPART: 'partner',
  FTH: 'vader',
  FTHINLAW: 'schoonvader',
  DAUFOST: 'pleegdochter',
  FTHFOST: 'pleegvader',
  MTHFOST: 'pleegmoeder',
  SONFOST: 'pleegzoon',
  GRNDDAU: 'kleindochter',
  GRFTH: 'opa',
  GRMTH: 'oma',
  GRNDSON: 'kleinzoon',
  GGRFTH: 'overgrootvader',
  GGRMTH: 'overgrootmoeder',
  HUSB: 'echtgenoot',
  MTH: 'moeder',
  MTHINLAW: 'schoonmoeder',
  NEPHEW: 'neef, zoon van broer/zus',
  NIECE: 'nicht, dochter van broer/zus',
  SIS: 'zuster',
  SISINLAW: 'schoonzuster',
  SONC: 'zoon',
  SONINLAW: 'schoonzoon',
  STPFTH: 'stiefvader',
  STPMTH: 'stiefmoeder',
  UNCLE: 'oom',
  WIFE: 'echtgenote',
};

/**
 * A contact's kind from its role codes. Code 24 says someone is a legal representative, not on what
 * grounds: only a curator (03), a mentor (15) or a written authorisation (the guide's SNOMED code, or
 * Tijdig's own text) says which. A bare 24 is read as a naaste and reported, never guessed.
 */
function contactKindOf(
  person: PersonResource,
  roles: readonly string[],
): { kind: ContactKind; isBasisUnknown: boolean } {
  const relationships = person.relationship ?? [];
  const isWrittenAuthorisation = relationships.some(
    (relationship) =>
      codesOf(relationship, SNOMED).includes(WRITTEN_AUTHORISATION_SNOMED) ||
      relationship.text?.trim().toLowerCase() === REPRESENTATIVE_TEXT.toLowerCase(),
  );
  if (roles.includes('03')) return { kind: 'curator', isBasisUnknown: false };
  if (roles.includes('15')) return { kind: 'mentor', isBasisUnknown: false };
  if (isWrittenAuthorisation) return { kind: 'schriftelijkGevolmachtigde', isBasisUnknown: false };
  return { kind: 'naaste', isBasisUnknown: roles.includes('24') };
}

/** The relation in words: an uncoded relationship's text, else a coded family relation. */
function relationOf(person: PersonResource): string {
  const relationships = person.relationship ?? [];
  const uncoded = relationships.find((relationship) => (relationship.coding ?? []).length === 0);
  if (uncoded?.text?.trim()) return uncoded.text.trim();
  for (const relationship of relationships) {
    const coding = relationship.coding?.find((candidate) => candidate.system === ROLE_CODE);
    if (coding?.code !== undefined) return RELATION_WORDS[coding.code] ?? coding.display?.trim() ?? '';
  }
  return '';
}

const telecomOf = (person: PersonResource, system: string) =>
  person.telecom?.find((point) => point.system === system)?.value?.trim() ?? '';

/** A RelatedPerson becomes a contact: kind from its role codes, relation from its relationships. */
export function readRelatedPerson(context: ImportContext, person: PersonResource, path: string): void {
  const name = nameOf(person.name);
  if (name === undefined) {
    report(context, 'RelatedPerson', `${path}.name`, 'name.missing');
    return;
  }
  const roles = (person.relationship ?? []).flatMap((relationship) =>
    codesOf(relationship, CONTACT_ROLE_SYSTEM),
  );
  const { kind, isBasisUnknown } = contactKindOf(person, roles);
  if (isBasisUnknown) report(context, 'RelatedPerson', `${path}.relationship`, 'role.representativeBasis');
  // First or second contact person: Tijdig keeps no order among the naasten.
  if (roles.includes('01') || roles.includes('02'))
    report(context, 'RelatedPerson', `${path}.relationship`, 'role.contactOrder');
  const contact: Contact = {
    kind,
    name,
    relation: relationOf(person),
    phone: telecomOf(person, 'phone'),
    email: telecomOf(person, 'email'),
  };
  context.plan.contacts = [...(context.plan.contacts ?? []), contact];
}

/** The regiebehandelaar and the eerste aanspreekpunt from a CareTeam's participants. */
export function readCareTeam(
  context: ImportContext,
  team: z.infer<typeof careTeamSchema>,
  path: string,
  resource: AnyResource,
): void {
  (team.participant ?? []).forEach((participant, index) => {
    const roles = participant.role ?? [];
    const codes = roles.flatMap((role) => codesOf(role, TIJDIG_SYSTEM));
    const texts = roles.map((role) => role.text ?? '');
    const parsed = personSchema.safeParse(context.resolve(participant.member, resource));
    const member = parsed.success ? parsed.data : undefined;
    const name = personName(context, participant.member, resource) ?? '';
    const phone = member === undefined ? '' : telecomOf(member, 'phone');
    if (
      codes.includes(CARE_TEAM_ROLES.regiebehandelaar.code) ||
      texts.some((text) => /regiebehandelaar/i.test(text))
    ) {
      context.plan.regiebehandelaar = { name, phone };
    } else if (
      codes.includes(CARE_TEAM_ROLES.eersteAanspreekpunt.code) ||
      texts.some((text) => /aanspreekpunt/i.test(text))
    ) {
      const role = roles.find((concept) => (concept.coding ?? []).length === 0)?.text ?? '';
      context.plan.eersteAanspreekpunt = { name, role, phone };
    } else {
      report(context, 'CareTeam', `${path}.participant[${index}]`, 'role.unknown');
    }
  });
}

/**
 * A professional in a Tijdig role (regiebehandelaar, eerste aanspreekpunt) from their PractitionerRole; a
 * role without one is read where it is referenced (a party, a participant).
 */
export function readPractitionerRole(
  context: ImportContext,
  role: z.infer<typeof practitionerRoleSchema>,
  resource: AnyResource,
): void {
  const codes = (role.code ?? []).flatMap((code) => codesOf(code, TIJDIG_SYSTEM));
  const practitioner = personSchema.safeParse(context.resolve(role.practitioner, resource));
  const name =
    (practitioner.success ? nameOf(practitioner.data.name) : undefined) ?? role.practitioner?.display ?? '';
  const phone =
    (practitioner.success ? telecomOf(practitioner.data, 'phone') : '') ||
    (role.telecom?.find((point) => point.system === 'phone')?.value?.trim() ?? '');
  if (codes.includes(CARE_TEAM_ROLES.regiebehandelaar.code)) context.plan.regiebehandelaar = { name, phone };
  if (codes.includes(CARE_TEAM_ROLES.eersteAanspreekpunt.code)) {
    const roleText = (role.code ?? []).find((code) => (code.coding ?? []).length === 0)?.text?.trim() ?? '';
    context.plan.eersteAanspreekpunt = { name, role: roleText, phone };
  }
}

/**
 * An ACP conversation from its Procedure (713603004): the date from the procedure or its Encounter, the
 * participants from the Encounter (or else the procedure's performers).
 */
export function readAcpProcedure(
  context: ImportContext,
  procedure: z.infer<typeof procedureSchema>,
  encounter: z.infer<typeof encounterSchema> | undefined,
  path: string,
  resource: AnyResource,
): void {
  const date = dateOf(
    procedure.performedPeriod?.start ?? procedure.performedDateTime ?? encounter?.period?.start,
  );
  if (date === null) {
    report(context, 'Procedure', `${path}.performed`, 'date.missing');
    return;
  }
  // The performers include the patient, whom an R4 Encounter cannot list; the Encounter is the fallback.
  const references = procedure.performer?.length
    ? procedure.performer.map((performer) => performer.actor)
    : (encounter?.participant ?? []).map((participant) => participant.individual);
  const participants = references.flatMap((reference) => {
    const target = context.resolve(reference, resource);
    if (target?.resourceType === 'Patient') {
      const display = reference?.display?.trim() ?? '';
      return [PATIENT_WORD.test(display) ? display : 'patiënt'];
    }
    const name = personName(context, reference, resource);
    return name === undefined ? [] : [fitted(context, name, 120, 'Procedure', `${path}.performer`)];
  });
  // The guide: an Encounter's subject says the patient was at the conversation (Encounter.fsh, "Gesprek
  // gevoerd in bijzijn van"), where the performers need not name them.
  const subject = context.resolve(procedure.subject, resource);
  const wasPatientThere =
    subject?.resourceType === 'Patient' && context.resolve(encounter?.subject) === subject;
  if (wasPatientThere && !participants.some((participant) => PATIENT_WORD.test(participant)))
    participants.unshift('patiënt');
  context.plan.acpConversations = [...(context.plan.acpConversations ?? []), { date, participants }];
}

export const isAcpProcedure = (procedure: z.infer<typeof procedureSchema>) =>
  codesOf(procedure.code, SNOMED).includes(ACP_PROCEDURE);
