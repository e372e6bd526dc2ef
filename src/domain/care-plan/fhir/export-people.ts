/** The people in the exported Bundle: the patient, the professionals (with their roles) and the contacts. */
import type {
  ContactPoint,
  HumanName,
  Patient as FhirPatient,
  Practitioner,
  PractitionerRole,
  RelatedPerson,
} from 'fhir/r4';
import type { Author } from '../../author';
import type { Patient } from '../../patient';
import type { CarePlan, Contact } from '../care-plan';
import {
  BSN_SYSTEM,
  CARE_TEAM_ROLES,
  CONTACT_ROLE_CODES,
  EXTENSIONS,
  PROFILES,
  REPRESENTATIVE_TEXT,
} from './codes';
import { derivedId, entryOf, referenceTo, type Entry } from './entries';

function patientName(patient: Patient): HumanName {
  const family = [patient.namePrefix, patient.familyName].filter(Boolean).join(' ');
  const parts = [
    ...(patient.namePrefix === '' ? [] : [{ url: EXTENSIONS.ownPrefix, valueString: patient.namePrefix }]),
    { url: EXTENSIONS.ownName, valueString: patient.familyName },
  ];
  return {
    use: 'official',
    text: [patient.givenName, family].join(' '),
    family,
    _family: { extension: parts },
    given: [patient.givenName],
  };
}

/** The patient: name, sex and birth date; the BSN only when the caller explicitly includes it. */
export function patientEntry(plan: CarePlan, patient: Patient, includeBsn: boolean): Entry<FhirPatient> {
  const withBsn = includeBsn && patient.bsn !== null;
  return entryOf<FhirPatient>({
    resourceType: 'Patient',
    id: derivedId(plan, 'Patient'),
    meta: { profile: [PROFILES.patient] },
    ...(withBsn ? { identifier: [{ use: 'official', system: BSN_SYSTEM, value: patient.bsn ?? '' }] } : {}),
    name: [patientName(patient)],
    gender: patient.sex,
    birthDate: patient.birthDate,
  });
}

const phone = (value: string): ContactPoint[] => (value === '' ? [] : [{ system: 'phone', value }]);
const email = (value: string): ContactPoint[] => (value === '' ? [] : [{ system: 'email', value }]);

/** A professional: the person (Practitioner) and the role in which they act (PractitionerRole). */
export interface Professional {
  practitioner: Entry<Practitioner>;
  role: Entry<PractitionerRole>;
}

/**
 * A professional as the guide has them: a Practitioner for the person and a PractitionerRole that the other
 * resources reference. A Tijdig role (regiebehandelaar, eerste aanspreekpunt) is the role's code; a role in
 * words (e.g. "wijkverpleegkundige") its text.
 */
export function professionalEntries(
  plan: CarePlan,
  key: string,
  person: { name: string; phone?: string; roleText?: string; tijdigRole?: keyof typeof CARE_TEAM_ROLES },
): Professional {
  const telecom = phone(person.phone ?? '');
  const practitioner = entryOf<Practitioner>({
    resourceType: 'Practitioner',
    id: derivedId(plan, `Practitioner/${key}`),
    meta: { profile: [PROFILES.practitioner] },
    name: [{ text: person.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
  });
  const roleText = person.roleText ?? '';
  const codes = [
    ...(person.tijdigRole === undefined
      ? []
      : [{ coding: [CARE_TEAM_ROLES[person.tijdigRole]], text: CARE_TEAM_ROLES[person.tijdigRole].display }]),
    ...(roleText === '' ? [] : [{ text: roleText }]),
  ];
  const role = entryOf<PractitionerRole>({
    resourceType: 'PractitionerRole',
    id: derivedId(plan, `PractitionerRole/${key}`),
    meta: { profile: [PROFILES.practitionerRole] },
    practitioner: referenceTo(practitioner, person.name),
    ...(codes.length > 0 ? { code: codes } : {}),
  });
  return { practitioner, role };
}

/** The author of the export (the person on whose behalf it is made). */
export function authorEntries(plan: CarePlan, author: Author): Professional {
  return professionalEntries(plan, 'author', { name: author.name, roleText: author.role });
}

/** The regiebehandelaar and the eerste aanspreekpunt, each a Practitioner with a PractitionerRole. */
export function careTeamEntries(plan: CarePlan): Professional[] {
  const team: Professional[] = [];
  const lead = plan.regiebehandelaar;
  if (lead.name !== '')
    team.push(
      professionalEntries(plan, 'regiebehandelaar', {
        name: lead.name,
        phone: lead.phone,
        tijdigRole: 'regiebehandelaar',
      }),
    );
  const first = plan.eersteAanspreekpunt;
  if (first.name !== '')
    team.push(
      professionalEntries(plan, 'eersteAanspreekpunt', {
        name: first.name,
        phone: first.phone,
        roleText: first.role,
        tijdigRole: 'eersteAanspreekpunt',
      }),
    );
  return team;
}

/** One RelatedPerson (nl-core ContactPerson) per contact, with its role codes and how to reach them. */
export function contactEntry(
  plan: CarePlan,
  contact: Contact,
  index: number,
  patient: Entry<FhirPatient>,
): Entry<RelatedPerson> {
  // One relationship per role code, as the guide's examples have them (RelatedPerson.fsh): the codings of
  // one CodeableConcept would say the same thing twice, and a curator is not the same as a representative.
  const roles = CONTACT_ROLE_CODES[contact.kind].map((coding) => ({
    coding: [coding],
    ...(contact.kind === 'schriftelijkGevolmachtigde' ? { text: REPRESENTATIVE_TEXT } : {}),
  }));
  const telecom = [...phone(contact.phone), ...email(contact.email)];
  return entryOf<RelatedPerson>({
    resourceType: 'RelatedPerson',
    id: derivedId(plan, `RelatedPerson/${index}`),
    meta: { profile: [PROFILES.contactPerson] },
    patient: referenceTo(patient),
    relationship: [...roles, ...(contact.relation === '' ? [] : [{ text: contact.relation }])],
    name: [{ text: contact.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
  });
}
