/** The people in the exported Bundle: the patient, the professionals, the care team and the contacts. */
import type {
  CareTeam,
  ContactPoint,
  HumanName,
  Patient as FhirPatient,
  Practitioner,
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

export function practitionerEntry(
  plan: CarePlan,
  name: string,
  key: string,
  phoneNumber = '',
  role = '',
): Entry<Practitioner> {
  const telecom = phone(phoneNumber);
  return entryOf<Practitioner>({
    resourceType: 'Practitioner',
    id: derivedId(plan, `Practitioner/${key}`),
    meta: { profile: [PROFILES.practitioner] },
    name: [{ text: name }],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(role === '' ? {} : { qualification: [{ code: { text: role } }] }),
  });
}

/** The author of the export (the person on whose behalf it is made). */
export function authorEntry(plan: CarePlan, author: Author): Entry<Practitioner> {
  return practitionerEntry(plan, author.name, 'author', '', author.role);
}

/** The regiebehandelaar and the eerste aanspreekpunt, as Practitioners in one CareTeam. */
export function careTeamEntries(plan: CarePlan, patient: Entry<FhirPatient>): Entry[] {
  const members: { entry: Entry<Practitioner>; role: keyof typeof CARE_TEAM_ROLES; roleText: string }[] = [];
  if (plan.regiebehandelaar.name !== '')
    members.push({
      entry: practitionerEntry(
        plan,
        plan.regiebehandelaar.name,
        'regiebehandelaar',
        plan.regiebehandelaar.phone,
      ),
      role: 'regiebehandelaar',
      roleText: '',
    });
  const first = plan.eersteAanspreekpunt;
  if (first.name !== '')
    members.push({
      entry: practitionerEntry(plan, first.name, 'eersteAanspreekpunt', first.phone),
      role: 'eersteAanspreekpunt',
      roleText: first.role,
    });
  if (members.length === 0) return [];
  const careTeam = entryOf<CareTeam>({
    resourceType: 'CareTeam',
    id: derivedId(plan, 'CareTeam'),
    meta: { profile: [PROFILES.careTeam] },
    status: 'active',
    subject: referenceTo(patient),
    participant: members.map(({ entry, role, roleText }) => ({
      role: [
        { coding: [CARE_TEAM_ROLES[role]], text: CARE_TEAM_ROLES[role].display },
        ...(roleText === '' ? [] : [{ text: roleText }]),
      ],
      member: referenceTo(entry, entry.resource.name?.[0]?.text),
    })),
  });
  return [...members.map(({ entry }) => entry), careTeam];
}

/** One RelatedPerson (nl-core ContactPerson) per contact, with its role codes and how to reach them. */
export function contactEntry(
  plan: CarePlan,
  contact: Contact,
  index: number,
  patient: Entry<FhirPatient>,
): Entry<RelatedPerson> {
  const role = {
    coding: CONTACT_ROLE_CODES[contact.kind],
    ...(contact.kind === 'schriftelijkGevolmachtigde' ? { text: REPRESENTATIVE_TEXT } : {}),
  };
  const telecom = [...phone(contact.phone), ...email(contact.email)];
  return entryOf<RelatedPerson>({
    resourceType: 'RelatedPerson',
    id: derivedId(plan, `RelatedPerson/${index}`),
    meta: { profile: [PROFILES.contactPerson] },
    patient: referenceTo(patient),
    relationship: [role, ...(contact.relation === '' ? [] : [{ text: contact.relation }])],
    name: [{ text: contact.name }],
    ...(telecom.length > 0 ? { telecom } : {}),
  });
}
