/**
 * Export of the PZP record as a FHIR R4 Bundle following the IKNL PZP implementation guide (on Nictiz
 * nl-core, zib 2020). The Bundle is of type `collection`: the standard exchanges its resources one by one
 * (a receiver queries Consent, Goal, Observation, ... per patient), not as an attested FHIR document with a
 * Composition, so a collection carries exactly the standard's resources without pretending to be a signed
 * document. Every reference is a urn:uuid full URL of an entry in the same Bundle, so it reads on its own.
 *
 * Pure: the plan, the patient, the author and the moment are passed in; resource ids derive from the plan id.
 */
import type { Bundle, Reference } from 'fhir/r4';
import type { Author } from '../../author';
import type { IsoDateTime } from '../../date-schemas';
import type { Patient } from '../../patient';
import type { CarePlan } from '../care-plan';
import { withoutControlCharacters } from '../clean-text';
import { PATIENT_WORD } from './codes';
import { derivedId, referenceTo, type Entry } from './entries';
import { advanceDirectiveEntries, shareConsentEntries, treatmentDirectiveEntries } from './export-directives';
import {
  communicationEntries,
  conversationEntries,
  goalEntries,
  observationEntries,
} from './export-observations';
import {
  authorEntries,
  careTeamEntries,
  contactEntry,
  patientEntry,
  type Professional,
} from './export-people';
import { provenanceEntries } from './export-provenance';

export interface PzpExportOptions {
  /**
   * Include the patient's BSN (identifier system http://fhir.nl/fhir/NamingSystem/bsn). Only for a recipient
   * who needs it for identification in care; off by default.
   */
  includeBsn?: boolean;
}

/**
 * A name's reference: the patient for "patiënt", else the first contact or professional (their role) in
 * the Bundle with that name, or the name alone. The display keeps the name as the plan has it.
 */
function participantResolver(
  patient: Entry,
  contacts: readonly Entry[],
  professionals: readonly Professional[],
): (name: string) => Reference {
  const byName = new Map<string, Entry>();
  const add = (name: string | undefined, entry: Entry) => {
    if (name !== undefined && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entry);
  };
  for (const entry of contacts)
    if (entry.resource.resourceType === 'RelatedPerson') add(entry.resource.name?.[0]?.text, entry);
  for (const { practitioner, role } of professionals) add(practitioner.resource.name?.[0]?.text, role);
  return (name) => {
    if (PATIENT_WORD.test(name.trim())) return referenceTo(patient, name);
    const entry = byName.get(name.toLowerCase());
    return entry === undefined ? { display: name } : referenceTo(entry, name);
  };
}

/** Every string in the Bundle without control characters, which FHIR strings may not hold. */
function cleaned<T>(value: T): T {
  if (typeof value === 'string') return withoutControlCharacters(value) as T;
  if (Array.isArray(value)) return value.map(cleaned) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, cleaned(part)])) as T;
  return value;
}

/**
 * The PZP record of a plan as a FHIR R4 Bundle: Patient; the author and the care team (Practitioner with
 * PractitionerRole); the contacts (RelatedPerson); a treatment directive (Consent) per recorded limit; the
 * written euthanasia declaration and the consent to share (Consent); the treatment goal (Goal); the
 * observations; informing the naasten (Communication); per ACP conversation an Encounter with its
 * Procedure; a Provenance for the decisions a POH recorded namens a huisarts. A draft plan exports draft/proposed/preliminary resources, so receivers see it is not
 * established.
 */
export function exportPzpBundle(
  plan: CarePlan,
  patient: Patient,
  author: Author,
  now: IsoDateTime,
  options: PzpExportOptions = {},
): Bundle {
  const patientFhir = patientEntry(plan, patient, options.includeBsn === true);
  const authorFhir = authorEntries(plan, author);
  const team = careTeamEntries(plan);
  const contacts = plan.contacts.map((contact, index) => contactEntry(plan, contact, index, patientFhir));
  const professionals = [...team, authorFhir];
  const context = {
    plan,
    patient: patientFhir,
    author: authorFhir.role,
    participant: participantResolver(patientFhir, contacts, professionals),
  };
  const entries: Entry[] = [
    patientFhir,
    ...professionals.flatMap(({ practitioner, role }) => [practitioner, role]),
    ...contacts,
    ...conversationEntries(context),
    ...treatmentDirectiveEntries(context),
    ...advanceDirectiveEntries(plan, patientFhir),
    ...shareConsentEntries(plan, patientFhir),
    ...goalEntries(context),
    ...observationEntries(context),
    ...communicationEntries(context),
  ];
  // Last, as it points at the decisions above: who recorded which decision namens which huisarts.
  entries.push(...provenanceEntries(plan, entries));
  const id = derivedId(plan, `Bundle/${now}`);
  return cleaned<Bundle>({
    resourceType: 'Bundle',
    id,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${id}` },
    type: 'collection',
    timestamp: now,
    entry: entries,
  });
}
